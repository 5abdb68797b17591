// "Next time Tue 2.12. at 10": the next weekly session from a listing's times, worked out in
// the reader's browser at the moment of reading, so that it is never stale. Pure: the browser
// script (src/client/next-session/) passes the clock, the tests pass any moment they like.
// No dictionaries here: the page hands over its words with the times, which keeps the
// browser bundle small.
import type { Day } from '../schema';
import { isStale } from './stale';

const WEEK: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const HELSINKI = 'Europe/Helsinki';

export type Slot = { day: Day; start: string; note?: string; noteLang?: string };

/** What a page puts on its placeholder for the browser: the times and the words to say them with. */
export interface NextSessionData {
  slots: Slot[];
  /** First and last day the times hold (schedule.validFrom/validUntil), when the source gives them. */
  validFrom?: string;
  validUntil?: string;
  /** The listing's lastVerified: an old timetable gets no "next time", in the browser too. */
  verified: string;
  /** The sentence with {w} for the weekday, {d} for the date and {t} for the time. */
  text: string;
  /** Short weekday names, Monday first. */
  days: string[];
}

export type Occurrence = { date: string; day: Day; start: string; note?: string; noteLang?: string };

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** The date and time on a wall clock in `timeZone` at the instant `now` (summer time included). */
export function wallClock(now: Date, timeZone = HELSINKI): { date: string; time: string } {
  let f = clockFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clockFormats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(now).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

// Calendar arithmetic on dates as written (YYYY-MM-DD), in UTC so no clock change can move a day.
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (iso: string): Day => WEEK[(new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7];

/**
 * The first session at or after `now` on Helsinki's wall clock. A session today counts until
 * it starts. Outside validFrom–validUntil there is none, and none after validUntil.
 */
export function nextSession(
  slots: Slot[],
  now: Date,
  range: { validFrom?: string; validUntil?: string } = {},
): Occurrence | undefined {
  if (slots.length === 0) return undefined;
  const here = wallClock(now);
  const first = range.validFrom && range.validFrom > here.date ? range.validFrom : here.date;
  // Eight days: a session that has already started today comes next on the same weekday.
  for (let i = 0; i <= 7; i++) {
    const date = addDays(first, i);
    if (range.validUntil && date > range.validUntil) return undefined;
    const day = weekdayOf(date);
    const next = slots
      .filter((s) => s.day === day && (date > here.date || s.start > here.time))
      .sort((a, b) => a.start.localeCompare(b.start))[0];
    if (next) return { date, ...next };
  }
  return undefined;
}

/** '10:00' → '10', '09:30' → '9.30': the way a time is said in Finland. */
export function shortTime(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return m === '00' ? String(Number(h)) : `${Number(h)}.${m}`;
}

/** The sentence for an occurrence: dates the Finnish way (2.12.) in every language. */
export function describeOccurrence(o: Occurrence, words: Pick<NextSessionData, 'text' | 'days'>): string {
  const [, m, d] = o.date.split('-').map(Number);
  return words.text
    .replace('{w}', () => words.days[WEEK.indexOf(o.day)])
    .replace('{d}', () => `${d}.${m}.`)
    .replace('{t}', () => shortTime(o.start));
}

/** What the placeholder says at `now`, or nothing: old listing, no session in the period. */
export function nextSessionLine(
  data: NextSessionData,
  now: Date,
): { text: string; note?: string; noteLang?: string } | undefined {
  if (isStale(data.verified, now)) return undefined;
  const o = nextSession(data.slots, now, data);
  return o && { text: describeOccurrence(o, data), note: o.note, noteLang: o.noteLang };
}

/**
 * The placeholder's data for a listing, or undefined when it gets no "next time": no weekly
 * times, or times already older than the 12-month rule when the page is built.
 */
export function nextSessionData(
  input: Omit<NextSessionData, 'text' | 'days'>,
  words: { text: string; days: readonly string[] },
  now = new Date(),
): NextSessionData | undefined {
  if (input.slots.length === 0 || isStale(input.verified, now)) return undefined;
  return { ...input, text: words.text, days: [...words.days] };
}
