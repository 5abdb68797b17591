// Everyday words for a service: its themes' synonyms plus the lines of content/synonyms.yaml
// whose meaning its name or summary already says. Search indexes read these words, so "kuntosali"
// finds a gym group whose listing never uses the word.
import type { Lang, Service, Synonym, Theme } from '../schema';

const words = (s: string) =>
  s
    .toLocaleLowerCase('fi')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);

/** The text a service can be found by, without its own words. */
export function synonymsFor(service: Service, themes: Map<string, Theme>, synonyms: Synonym[], lang: Lang): string[] {
  const out = new Set<string>();
  for (const id of service.themes) {
    const theme = themes.get(id);
    if (!theme) continue;
    for (const w of theme.synonyms[lang]) out.add(w.toLocaleLowerCase('fi'));
    if (lang !== 'fi') for (const w of theme.synonyms.fi) out.add(w.toLocaleLowerCase('fi'));
  }
  const own = new Set([
    ...service.themes,
    ...words(Object.values(service.title).join(' ')),
    ...words(Object.values(service.summary).join(' ')),
    // Not the description: a word mentioned in passing there ("a safety phone is included")
    // would make every such listing answer "turvapuhelin" before the safety service itself.
    ...out,
  ]);
  for (const line of synonyms) {
    if (line.lang !== lang && line.lang !== 'fi') continue;
    if (line.means.some((m) => own.has(m.toLocaleLowerCase('fi'))))
      for (const w of line.words) out.add(w.toLocaleLowerCase('fi'));
  }
  return [...out].sort();
}

/** A query's words plus what they stand for: "jumppa" → also "liikunta", "voimistelu". */
export function expandQuery(query: string, synonyms: Synonym[]): string[] {
  const asked = words(query);
  const out = new Set(asked);
  for (const line of synonyms) {
    const said = line.words.map((w) => w.toLocaleLowerCase('fi'));
    if (asked.some((a) => said.includes(a))) for (const m of line.means) out.add(m.toLocaleLowerCase('fi'));
  }
  return [...out];
}
