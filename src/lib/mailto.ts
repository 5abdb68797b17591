// mailto: links: one encoding for every e-mail the site prepares (report an error, send a listing).

// Mail programs and browsers cut longer mailto: links (Outlook and older browsers at about
// 2,000 characters); a longer message goes by copy and paste instead.
export const MAILTO_BODY_LIMIT = 1800;

/**
 * Percent-encoding for a mailto: field (RFC 6068). Not URLSearchParams: mail programs read +
 * as a plus, not a space. The delimiters a field may hold as they are (: , @ ; $) stay
 * unencoded, which keeps a listing's many "field: value" lines within the limit.
 */
export function mailtoEncode(text: string): string {
  return encodeURIComponent(text).replace(/%(3A|2C|40|3B|24)/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** A mailto: link, or undefined when the encoded body would be longer than `limit`. */
export function mailtoHref(
  address: string,
  subject: string,
  body: string,
  limit = MAILTO_BODY_LIMIT,
): string | undefined {
  const encoded = mailtoEncode(body);
  if (encoded.length > limit) return undefined;
  return `mailto:${address}?subject=${mailtoEncode(subject)}&body=${encoded}`;
}
