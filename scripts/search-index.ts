// Builds the Pagefind full-text index over the built site. Pagefind splits the index by each
// page's <html lang>, so Finnish, Swedish and English pages are searched separately, each
// with its own stemming. Only elements marked data-pagefind-body (service pages) are indexed.
import * as pagefind from 'pagefind';

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pages } = await buildSearchIndex(process.argv[2] ?? 'dist');
  console.log(`Pagefind: ${pages} pages indexed`);
}
