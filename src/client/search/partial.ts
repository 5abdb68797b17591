// Pagefind answers only with pages that hold every word of a query that its index knows
// (unknown words it drops). Older readers type sentences and mix needs ("petankki siivous"):
// when the whole query finds nothing, each word is searched alone and the pages that hold the
// most telling of them come first.
import { queryWords } from '../../lib/query-words';
import type { Pagefind, PagefindResult } from './pagefind';

export type Found = { results: PagefindResult[]; partial: boolean };

export async function searchWithFallback(
  pf: Pick<Pagefind, 'search'>,
  q: string,
  filters: Record<string, unknown>,
): Promise<Found> {
  // "olen yksinäinen" is searched as "yksinäinen": small words would match nearly every page.
  const meant = q ? queryWords(q).join(' ') : '';
  const whole = await pf.search(meant || null, { filters });
  if (!q || whole.results.length > 0) return { results: whole.results, partial: false };
  const words = queryWords(q);
  if (words.length < 2) return { results: [], partial: false };
  const perWord = await Promise.all(words.map((w) => pf.search(w, { filters })));
  // A word found on few pages says more than one found on many ("bus" beside "older people"):
  // each word weighs by how rare it is among these results.
  const most = Math.max(...perWord.map((r) => r.results.length)) + 1;
  const hits = new Map<string, { result: PagefindResult; weight: number; score: number; first: number }>();
  perWord.forEach(({ results }) => {
    const weight = Math.log(most / results.length);
    results.forEach((result, rank) => {
      const hit = hits.get(result.id);
      if (hit) {
        hit.weight += weight;
        hit.score += result.score ?? 0;
      } else hits.set(result.id, { result, weight, score: result.score ?? 0, first: hits.size + rank });
    });
  });
  const results = [...hits.values()]
    .sort((a, b) => b.weight - a.weight || b.score - a.score || a.first - b.first)
    .map((h) => h.result);
  return { results, partial: results.length > 0 };
}
