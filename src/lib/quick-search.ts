// Quick find in the browser (and in the tests and benchmarks): Fuse.js over short records,
// read in small files so that the first download stays the same size at any catalogue size.
// - The base (`pikahaku.json`): the names of organisers, districts and themes, and the
//   everyday words, each pointing at a file of records. It grows with the number of
//   organisers, not listings.
// - A file per two-letter beginning of a title word (`a/ku`): the records whose title has a
//   word that starts so. A query reads the files of its own words' beginnings, so a typo
//   anywhere but in the first two letters is still found.
// - A file per organiser, district and theme (`p/…`, `d/…`, `h/…`): its first records by
//   title, enough for one screen of results.
// Kept free of page code so its chunk stays small.
import Fuse, { type IFuseOptions } from 'fuse.js';
import { AGE_BANDS } from './freshness';
import { rankResults, type Rankable } from './rank';
import { understand } from './understand';
import { queryWords } from './query-words';

export type QuickEntry = {
  /** id */ i: string;
  /** title */ t: string;
  /** provider name */ p: string;
  /** theme names */ h: string;
  /** district names */ d: string;
  /** theme ids, for the vocabulary (not searched) */ m: string[];
  /** how old the facts are: an index of AGE_BANDS, fresher first (not searched) */ f: number;
  /** the languages the service is offered in (not searched) */ l: string[];
};
/** An everyday word and the themes (or listing ids) it stands for. */
export type QuickWord = { w: string; m: string[] };
/** What a name's file is: p organiser, d district, h theme. */
export type NameField = 'p' | 'd' | 'h';
export type QuickBase = {
  /** [name, id] pairs: the file `${field}/${id}` holds the records that carry the name. */
  n: Record<NameField, [string, string][]>;
  w: QuickWord[];
  /** The records an everyday word names by their id ("turvapuhelin" → one listing). */
  e: QuickEntry[];
  /** The language of the pages these files serve: its services come first among equals. */
  lang: string;
};
/** Reads one file of records by its path (`a/ku`, `p/kela`); a missing file is empty. */
export type QuickSource = { base: QuickBase; load: (path: string) => Promise<QuickEntry[]> };

/** Records shown at most, and kept in a name's file. */
export const QUICK_LIMIT = 12;

/** The file of title words beginning like `word`, or undefined for a word too short to say. */
export function prefixOf(word: string): string | undefined {
  const folded = word
    .toLocaleLowerCase('fi')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return /^[a-z0-9]{2}/.test(folded) ? folded.slice(0, 2) : undefined;
}

/** Every beginning of a title's words. */
export const titlePrefixes = (title: string) => [
  ...new Set(
    title
      .split(/[^\p{L}\p{N}]+/u)
      .map(prefixOf)
      .filter((p): p is string => !!p),
  ),
];

// Titles are searched within their files. Provider, district and theme names repeat across
// many records, so each distinct name is searched once, in the base, and a hit brings the
// records of its file. ignoreLocation lets a word match anywhere in a long name; the threshold
// allows about one typo in every four letters ("muistiyhdistis").
const NAME_OPTIONS = { threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2, includeScore: true };
export const FUSE_OPTIONS: IFuseOptions<QuickEntry> = { ...NAME_OPTIONS, keys: ['t'] };
const WORD_OPTIONS: IFuseOptions<QuickWord> = {
  keys: ['w'],
  threshold: 0.25,
  ignoreLocation: true,
  includeScore: true,
};

// A match on a listing's title ranks first; then its provider, its district, its themes, and
// last an everyday word that stands for one of its themes. Added to Fuse's score (0 = exact).
const PENALTY = { provider: 0.02, district: 0.05, theme: 0.1, synonym: 0.15 } as const;
const NAMES: { field: NameField; penalty: number; limit: number }[] = [
  { field: 'p', penalty: PENALTY.provider, limit: 3 },
  { field: 'd', penalty: PENALTY.district, limit: 2 },
  { field: 'h', penalty: PENALTY.theme, limit: 2 },
];

export type QuickSearch = (query: string, limit?: number) => Promise<QuickEntry[]>;

export function quickSearcher({ base, load: read }: QuickSource): QuickSearch {
  // Understanding a query and searching it read the same files: each is read once.
  const files = new Map<string, Promise<QuickEntry[]>>();
  const load = (path: string) => files.get(path) ?? files.set(path, read(path)).get(path)!;
  const names = NAMES.map((n) => ({
    ...n,
    fuse: new Fuse(
      base.n[n.field].map(([name, id]) => ({ name, id })),
      { ...NAME_OPTIONS, keys: ['name'] },
    ),
  }));
  const words = new Fuse(base.w, WORD_OPTIONS);
  const named = new Map(base.e.map((e) => [e.i, e]));
  // One Fuse index per title file, made when the file first arrives.
  const titleFiles = new Map<string, Promise<Fuse<QuickEntry>>>();
  const titles = (prefix: string) => {
    let f = titleFiles.get(prefix);
    if (!f) titleFiles.set(prefix, (f = load(`a/${prefix}`).then((xs) => new Fuse(xs, FUSE_OPTIONS))));
    return f;
  };

  /** Every record one query reaches, with its best score (0 = exact). */
  const scoresFor = async (query: string, limit: number) => {
    const scores = new Map<string, { e: QuickEntry; s: number }>();
    const offer = (e: QuickEntry, s: number) => {
      const had = scores.get(e.i);
      if (!had || had.s > s) scores.set(e.i, { e, s });
    };
    const prefixes = [
      ...new Set(
        (queryWords(query).length ? queryWords(query) : [query]).map(prefixOf).filter((p): p is string => !!p),
      ),
    ];
    const nameHits = names.flatMap(({ field, fuse, penalty, limit: n }) =>
      fuse
        .search(query, { limit: n })
        .map((hit) => ({ path: `${field}/${hit.item.id}`, s: (hit.score ?? 1) + penalty })),
    );
    const word = words.search(query, { limit: 1 })[0];
    const themeHits = word
      ? word.item.m
          .filter((m) => !named.has(m))
          .map((m) => ({ path: `h/${m}`, s: (word.score ?? 1) + PENALTY.synonym }))
      : [];
    const [titleIndexes, nameFiles] = await Promise.all([
      Promise.all(prefixes.map(titles)),
      Promise.all([...nameHits, ...themeHits].map(async (h) => ({ ...h, entries: await load(h.path) }))),
    ]);
    for (const fuse of titleIndexes) for (const hit of fuse.search(query, { limit })) offer(hit.item, hit.score ?? 1);
    for (const { entries, s } of nameFiles) for (const e of entries) offer(e, s);
    // A word that names one listing ranks like its title.
    if (word) for (const m of word.item.m) if (named.has(m)) offer(named.get(m)!, (word.score ?? 1) + PENALTY.provider);
    return [...scores.values()];
  };

  const search: QuickSearch = async (query, limit = QUICK_LIMIT) => {
    const u = await understand(query, { base, load });
    // "exercise for seniors" is searched as "exercise": the small words would match any name;
    // a corrected word is searched as corrected.
    const parts = u.words;
    // The same candidates whatever the limit, so that the first three never depend on how many
    // a caller shows.
    const whole = await scoresFor(parts.join(' ') || query, QUICK_LIMIT);
    // A sentence ("apua tietokoneen kanssa"): each meaningful word is searched too, and a record
    // reached by more of them, more closely, comes first among equals. A match of the whole
    // query counts most.
    const relevance = new Map<string, { e: QuickEntry; r: number }>();
    const add = (e: QuickEntry, r: number) => relevance.set(e.i, { e, r: (relevance.get(e.i)?.r ?? 0) + r });
    for (const { e, s } of whole) add(e, parts.length + 1 - s);
    if (parts.length > 1)
      for (const part of parts) for (const { e, s } of await scoresFor(part, QUICK_LIMIT)) add(e, 1 - Math.min(s, 1));
    // What the everyday words stand for is a candidate too, however Fuse scored it.
    for (const id of u.ids) if (named.has(id)) add(named.get(id)!, 0);
    for (const entries of await Promise.all(u.themes.map((t) => load(`h/${t}`)))) for (const e of entries) add(e, 0);
    const byEngine = [...relevance.values()].sort((a, b) => b.r - a.r).map((x) => x.e);
    return rankResults(byEngine, rankableEntry, u, base.lang).slice(0, limit);
  };
  return search;
}

/** A quick-find record as the shared order (src/lib/rank.ts) reads it. */
export const rankableEntry = (e: QuickEntry): Rankable => ({
  id: e.i,
  title: e.t,
  themes: e.m,
  names: `${e.p} ${e.d}`,
  languages: e.l,
  band: AGE_BANDS[e.f],
});
