// The shortlist as a URL and in localStorage: a list of service ids. The URL comes from
// anyone (a link in an e-mail), so decoding keeps only well-formed, known ids and never throws.
export const MAX_ITEMS = 40;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function decodeIds(raw: string | null | undefined, known?: ReadonlySet<string>): string[] {
  if (typeof raw !== 'string' || raw.length > 4000) return [];
  const out: string[] = [];
  for (const part of raw.split(',')) {
    const id = part.trim();
    if (id.length > 80 || !ID.test(id) || out.includes(id)) continue;
    if (known && !known.has(id)) continue;
    out.push(id);
    if (out.length === MAX_ITEMS) break;
  }
  return out;
}

export function encodeIds(ids: readonly string[]): string {
  return decodeIds(ids.join(',')).join(',');
}

/** The share link for a list: the shortlist page with the ids in `s`. */
export function shareUrl(pageUrl: string, ids: readonly string[]): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  if (ids.length) url.searchParams.set('s', encodeIds(ids));
  return url.toString();
}
