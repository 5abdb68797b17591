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
import { sameWord, wordsOf, type Understood } from './understand';

export type Rankable = {
  id: string;
  title: string;
  themes: string[];
  /** The organiser's and districts' names, as one text. */
  names?: string;
  languages?: string[];
  band?: AgeBand;
};

export const TIER = { named: 4, title: 3, theme: 2, name: 1, mention: 0 } as const;

export function tierOf(r: Rankable, u: Understood): number {
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

/** `items` in the order above; `lang` is the page's language. Stable. */
export function rankResults<T>(items: readonly T[], rankable: (item: T) => Rankable, u: Understood, lang: string): T[] {
  const keyed = items.map((item, i) => {
    const r = rankable(item);
    return {
      item,
      i,
      tier: tierOf(r, u),
      own: !r.languages || r.languages.includes(lang) ? 0 : 1,
      age: r.band ? AGE_BANDS.indexOf(r.band) : AGE_BANDS.length,
    };
  });
  return keyed.sort((a, b) => b.tier - a.tier || a.own - b.own || a.age - b.age || a.i - b.i).map((k) => k.item);
}
