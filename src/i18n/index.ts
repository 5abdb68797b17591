// One dictionary per language. `Dictionary` is the Finnish one's type, so a key missing in
// Swedish or English fails `astro check`.
import { LANGS, type Lang, type Localized } from '../schema/common';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

export type Dictionary = typeof fi;
export { LANGS, type Lang };

const dictionaries: Record<Lang, Dictionary> = { fi, sv, en };
export const t = (lang: Lang): Dictionary => dictionaries[lang];

/** Locale for Intl: always the Finnish conventions (dates 1.3.2025, times 10.00) in the page's language. */
export const LOCALE: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-FI' };

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** The text in the page's language, or the Finnish one with a flag so the page can mark it. */
export function pick(text: Localized, lang: Lang): { text: string; lang: Lang; fallback: boolean } {
  const own = text[lang];
  return own ? { text: own, lang, fallback: false } : { text: text.fi, lang: 'fi', fallback: lang !== 'fi' };
}
