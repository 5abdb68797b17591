// One order for the results of both searches (quick find and /haku/), so that the two agree on
// what answers a need first. Each search engine finds its candidates its own way (Fuse.js over
// short records, Pagefind over whole pages); this module decides their order:
// 1. how the listing answers the query: named by an everyday word, the query in its name, its
//    theme, its organiser's or district's name, or only a passing mention in its text;
// 2. among equals, a service offered in the page's language first;
// 3. then fresher facts (src/lib/freshness.ts);
// 4. then the engine's own order, which is kept for whatever is still equal.
// Distance, when a place is chosen, orders the search page's results by itself (src/lib/distance.ts).
import { AGE_BANDS, type AgeBand } from './freshness';
import { sameWord, wordsOf, type Term, type Understood } from './understand';

export type Rankable = {
  id: string;
  title: string;
  themes: string[];
  /** The organiser's and districts' names, as one text. */
  names?: string;
  languages?: string[];
  band?: AgeBand;
};

export const TIER = { named: 4, title: 3, theme: 1, name: 0.5, mention: 0 } as const;

/** How a listing answers one word of the query (or the whole query, taken as one). */
export function tierOf(r: Rankable, u: Pick<Term, 'ids' | 'themes'> & { words: string[] }): number {
  if (u.ids.includes(r.id)) return TIER.named;
  const has = (text: string) => {
    const words = wordsOf(text);
    return u.words.some((w) => words.some((t) => sameWord(w, t)));
  };
  if (has(r.title)) return TIER.title;
  if (r.themes.some((t) => u.themes.includes(t))) return TIER.theme;
  if (r.names && has(r.names)) return TIER.name;
  return TIER.mention;
}

/**
 * `items` in the order above; `lang` is the page's language. Stable. Each word of the query
 * counts by how rare it is among the items' names and everyday words: in "halpa lounas" the
 * word that names few services ("lounas") weighs more than the one that names many ("halpa").
 */
export function rankResults<T>(items: readonly T[], rankable: (item: T) => Rankable, u: Understood, lang: string): T[] {
  const terms: Term[] = u.terms?.length ? u.terms : [{ word: u.words.join(' '), themes: u.themes, ids: u.ids }];
  const rs = items.map(rankable);
  const tiers = terms.map((t) => rs.map((r) => tierOf(r, { ...t, words: wordsOf(t.word) })));
  const weights = tiers.map((ts) => Math.log((rs.length + 2) / (1 + ts.filter((x) => x >= TIER.title).length)));
  const keyed = items.map((item, i) => {
    const r = rs[i];
    return {
      item,
      i,
      score: tiers.reduce((sum, ts, k) => sum + ts[i] * weights[k], 0),
      own: !r.languages || r.languages.includes(u.language ?? lang) ? 0 : 1,
      age: r.band ? AGE_BANDS.indexOf(r.band) : AGE_BANDS.length,
    };
  });
  return keyed.sort((a, b) => b.score - a.score || a.own - b.own || a.age - b.age || a.i - b.i).map((k) => k.item);
}
