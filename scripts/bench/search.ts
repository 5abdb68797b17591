// npm run bench:search: quick-find index size, Fuse query times, and what Pagefind downloads
// for a first query. Prints figures next to the targets; it measures, it does not judge.
import { gzipSync } from 'node:zlib';
import { makeCatalog } from '../../src/lib/catalog';
import { quickSearcher } from '../../src/lib/quick-search';
import { buildQuickIndex } from '../../src/lib/quickfind';
import { loadValidContent } from '../../src/validation/fs';
import { ensureBuilt, kb, percentile, withBrowser } from './measure';
import { syntheticContent } from './synthetic';

// What advisors type: names, organisers, districts, themes, everyday words, with typos.
const QUERIES = [
  'jumppa', 'tuolijumppa', 'kuntosali', 'vesijumppa', 'muisti', 'muistikahvila', 'muistiyhdistis', 'omaishoitaja', 'omaishoitajat', 'lähimäispalvelu',
  'lähimmäispalveluyhdistys', 'digiapu', 'digituki', 'tietokone', 'kirjasto', 'lukupiiri', 'ruoka-apu', 'lounas', 'siivous', 'kauppa-apu',
  'yksinäisyys', 'juttuseura', 'ystävä', 'ystäväpalvelu', 'varissuo', 'runosmäki', 'pansio', 'hirvensalo', 'keskusta', 'kupittaa',
  'seurakunta', 'diakonia', 'kaupunki', 'liikunta', 'tanssi', 'laulu', 'kuoro', 'palvelulinja', 'kuljetus', 'seniorineuvonta',
];
const queries = Array.from({ length: 200 }, (_, i) => {
  const q = QUERIES[i % QUERIES.length];
  // Every fifth query loses a letter, as quick typing does.
  return i % 5 === 4 && q.length > 4 ? q.slice(0, 2) + q.slice(3) : q;
});

function fuseTimes(content: ReturnType<typeof loadValidContent>) {
  const index = buildQuickIndex(makeCatalog(content), 'fi');
  const json = JSON.stringify(index);
  const search = quickSearcher(index);
  for (const q of queries.slice(0, 20)) search(q); // warm up the JIT
  const times = queries.map((q) => {
    const t0 = performance.now();
    search(q);
    return performance.now() - t0;
  });
  return { n: index.e.length, raw: json.length, gzip: gzipSync(json, { level: 9 }).length, median: percentile(times, 50), p95: percentile(times, 95) };
}

const real = loadValidContent();
console.log('Quick find (Fuse.js, Node)                 listings   index raw   index gzip   median     p95');
for (const [label, content] of [['real content', real], ['synthetic 1,000', syntheticContent(real, 1000)], ['synthetic 10,000', syntheticContent(real, 10000)]] as const) {
  const r = fuseTimes(content);
  console.log(`  ${label.padEnd(40)} ${String(r.n).padStart(8)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(11)}  ${r.median.toFixed(2).padStart(6)} ms ${r.p95.toFixed(2).padStart(6)} ms`);
}
console.log('  targets: index ≤ 40 KB gzip for the real content; p95 ≤ 16 ms for 1,000 listings');

ensureBuilt();
const pagefind = await withBrowser('dist', 4390, async (page, base, downloads) => {
  await page.goto(`${base}/haku/`);
  await page.waitForLoadState('networkidle');
  downloads.clear();
  await page.fill('#search-q', 'jumppa');
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => /löytyi/.test(document.querySelector('#search-status')?.textContent ?? ''));
  await page.waitForLoadState('networkidle');
  return [...downloads].filter(([u]) => u.includes('/pagefind/'));
});
const total = pagefind.reduce((a, [, b]) => a + b, 0);
console.log(`\nPagefind, first query "jumppa" on /haku/: ${kb(total)} over ${pagefind.length} requests (target < 100 KB)`);
for (const [u, b] of pagefind) console.log(`  ${kb(b).padStart(9)}  ${new URL(u).pathname}`);
