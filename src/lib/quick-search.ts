// Quick find in the browser (and in bench:search): Fuse.js over the short records, and over
// the vocabulary of everyday words, merged. Kept free of page code so its chunk stays small.
import Fuse, { type IFuseOptions } from 'fuse.js';
import { queryWords } from './query-words';

export type QuickEntry = {
  /** id */ i: string;
  /** title */ t: string;
  /** provider name */ p: string;
  /** theme names */ h: string;
  /** district names */ d: string;
  /** theme ids, for the vocabulary (not searched) */ m: string[];
};
/** An everyday word and the themes (or listing ids) it stands for. */
export type QuickWord = { w: string; m: string[] };
export type QuickIndex = { e: QuickEntry[]; w: QuickWord[] };

// Each record is searched by its title only. Provider, district and theme names repeat across
// many records, so each distinct name is searched once, in a short list of its own, and a hit
// brings in every record that carries it: far less text to scan per keystroke with thousands
// of listings (see bench:search). ignoreLocation lets a word match anywhere in a long name;
// the threshold allows about one typo in every four letters ("muistiyhdistis").
const NAME_OPTIONS = { threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2, includeScore: true };
export const FUSE_OPTIONS: IFuseOptions<QuickEntry> = { ...NAME_OPTIONS, keys: ['t'] };
const WORD_OPTIONS: IFuseOptions<QuickWord> = { keys: ['w'], threshold: 0.25, ignoreLocation: true, includeScore: true };

// A match on a listing's title ranks first; then its provider, its district, its themes, and
// last an everyday word that stands for one of its themes. Added to Fuse's score (0 = exact).
const PENALTY = { provider: 0.02, district: 0.05, theme: 0.1, synonym: 0.15 } as const;
const NAMES: { field: 'p' | 'd' | 'h'; penalty: number; limit: number }[] = [
  { field: 'p', penalty: PENALTY.provider, limit: 3 },
  { field: 'd', penalty: PENALTY.district, limit: 2 },
  { field: 'h', penalty: PENALTY.theme, limit: 2 },
];

export type QuickSearch = (query: string, limit?: number) => QuickEntry[];

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The distinct names in one field ("A, B" lists are split) and the records that carry each. */
function namesOf(entries: QuickEntry[], field: 'p' | 'd' | 'h') {
  const byName = new Map<string, QuickEntry[]>();
  for (const e of entries)
    for (const name of field === 'p' ? [e.p] : e[field].split(', '))
      if (name) addTo(byName, name, e);
  return { byName, fuse: new Fuse([...byName.keys()], NAME_OPTIONS) };
}

export function quickSearcher(index: QuickIndex): QuickSearch {
  const titles = new Fuse(index.e, FUSE_OPTIONS);
  const names = NAMES.map((n) => ({ ...n, ...namesOf(index.e, n.field) }));
  const words = new Fuse(index.w, WORD_OPTIONS);
  const byTheme = new Map<string, QuickEntry[]>();
  // An everyday word points at themes, or at one listing by its id.
  for (const e of index.e) for (const m of [...e.m, e.i]) addTo(byTheme, m, e);
  /** Every record one query reaches, with its best score (0 = exact). */
  const scoresFor = (query: string, limit: number) => {
    const scores = new Map<QuickEntry, number>();
    const offer = (e: QuickEntry, s: number) => {
      if (!scores.has(e) || scores.get(e)! > s) scores.set(e, s);
    };
    for (const hit of titles.search(query, { limit })) offer(hit.item, hit.score ?? 1);
    for (const { fuse, byName, penalty, limit: n } of names)
      for (const hit of fuse.search(query, { limit: n })) for (const e of byName.get(hit.item)!) offer(e, (hit.score ?? 1) + penalty);
    const word = words.search(query, { limit: 1 })[0];
    // A word that names one listing ranks like its title; a word for a whole theme, last.
    if (word) for (const m of word.item.m) for (const e of byTheme.get(m) ?? []) offer(e, (word.score ?? 1) + (m === e.i ? PENALTY.provider : PENALTY.synonym));
    return scores;
  };
  return (query, limit = 12) => {
    const parts = queryWords(query);
    // "exercise for seniors" is searched as "exercise": the small words would match any name.
    const whole = scoresFor(parts.join(' ') || query, limit);
    if (parts.length <= 1) return [...whole].sort((a, b) => a[1] - b[1]).slice(0, limit).map(([e]) => e);
    // A sentence ("apua tietokoneen kanssa"): each meaningful word is searched too, and a record
    // reached by more of them, more closely, ranks higher. A match of the whole query ranks first.
    const relevance = new Map<QuickEntry, number>();
    const add = (e: QuickEntry, r: number) => relevance.set(e, (relevance.get(e) ?? 0) + r);
    for (const [e, s] of whole) add(e, parts.length + 1 - s);
    for (const part of parts) for (const [e, s] of scoresFor(part, limit)) add(e, 1 - Math.min(s, 1));
    return [...relevance].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([e]) => e);
  };
}
