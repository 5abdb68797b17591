// Phone numbers as links. Its own module so that browser code can use it without the
// dictionaries that the rest of the formatting needs.

/** A `tel:` URI in international form: '02 262 6000' → 'tel:+35822626000'. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? digits : `+358${digits.replace(/^0/, '')}`}`;
}
