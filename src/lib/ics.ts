// The iCalendar (RFC 5545) writer: weekly events in Turku's time zone. Pure and knows nothing
// of listings (src/lib/calendar.ts turns a listing into events), so that it can be tested alone.
import type { Day } from '../schema';

export const TZID = 'Europe/Helsinki';

export interface WeeklyEvent {
  /** Stays the same across builds, so that a calendar updates the event instead of adding one. */
  uid: string;
  /** When the facts were last revised (ISO date or date-time, read as UTC). */
  stamp: string;
  /** The first occurrence: a date (YYYY-MM-DD) and a wall-clock time (HH:MM) in Helsinki. */
  date: string;
  start: string;
  /** Left out when no source says: the event then has no DTEND (RFC 5545 3.6.1). */
  end?: string;
  day: Day;
  /** The last day an occurrence may fall on (YYYY-MM-DD, in Helsinki). */
  until?: string;
  summary: string;
  description?: string;
  location?: string;
  geo?: { lat: number; lon: number };
  url?: string;
}

export interface Calendar {
  name: string;
  events: WeeklyEvent[];
}

const BYDAY: Record<Day, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

// Europe/Helsinki since 1981 (EU rules since 1996): EET (+02:00), and EEST (+03:00) from the
// last Sunday of March 03:00 to the last Sunday of October 04:00 local time. Calendars that do
// not know the zone by name read it from here, so it must say exactly this.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const utf8 = new TextEncoder();

/** One content line folded so that no line is longer than 75 octets, never inside a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8.encode(ch).length;
    // A continuation line starts with a space, which counts towards its 75.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** The UTC offset in hours of Helsinki at a UTC instant, by the rules VTIMEZONE states. */
export function helsinkiOffset(utc: Date): 2 | 3 {
  const y = utc.getUTCFullYear();
  // Both changes happen at 01:00 UTC.
  const summer = Date.UTC(y, 2, lastSunday(y, 3), 1);
  const winter = Date.UTC(y, 9, lastSunday(y, 10), 1);
  return utc.getTime() >= summer && utc.getTime() < winter ? 3 : 2;
}

/** A Helsinki wall-clock time as a UTC instant (times in the spring gap move an hour on). */
export function helsinkiToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss = 0] = time.split(':').map(Number);
  const local = Date.UTC(y, m - 1, d, hh, mm, ss);
  const summer = new Date(local - 3 * 3_600_000);
  return helsinkiOffset(summer) === 3 ? summer : new Date(local - 2 * 3_600_000);
}

const compact = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');
const localDateTime = (date: string, time: string) => `${compact(date)}T${compact(time)}00`;
const utcDateTime = (d: Date) => `${compact(d.toISOString())}`;

function stamp(iso: string): string {
  const d = new Date(/T/.test(iso) ? iso : `${iso}T00:00:00Z`);
  return utcDateTime(d);
}

function event(e: WeeklyEvent): string[] {
  // With a DTSTART in a time zone, UNTIL must be in UTC (RFC 5545 3.3.10): the end of the last day.
  const until = e.until ? `;UNTIL=${utcDateTime(helsinkiToUtc(e.until, '23:59:59'))}` : '';
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp(e.stamp)}`,
    `DTSTART;TZID=${TZID}:${localDateTime(e.date, e.start)}`,
    ...(e.end ? [`DTEND;TZID=${TZID}:${localDateTime(e.date, e.end)}`] : []),
    `RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[e.day]}${until}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    ...(e.geo ? [`GEO:${e.geo.lat};${e.geo.lon}`] : []),
    ...(e.url ? [`URL:${e.url}`] : []),
    'END:VEVENT',
  ];
}

/**
 * A whole calendar file: CRLF line endings, folded lines, one VEVENT per weekly time. There is
 * no METHOD, so DTSTAMP means when the facts were last revised (RFC 5545 3.8.7.2) and a
 * rebuild with the same facts writes the same file.
 */
export function writeCalendar(cal: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Palvelutori Turku//Palvelutori Turku//FI',
    'CALSCALE:GREGORIAN',
    `NAME:${escapeText(cal.name)}`,
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    ...VTIMEZONE,
    ...cal.events.flatMap(event),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
