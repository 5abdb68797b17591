// Builds the Pagefind full-text index over the built site: `npm run build` runs it after Astro
// has exited, not inside Astro's build, so that the two never hold their memory at the same
// time (at 10,000 listings each peaks at over 1 GB; bench:scale). Pagefind splits the index by
// each page's <html lang>, so Finnish, Swedish and English pages are searched separately, each
// with its own stemming. Only live service pages are indexed: each is read as built, with the
// filters, metadata and everyday words only the index needs added (src/lib/search-meta.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../src/i18n';
import { makeCatalog } from '../src/lib/catalog';
import { routes } from '../src/lib/routes';
import { searchMetaHtml, withSearchMeta } from '../src/lib/search-meta';
import { loadValidContent } from '../src/validation/fs';

/** Pages read at once: enough to keep Pagefind busy, few enough to hold in memory at 10,000 listings. */
const AT_ONCE = 64;

export async function buildSearchIndex(siteDir: string, root = process.cwd()): Promise<{ pages: number }> {
  const c = makeCatalog(loadValidContent(root));
  const pages = c.services
    .filter((s) => s.status !== 'ended')
    .flatMap((s) => LANGS.map((lang) => ({ s, lang, url: routes.service(lang, s.id) })));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (let i = 0; i < pages.length; i += AT_ONCE)
    await Promise.all(
      pages.slice(i, i + AT_ONCE).map(async ({ s, lang, url }) => {
        const file = join(siteDir, url, 'index.html');
        const html = withSearchMeta(await readFile(file, 'utf8'), searchMetaHtml(s, lang, c));
        const added = await index.addHTMLFile({ url, content: html });
        if (added.errors.length) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
      }),
    );
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: pages.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  const { pages } = await buildSearchIndex(process.argv[2] ?? 'dist');
  console.log(`Pagefind: ${pages} pages read, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
