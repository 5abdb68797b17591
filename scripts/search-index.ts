// Builds the Pagefind full-text index over the built site: `npm run build` runs it after Astro
// has exited, not inside Astro's build, so that the two never hold their memory at the same
// time (at 10,000 listings each peaks at over 1 GB; bench:scale). Pagefind splits the index by
// each page's <html lang>, so Finnish, Swedish and English pages are searched separately, each
// with its own stemming. Only service pages are indexed (their element marked
// data-pagefind-body), so only their folders are read.
import * as pagefind from 'pagefind';
import { LANGS } from '../src/i18n';
import { routes } from '../src/lib/routes';

/**
 * `{palvelut/*\/,sv/palvelut/*\/,en/palvelut/*\/}index.html`: every language's service pages,
 * relative to the site's folder (the `*` stays as it is in a path).
 */
export const SERVICE_PAGES = `{${LANGS.map((lang) => routes.service(lang, '*').slice(1)).join(',')}}index.html`;

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir, glob: SERVICE_PAGES });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  const { pages } = await buildSearchIndex(process.argv[2] ?? 'dist');
  console.log(`Pagefind: ${pages} pages read, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
