// npm run bench:search: quick-find index size, Fuse query times, and what Pagefind downloads
// for a first query. Prints figures next to the targets; it measures, it does not judge.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { makeCatalog } from '../../src/lib/catalog';
import { searchMetaHtml, type SearchMetaCatalog } from '../../src/lib/search-meta';
import type { Service } from '../../src/schema';
import { quickSearcher } from '../../src/lib/quick-search';
import { buildQuickFiles, memorySource } from '../../src/lib/quickfind';
import { loadValidContent } from '../../src/validation/fs';
import { ensureBuilt, kb, percentile, withBrowser } from './measure';
import { syntheticContent } from '../../src/lib/synthetic';

// What advisors type: names, organisers, districts, themes, everyday words, with typos.
const QUERIES = [
  'jumppa',
  'tuolijumppa',
  'kuntosali',
  'vesijumppa',
  'muisti',
  'muistikahvila',
  'muistiyhdistis',
  'omaishoitaja',
  'omaishoitajat',
  'lähimäispalvelu',
  'lähimmäispalveluyhdistys',
  'digiapu',
  'digituki',
  'tietokone',
  'kirjasto',
  'lukupiiri',
  'ruoka-apu',
  'lounas',
  'siivous',
  'kauppa-apu',
  'yksinäisyys',
  'juttuseura',
  'ystävä',
  'ystäväpalvelu',
  'varissuo',
  'runosmäki',
  'pansio',
  'hirvensalo',
  'keskusta',
  'kupittaa',
  'seurakunta',
  'diakonia',
  'kaupunki',
  'liikunta',
  'tanssi',
  'laulu',
  'kuoro',
  'palvelulinja',
  'kuljetus',
  'seniorineuvonta',
];
const queries = Array.from({ length: 200 }, (_, i) => {
  const q = QUERIES[i % QUERIES.length];
  // Every fifth query loses a letter, as quick typing does.
  return i % 5 === 4 && q.length > 4 ? q.slice(0, 2) + q.slice(3) : q;
});

const gz = (x: unknown) => gzipSync(JSON.stringify(x), { level: 9 }).length;

async function quickFigures(content: ReturnType<typeof loadValidContent>) {
  const quick = buildQuickFiles(makeCatalog(content), 'fi');
  // What a first query downloads: the base and the files its words need (a fresh searcher each time).
  const firstQuery = await Promise.all(
    QUERIES.map(async (q) => {
      const read: string[] = [];
      await quickSearcher(memorySource(quick, (p) => read.push(p)))(q);
      return gz(quick.base) + read.reduce((sum, p) => sum + gz(quick.files.get(p) ?? []), 0);
    }),
  );
  const search = quickSearcher(memorySource(quick));
  for (const q of queries) await search(q); // every file read and indexed once, as in a session; JIT warm
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    await search(q);
    times.push(performance.now() - t0);
  }
  return {
    n: content.services.filter((s) => s.status !== 'ended').length,
    base: gz(quick.base),
    largest: Math.max(...[...quick.files.values()].map(gz)),
    firstQuery: percentile(firstQuery, 50),
    median: percentile(times, 50),
    p95: percentile(times, 95),
  };
}

const real = loadValidContent();
console.log(
  'Quick find (Fuse.js, Node)     listings   first download   largest file   first query (median)   median     p95',
);
for (const [label, content] of [
  ['real content', real],
  ['synthetic 1,000', syntheticContent(real, 1000)],
  ['synthetic 10,000', syntheticContent(real, 10000)],
] as const) {
  const r = await quickFigures(content);
  console.log(
    `  ${label.padEnd(28)} ${String(r.n).padStart(8)}  ${kb(r.base).padStart(15)}  ${kb(r.largest).padStart(13)}  ${kb(r.firstQuery).padStart(21)}  ${r.median.toFixed(2).padStart(6)} ms ${r.p95.toFixed(2).padStart(6)} ms`,
  );
}
console.log('  gzip sizes; targets: first download ≤ 60 KB and p95 ≤ 16 ms at 10,000 listings');

// Pagefind's first query, for the built site and for a copy whose service pages are replaced by
// synthetic ones. Those are Finnish only and carry what the real pages give the index: the
// title and a description (a real listing's, in turn) as text, with the same filters, metadata
// and everyday words (src/lib/search-meta.ts).
function syntheticPage(s: Service, description: string, c: SearchMetaCatalog) {
  const esc = (x: string) => x.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${esc(s.title.fi)}</title></head><body><main data-pagefind-body>
${searchMetaHtml(s, 'fi', c)}<h1>${esc(s.title.fi)}</h1><p>${esc(description)}</p></main></body></html>`;
}

async function syntheticSite(n: number): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'pt-search-'));
  cpSync('dist', root, { recursive: true, filter: (src) => !/[/\\]pagefind$/.test(src) });
  const synthetic = syntheticContent(real, n);
  const c = makeCatalog(synthetic);
  const descriptions = real.services.map((s) => s.description?.fi).filter((d): d is string => !!d);
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  // Only these pages go into the index; the copied site around them is served as it was built.
  await Promise.all(
    synthetic.services.map((s, i) =>
      index.addHTMLFile({
        url: `/palvelut/${s.id}/`,
        content: syntheticPage(s, descriptions[i % descriptions.length], c),
      }),
    ),
  );
  await index.writeFiles({ outputPath: join(root, 'pagefind') });
  await pagefind.close();
  return root;
}

async function firstQuery(root: string, port: number) {
  return withBrowser(root, port, async (page, base, downloads) => {
    await page.goto(`${base}/haku/`);
    await page.waitForLoadState('networkidle');
    downloads.clear();
    await page.fill('#search-q', 'jumppa');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => /löytyi/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    await downloads.settled();
    const status = (await page.locator('#search-status').textContent())!.trim();
    return { status, got: [...downloads].filter(([u]) => u.includes('/pagefind/')) };
  });
}

ensureBuilt();
for (const [label, root, port] of [
  ['real content', 'dist', 4390],
  ['synthetic 10,000', await syntheticSite(10000), 4394],
] as const) {
  const { status, got } = await firstQuery(root, port);
  const total = got.reduce((a, [, b]) => a + b, 0);
  console.log(
    `\nPagefind, first query "jumppa" on /haku/, ${label} ("${status}"): ${kb(total)} over ${got.length} requests (target < 100 KB)`,
  );
  const kind = (u: string) =>
    /\/fragment\//.test(u)
      ? 'result fragments'
      : new URL(u).pathname
          .replace(/_[0-9a-f]+\.pf_meta$/, '.pf_meta')
          .replace(/\/index\/.*/, '/index/ (word index chunk)');
  const groups = new Map<string, [number, number]>();
  for (const [u, b] of got) {
    const [n, bytes] = groups.get(kind(u)) ?? [0, 0];
    groups.set(kind(u), [n + 1, bytes + b]);
  }
  for (const [k, [n, b]] of groups) console.log(`  ${kb(b).padStart(9)}  ${k}${n > 1 ? ` (${n})` : ''}`);
}
