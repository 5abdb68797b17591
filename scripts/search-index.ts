// Builds the Pagefind full-text index over the built site: `npm run build` runs it after Astro
// has exited, not inside Astro's build, so that the two never hold their memory at the same
// time (at 10,000 listings each peaks at over 1 GB; bench:scale). Pagefind splits the index by
// each page's <html lang>, so Finnish, Swedish and English pages are searched separately, each
// with its own stemming. Only live service pages are indexed, each as built with the filters,
// metadata and everyday words only the index needs (src/lib/search-meta.ts). Those pages are
// written to a temporary folder for Pagefind to read: it reads a folder in parallel, while
// handing it each page from here took four times as long at 10,000 listings (bench:scale).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../src/i18n';
import { makeCatalog } from '../src/lib/catalog';
import { routes } from '../src/lib/routes';
import { pageForIndex, searchMetaHtml } from '../src/lib/search-meta';
import { loadValidContent } from '../src/validation/fs';

/** Pages prepared at once: enough to keep the disk busy, few enough to hold in memory. */
const AT_ONCE = 256;

export async function buildSearchIndex(siteDir: string, root = process.cwd()): Promise<{ pages: number }> {
  const c = makeCatalog(loadValidContent(root));
  const pages = c.services
    .filter((s) => s.status !== 'ended')
    .flatMap((s) => LANGS.map((lang) => ({ s, lang, path: routes.service(lang, s.id) })));
  const input = await mkdtemp(join(tmpdir(), 'pt-index-'));
  try {
    for (let i = 0; i < pages.length; i += AT_ONCE)
      await Promise.all(
        pages.slice(i, i + AT_ONCE).map(async ({ s, lang, path }) => {
          const built = join(siteDir, path, 'index.html');
          const page = pageForIndex(await readFile(built, 'utf8'), searchMetaHtml(s, lang, c));
          await mkdir(join(input, path), { recursive: true });
          await writeFile(join(input, path, 'index.html'), page);
        }),
      );
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    // Its addresses are the pages' own (/palvelut/<id>/), from their place in the folder.
    const added = await index.addDirectory({ path: input });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await pagefind.close();
    return { pages: added.page_count };
  } finally {
    await rm(input, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  const { pages } = await buildSearchIndex(process.argv[2] ?? 'dist');
  console.log(`Pagefind: ${pages} pages read, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
