// The advisors' quick-find index: one short record per service, searched with Fuse.js in the
// browser, plus the everyday words (synonyms) as a small vocabulary of their own. Searching
// the vocabulary separately keeps each record short, which keeps typing fast with thousands
// of listings (see bench:search).
import { pick } from '../i18n';
import { districtName, type Catalog } from './catalog';
import type { Lang } from '../schema';
import type { QuickIndex } from './quick-search';

export type { QuickEntry, QuickIndex, QuickWord } from './quick-search';

export function buildQuickIndex(c: Pick<Catalog, 'live' | 'providers' | 'themes' | 'themeById' | 'districtById' | 'synonyms'>, lang: Lang): QuickIndex {
  const e = c.live.map((s) => ({
    i: s.id,
    t: pick(s.title, lang).text,
    p: pick(c.providers.get(s.provider)!.name, lang).text,
    h: s.themes.map((id) => pick(c.themeById.get(id)!.name, lang).text).join(', '),
    d: [...new Set(s.locations.map((l) => districtName(l.district, c.districtById, lang)).filter(Boolean))].join(', '),
    m: s.themes,
  }));
  const words = new Map<string, Set<string>>();
  const add = (word: string, theme: string) => {
    const w = word.toLocaleLowerCase('fi');
    (words.get(w) ?? words.set(w, new Set()).get(w)!).add(theme);
  };
  for (const theme of c.themes) for (const w of [...theme.synonyms[lang], ...theme.synonyms.fi]) add(w, theme.id);
  // A line of content/synonyms.yaml points its words at the themes its meanings belong to,
  // and at the listings whose own name uses one of them ("turvapuhelin" → Turvapalvelu).
  const nameWords = (t: string) => t.toLocaleLowerCase('fi').split(/[^\p{L}\p{N}-]+/u);
  for (const line of c.synonyms) {
    if (line.lang !== lang && line.lang !== 'fi') continue;
    const means = line.means.map((m) => m.toLocaleLowerCase('fi'));
    for (const theme of c.themes) {
      const own = [theme.id, ...theme.synonyms.fi, ...theme.synonyms[lang]].map((x) => x.toLocaleLowerCase('fi'));
      if (means.some((m) => own.includes(m))) for (const w of line.words) add(w, theme.id);
    }
    for (const entry of e) if (nameWords(entry.t).some((w) => means.includes(w))) for (const w of line.words) add(w, entry.i);
  }
  return { e, w: [...words].map(([w, m]) => ({ w, m: [...m] })) };
}

