// Times, dates and web addresses as people write them → the forms the schema checks. Runs
// before validation, so the schema stays strict for files and the form accepts "klo 10".
// What cannot be read is returned as written: the schema then refuses it, and the form's
// message shows an example.

const HOUR_WORDS = /^(?:klo|kello|kl|at)\.?\s*/i;

/** '10.00', '10:00', 'klo 10', '10' → '10:00'. Minutes take two digits: '10.5' is not read. */
export function everydayTime(text: string): string {
  const s = text.trim().replace(HOUR_WORDS, '').replace(/\.$/, '');
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(s);
  if (!m) return text.trim();
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (h > 23 || min > 59) return text.trim();
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/**
 * 'klo 10–11.30' in one field → ['10:00', '11:30']; undefined when the text is not a range.
 * People often write both times in the first box.
 */
export function everydayTimeRange(text: string): [string, string] | undefined {
  const parts = text
    .trim()
    .replace(HOUR_WORDS, '')
    .split(/\s*[-–—]\s*/);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  const [a, b] = parts.map(everydayTime);
  return /^\d\d:\d\d$/.test(a) && /^\d\d:\d\d$/.test(b) ? [a, b] : undefined;
}

/** '1.2.2026', '01.02.2026', '1. 2. 2026' → '2026-02-01'; an ISO date stays as it is. */
export function everydayDate(text: string): string {
  const s = text.trim();
  const m = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?$/.exec(s);
  if (!m) return s;
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** 'www.yhdistys.fi' → 'https://www.yhdistys.fi'; an address with its scheme stays as it is. */
export function everydayWeb(text: string): string {
  const s = text.trim();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(s) ? `https://${s}` : s;
}

/** Today's date in Helsinki, as the schema writes it: the day a notice is sent. */
export function helsinkiToday(now: Date = new Date()): string {
  // sv-SE writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(now);
}
