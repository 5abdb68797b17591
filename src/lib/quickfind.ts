// The advisors' quick-find index, written as the small files src/lib/quick-search.ts reads:
// the base (names and everyday words) and the files of records by title beginning, organiser,
// district and theme. Node only (the build's endpoints, tests and benchmarks).
import { pick } from '../i18n';
import { districtName, sortByTitle, type Catalog } from './catalog';
import { ageRank, factsAge, freshFirst } from './freshness';
import type { Lang } from '../schema';
import {
  QUICK_LIMIT,
  titlePrefixes,
  type NameField,
  type QuickBase,
  type QuickEntry,
  type QuickSource,
} from './quick-search';

export type { QuickBase, QuickEntry, QuickWord } from './quick-search';

export type QuickFiles = { base: QuickBase; files: Map<string, QuickEntry[]> };

type C = Pick<Catalog, 'live' | 'providers' | 'themes' | 'themeById' | 'districtById' | 'synonyms'>;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildQuickFiles(c: C, lang: Lang): QuickFiles {
  // Fresher listings first, then A–Ö: a name's file keeps one screen of records, and where a
  // theme or organiser has more, the ones whose facts are current are the ones kept.
  const services = freshFirst(sortByTitle(c.live, lang));
  const entryOf = new Map(
    services.map((s) => [
      s.id,
      {
        i: s.id,
        t: pick(s.title, lang).text,
        p: pick(c.providers.get(s.provider)!.name, lang).text,
        h: s.themes.map((id) => pick(c.themeById.get(id)!.name, lang).text).join(', '),
        d: [...new Set(s.locations.map((l) => districtName(l.district, c.districtById, lang)).filter(Boolean))].join(
          ', ',
        ),
        m: s.themes,
        f: ageRank(factsAge(s).band),
        l: s.languages,
      } satisfies QuickEntry,
    ]),
  );
  const files = new Map<string, QuickEntry[]>();
  const byName: Record<NameField, Map<string, string>> = { p: new Map(), d: new Map(), h: new Map() };
  for (const s of services) {
    const e = entryOf.get(s.id)!;
    for (const prefix of titlePrefixes(e.t)) push(files, `a/${prefix}`, e);
    const named: [NameField, string, string][] = [
      ['p', s.provider, e.p],
      ...[...new Set(s.locations.flatMap((l) => (l.district ? [l.district] : [])))].map(
        (d): [NameField, string, string] => ['d', d, districtName(d, c.districtById, lang)!],
      ),
      ...s.themes.map((t): [NameField, string, string] => ['h', t, pick(c.themeById.get(t)!.name, lang).text]),
    ];
    for (const [field, id, name] of named) {
      byName[field].set(id, name);
      // A name's file holds one screen of its records, fresher first: equal matches rank alike.
      const path = `${field}/${id}`;
      if ((files.get(path)?.length ?? 0) < QUICK_LIMIT) push(files, path, e);
    }
  }

  const words = new Map<string, Set<string>>();
  const add = (word: string, target: string) => {
    const w = word.toLocaleLowerCase('fi');
    (words.get(w) ?? words.set(w, new Set()).get(w)!).add(target);
  };
  for (const theme of c.themes) for (const w of [...theme.synonyms[lang], ...theme.synonyms.fi]) add(w, theme.id);
  // A line of content/synonyms.yaml points its words at the themes its meanings belong to,
  // and at the listings whose own name uses one of them ("turvapuhelin" → Turvapalvelu). The
  // meanings are mostly Finnish words, so a listing's name counts in every language it has.
  const nameWords = (t: string) => t.toLocaleLowerCase('fi').split(/[^\p{L}\p{N}-]+/u);
  const allNames = new Map(services.map((s) => [s.id, nameWords(Object.values(s.title).join(' '))]));
  const namedListings = new Set<string>();
  for (const line of c.synonyms) {
    if (line.lang !== lang && line.lang !== 'fi') continue;
    const means = line.means.map((m) => m.toLocaleLowerCase('fi'));
    for (const theme of c.themes) {
      const own = [theme.id, ...theme.synonyms.fi, ...theme.synonyms[lang]].map((x) => x.toLocaleLowerCase('fi'));
      if (means.some((m) => own.includes(m))) for (const w of line.words) add(w, theme.id);
    }
    for (const e of entryOf.values())
      if (allNames.get(e.i)!.some((w) => means.includes(w))) {
        for (const w of line.words) add(w, e.i);
        namedListings.add(e.i);
      }
  }
  const names = (field: NameField) => [...byName[field]].map(([id, name]): [string, string] => [name, id]);
  return {
    base: {
      n: { p: names('p'), d: names('d'), h: names('h') },
      w: [...words].map(([w, m]) => ({ w, m: [...m] })),
      e: [...namedListings].map((id) => entryOf.get(id)!),
      lang,
    },
    files,
  };
}

const built = new WeakMap<C, Map<Lang, QuickFiles>>();
/** The build's files, made once per language (every endpoint asks). */
export function quickFiles(c: C, lang: Lang): QuickFiles {
  const byLang = built.get(c) ?? built.set(c, new Map()).get(c)!;
  if (!byLang.has(lang)) byLang.set(lang, buildQuickFiles(c, lang));
  return byLang.get(lang)!;
}

/** The files as a source in memory, as the browser would read them: for tests and benchmarks. */
export function memorySource({ base, files }: QuickFiles, read?: (path: string) => void): QuickSource {
  return { base, load: async (path) => (read?.(path), files.get(path) ?? []) };
}
