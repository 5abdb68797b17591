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

/** The browser's copy of a counted text: `n` holds `{n}`; `0` and `1` only where the dictionary words them differently. */
export interface CountForms {
  n: string;
  0?: string;
  1?: string;
}

// A number no real count reaches and no text contains, so replacing it cannot hit a digit
// that belongs to the wording (a year, "65+", "1 km").
const SENTINEL = 918273645;

/**
 * A dictionary text with a number as a template for the browser: the number becomes `{n}`.
 * Throws if the function does not print its number (e.g. a form only for 0 or 1).
 */
export function template(fn: (n: number) => string): string {
  const text = fn(SENTINEL);
  if (!text.includes(String(SENTINEL))) throw new Error(`template: "${text}" does not contain its number`);
  return text.split(String(SENTINEL)).join('{n}');
}

/**
 * A counted text for a data attribute (JSON of `CountForms`): the general form with `{n}`,
 * plus the forms for 0 and 1 where Finnish, Swedish or English word them differently
 * ("1 palvelu" but "2 palvelua", "No services found."). Read in the browser with `count()`
 * from src/client/i18n/fill.ts.
 */
export function countForms(fn: (n: number) => string): string {
  const n = template(fn);
  const forms: CountForms = { n };
  for (const k of [0, 1] as const) {
    const text = fn(k);
    if (text !== n.split('{n}').join(String(k))) forms[k] = text;
  }
  return JSON.stringify(forms);
}
