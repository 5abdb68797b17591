// The one way browser scripts put a value into a translated text from a data attribute.
// The texts are made at build time by template()/countForms() in src/i18n/index.ts.
import type { CountForms } from '../../i18n';

/**
 * Puts each value in its `{name}` placeholder, every occurrence. A replacer function, not a
 * replacement string, so a title with "$&" or "$1" comes out as written.
 */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** The counted text for `n`: its own form for 0 or 1 where the dictionary has one, else the general form. */
export function count(forms: string | CountForms, n: number): string {
  const f: CountForms = typeof forms === 'string' ? (JSON.parse(forms) as CountForms) : forms;
  const own = n === 0 ? f[0] : n === 1 ? f[1] : undefined;
  return own ?? fill(f.n, { n });
}
