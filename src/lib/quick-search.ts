// Quick find in the browser (and in bench:search): Fuse.js over the short records, and over
// the vocabulary of everyday words, merged. Kept free of page code so its chunk stays small.
import Fuse, { type IFuseOptions } from 'fuse.js';

export type QuickEntry = {
  /** id */ i: string;
  /** title */ t: string;
  /** provider name */ p: string;
  /** theme names */ h: string;
  /** district names */ d: string;
  /** theme ids, for the vocabulary (not searched) */ m: string[];
};
/** An everyday word and the themes it stands for. */
export type QuickWord = { w: string; m: string[] };
export type QuickIndex = { e: QuickEntry[]; w: QuickWord[] };

// Title and provider weigh most: an advisor usually knows roughly what the thing is called.
// ignoreLocation lets a word match anywhere in a long name; the threshold allows about one
// typo in every four letters ("muistiyhdistis", "lähimäispalvelu").
export const FUSE_OPTIONS: IFuseOptions<QuickEntry> = {
  keys: [
    { name: 't', weight: 3 },
    { name: 'p', weight: 2 },
    { name: 'd', weight: 1.5 },
    { name: 'h', weight: 1 },
  ],
  threshold: 0.34,
  ignoreLocation: true,
  minMatchCharLength: 2,
  includeScore: true,
};
const WORD_OPTIONS: IFuseOptions<QuickWord> = { keys: ['w'], threshold: 0.25, ignoreLocation: true, includeScore: true };
// A match through an everyday word ranks after a match on the listing's own words.
const SYNONYM_PENALTY = 0.15;

export type QuickSearch = (query: string, limit?: number) => QuickEntry[];

export function quickSearcher(index: QuickIndex): QuickSearch {
  const entries = new Fuse(index.e, FUSE_OPTIONS);
  const words = new Fuse(index.w, WORD_OPTIONS);
  const byTheme = new Map<string, QuickEntry[]>();
  for (const e of index.e) for (const m of e.m) byTheme.set(m, [...(byTheme.get(m) ?? []), e]);
  return (query, limit = 12) => {
    const scores = new Map<QuickEntry, number>();
    for (const hit of entries.search(query, { limit })) scores.set(hit.item, hit.score ?? 1);
    const word = words.search(query, { limit: 1 })[0];
    if (word)
      for (const theme of word.item.m)
        for (const e of byTheme.get(theme) ?? []) {
          const s = (word.score ?? 1) + SYNONYM_PENALTY;
          if (!scores.has(e) || scores.get(e)! > s) scores.set(e, s);
        }
    return [...scores].sort((a, b) => a[1] - b[1]).slice(0, limit).map(([e]) => e);
  };
}
