// What a query means, worked out once for both searches (quick find and /haku/), so that they
// read "kunsali", "olen yksinäinen" or "haluan puhua jonkun kanssa" the same way:
// - the small words of a sentence are dropped (query-words.ts);
// - everyday words and phrases stand for the themes and listings that answer them, from the
//   quick-find base (content/synonyms.yaml and the themes' synonyms);
// - a word the catalogue does not know is corrected to the nearest word it does know, taken
//   from the listings' own titles and names ("kunsali" → "kuntosali"), and the page says so;
// - words match only as the same word or its inflection, never as the start of another word
//   ("seuraa" is not "seurakunta").
// Browser-safe: it reads the same small files as quick find and nothing else.
import { queryWords } from './query-words';
import type { QuickBase, QuickSource } from './quick-search';
import { prefixOf } from './quick-search';

/** One word of a query (or a phrase), with what it stands for. */
export type Term = { word: string; themes: string[]; ids: string[] };

export type Understood = {
  /** The meaningful words, corrected where they had a typo. */
  words: string[];
  /** Each word (and each everyday phrase found) with its own themes and listings. */
  terms?: Term[];
  /** The query as searched, when a word was corrected: the page shows it. */
  corrected?: string;
  /** Themes the everyday words stand for. */
  themes: string[];
  /** Listings an everyday word names directly ("turvapuhelin" → the safety phone service). */
  ids: string[];
  /** A language the query asks for ("på svenska", "ruotsiksi", "in English"). */
  language?: string;
};

// Asking for a language is not a word to find in a text: "servicehus på svenska" wants a
// service house that serves in Swedish, not a page with "svenska" in its name.
const LANGUAGE_WORDS: [string, string][] = [
  ['på svenska', 'sv'],
  ['svenskspråkig', 'sv'],
  ['svenskspråkiga', 'sv'],
  ['ruotsiksi', 'sv'],
  ['ruotsinkielinen', 'sv'],
  ['ruotsinkielisille', 'sv'],
  ['in swedish', 'sv'],
  ['suomeksi', 'fi'],
  ['suomenkielinen', 'fi'],
  ['på finska', 'fi'],
  ['in finnish', 'fi'],
  ['englanniksi', 'en'],
  ['på engelska', 'en'],
  ['in english', 'en'],
];

const fold = (s: string) => s.toLocaleLowerCase('fi');
export const wordsOf = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

// Endings a word takes in Finnish (cases, plurals), Swedish and English. Two words are one when
// they differ only by these after a common stem: "kuntosali" and "kuntosaleille" are one word,
// "seura" and "seurakunta" are not ("kunta" is no ending).
const ENDINGS = new Set(
  (
    ' a ä n t i e na nä ksi ja jä ta tä en in ia iä ien ihin iin aan ään seen hin lla llä lle lta ltä ssa ssä sta stä' +
    ' ille illa illä ilta iltä issa issä ista istä ina inä ineen eja ejä eille eilla eillä eilta eiltä eissa eissä' +
    ' eista eistä eihin it ita itä ne nen set sen sia siä iden itten ' +
    ' et er ar or erna arna s es ing ed'
  ).split(' '),
);

/** The same word, or the same word inflected. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  for (let cut = 0; cut <= (short.length >= 6 ? 2 : 1); cut++) {
    const stem = short.slice(0, short.length - cut);
    if (long.startsWith(stem) && ENDINGS.has(short.slice(stem.length)) && ENDINGS.has(long.slice(stem.length)))
      return true;
  }
  return false;
}

/** Edits between two words: insert, delete, substitute, or swap two neighbours. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** How many edits a word of this length may need and still be the word meant. */
const allowedEdits = (word: string) => (word.length >= 6 ? 2 : word.length >= 4 ? 1 : 0);

/** The everyday words of the base, each with what it stands for, split into themes and listings. */
function everyday(base: QuickBase) {
  const listings = new Set(base.e.map((e) => e.i));
  return base.w.map((w) => ({
    words: wordsOf(w.w),
    themes: w.m.filter((m) => !listings.has(m)),
    ids: w.m.filter((m) => listings.has(m)),
  }));
}

export async function understand(query: string, { base, load }: QuickSource): Promise<Understood> {
  let language: string | undefined;
  for (const [words, lang] of LANGUAGE_WORDS) {
    const found = ` ${wordsOf(query).join(' ')} `.includes(` ${words} `);
    if (found) {
      language = lang;
      query = ` ${wordsOf(query).join(' ')} `.replace(` ${words} `, ' ');
    }
  }
  const asked = queryWords(query).flatMap(wordsOf);
  const lines = everyday(base);
  const terms: Term[] = [];
  const meant = (term: Term, line: (typeof lines)[number]) => {
    for (const t of line.themes) if (!term.themes.includes(t)) term.themes.push(t);
    for (const i of line.ids) if (!term.ids.includes(i)) term.ids.push(i);
  };
  // Phrases first ("haluan puhua"), on the whole query: their words may be small words.
  const all = ` ${wordsOf(query).join(' ')} `;
  for (const line of lines)
    if (line.words.length > 1 && all.includes(` ${line.words.join(' ')} `)) {
      const term: Term = { word: line.words.join(' '), themes: [], ids: [] };
      meant(term, line);
      terms.push(term);
    }

  const names = [...base.n.p, ...base.n.d, ...base.n.h].flatMap(([name]) => wordsOf(name));
  const themeNames = base.n.h.map(([name, id]) => ({ words: wordsOf(name), id }));
  const known = async (word: string) => {
    const prefix = prefixOf(word);
    const titles = prefix ? (await load(`a/${prefix}`)).flatMap((e) => wordsOf(e.t)) : [];
    return [...new Set([...titles, ...names, ...lines.flatMap((l) => (l.words.length === 1 ? l.words : []))])];
  };

  let changed = false;
  const words: string[] = [];
  for (const word of asked) {
    const vocabulary = await known(word);
    let w = word;
    if (!vocabulary.some((v) => sameWord(word, v))) {
      // The nearest known word within the edits its length allows; ties go to the shorter one.
      let best: { v: string; d: number } | undefined;
      for (const v of vocabulary) {
        const d = editDistance(word, v, allowedEdits(word));
        if (d <= allowedEdits(word) && (!best || d < best.d || (d === best.d && v.length < best.v.length)))
          best = { v, d };
      }
      if (best) {
        w = best.v;
        changed = true;
      }
    }
    words.push(w);
    const term: Term = { word: w, themes: [], ids: [] };
    for (const line of lines) if (line.words.length === 1 && sameWord(w, line.words[0])) meant(term, line);
    for (const t of themeNames)
      if (t.words.some((tw) => sameWord(w, tw)) && !term.themes.includes(t.id)) term.themes.push(t.id);
    terms.push(term);
  }
  return {
    words,
    terms,
    ...(changed ? { corrected: words.join(' ') } : {}),
    themes: [...new Set(terms.flatMap((t) => t.themes))],
    ids: [...new Set(terms.flatMap((t) => t.ids))],
    ...(language ? { language } : {}),
  };
}
