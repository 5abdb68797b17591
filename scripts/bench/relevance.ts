// npm run bench:relevance: does search find what a resident means? For each query of the
// relevance set (relevance.yaml) it asks the built site's search page, as a reader would, and
// quick find, as an advisor would, and prints success@3 (one of the wanted listings among the
// first three) and the zero-result rate. It prints figures; it does not fail a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { makeCatalog } from '../../src/lib/catalog';
import { quickSearcher } from '../../src/lib/quick-search';
import { buildQuickFiles, memorySource } from '../../src/lib/quickfind';
import type { Lang } from '../../src/schema';
import { loadValidContent } from '../../src/validation/fs';
import { ensureBuilt, withBrowser } from './measure';

export type Query = { lang: Lang; q: string; want: string[] };
export type Outcome = { query: Query; top: string[] };

export const loadQueries = (): Query[] => parse(readFileSync(join(import.meta.dirname, 'relevance.yaml'), 'utf8'));

export function score(outcomes: Outcome[]) {
  const hit = outcomes.filter((o) => o.top.slice(0, 3).some((id) => o.query.want.includes(id)));
  const empty = outcomes.filter((o) => o.top.length === 0);
  return {
    n: outcomes.length,
    success3: hit.length / outcomes.length,
    zero: empty.length / outcomes.length,
    misses: outcomes.filter((o) => !hit.includes(o)),
  };
}

/**
 * Do the two searches agree? A query agrees when both first threes hold the same listings, in
 * any order; when one search found fewer than three, its listings are the other's first ones.
 */
export function agreement(a: Outcome[], b: Outcome[]) {
  const key = (o: Outcome) => `${o.query.lang}|${o.query.q}`;
  const other = new Map(b.map((o) => [key(o), o]));
  const differ: { query: Query; a: string[]; b: string[] }[] = [];
  for (const o of a) {
    const p = other.get(key(o));
    if (!p) continue;
    const n = Math.min(3, o.top.length, p.top.length);
    const x = [...o.top.slice(0, n)].sort();
    const y = [...p.top.slice(0, n)].sort();
    if (x.join() !== y.join()) differ.push({ query: o.query, a: o.top.slice(0, 3), b: p.top.slice(0, 3) });
  }
  return { share: a.length ? (a.length - differ.length) / a.length : 1, differ };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function report(label: string, outcomes: Outcome[]) {
  const s = score(outcomes);
  console.log(
    `${label.padEnd(34)} ${String(s.n).padStart(7)}  ${pct(s.success3).padStart(9)}  ${pct(s.zero).padStart(11)}`,
  );
  return s;
}

async function main() {
  const queries = loadQueries();
  const content = loadValidContent();
  const catalog = makeCatalog(content);
  const quick = Object.fromEntries(
    (['fi', 'sv', 'en'] as const).map((l) => [l, quickSearcher(memorySource(buildQuickFiles(catalog, l)))]),
  );
  const quickOutcomes = await Promise.all(
    queries.map(async (query) => ({ query, top: (await quick[query.lang](query.q, 3)).map((e) => e.i) })),
  );

  ensureBuilt();
  const searchOutcomes = await withBrowser('dist', 4330, async (page, base) => {
    const out: Outcome[] = [];
    for (const query of queries) {
      const prefix = query.lang === 'fi' ? '' : `/${query.lang}`;
      await page.goto(`${base}${prefix}/haku/?q=${encodeURIComponent(query.q)}`);
      // The status line is written when the search has answered, results or none.
      await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').trim().length > 0);
      const top = await page
        .locator('#search-results [data-service]')
        .evaluateAll((els) => els.slice(0, 3).map((e) => (e as HTMLElement).dataset.service!));
      out.push({ query, top });
    }
    return out;
  });

  console.log(
    `Relevance set: ${queries.length} queries (${(['fi', 'sv', 'en'] as const).map((l) => `${l} ${queries.filter((q) => q.lang === l).length}`).join(', ')})`,
  );
  console.log('                                   queries  success@3  zero-result');
  const full = report('full search (Pagefind, in Chromium)', searchOutcomes);
  const qf = report('quick find (Fuse.js)', quickOutcomes);
  const agree = agreement(searchOutcomes, quickOutcomes);
  console.log(`top-three agreement (same three listings)  ${pct(agree.share).padStart(9)}`);
  console.log('  targets: success@3 ≥ 95 %, zero-result rate 0, agreement ≥ 90 %');
  for (const [label, s] of [
    ['full search', full],
    ['quick find', qf],
  ] as const)
    for (const m of s.misses)
      console.log(`  miss (${label}): [${m.query.lang}] "${m.query.q}" → ${m.top.join(', ') || 'nothing'}`);
  for (const d of agree.differ)
    console.log(`  differ: [${d.query.lang}] "${d.query.q}" full: ${d.a.join(', ')} | quick: ${d.b.join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
