// Which listings get a calendar file, and what it says. A weekly time goes into a calendar only
// while the listing is live and checked within 12 months (the rule in stale.ts): a calendar
// would repeat an old time every week with no sign of its age. Pure: `now` is passed in.
import { pick, t } from '../i18n';
import { DAYS, type District, type Lang, type Service } from '../schema';
import { placeText } from './catalog';
import { formatDate, seasonText } from './format';
import { writeCalendar, type WeeklyEvent } from './ics';
import { routes } from './routes';
import { factsAge } from './freshness';
import { isStale, staleFrom } from './stale';

type WeeklySlot = NonNullable<Service['schedule']>['weekly'][number];

export interface CalendarSlot {
  slot: WeeklySlot;
  /** The first occurrence (YYYY-MM-DD). */
  first: string;
  /** The last day an occurrence may fall on (YYYY-MM-DD). */
  last: string;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The first date on or after `from` that falls on `day`. */
export function firstOnOrAfter(from: string, day: WeeklySlot['day']): string {
  const start = dayMs(from);
  // getUTCDay: Sunday 0 … Saturday 6; DAYS: Monday 0 … Sunday 6.
  const weekday = (new Date(start).getUTCDay() + 6) % 7;
  return isoDay(start + ((DAYS.indexOf(day) - weekday + 7) % 7) * DAY_MS);
}

/**
 * The weekly times a calendar may offer, each with its first and last day: from the season's
 * start (else the day the listing was checked) to the season's end or the day before the
 * listing turns stale, whichever comes first. Empty when the listing gets no calendar.
 */
export function calendarSlots(service: Service, now: Date): CalendarSlot[] {
  const schedule = service.schedule;
  if (service.status !== 'active' || !schedule?.weekly.length || isStale(service.lastVerified, now)) return [];
  const from = schedule.validFrom ?? service.lastVerified;
  const trusted = isoDay(dayMs(staleFrom(service.lastVerified)) - DAY_MS);
  const last = schedule.validUntil && schedule.validUntil < trusted ? schedule.validUntil : trusted;
  // A season that is over offers nothing to add.
  if (last < now.toISOString().slice(0, 10)) return [];
  return [...schedule.weekly]
    .sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.start.localeCompare(b.start))
    .map((slot) => ({ slot, first: firstOnOrAfter(from, slot.day), last }))
    .filter((s) => s.first <= s.last);
}

export interface CalendarContext {
  lang: Lang;
  /** The site's address (astro.config.mjs `site`): event addresses and UIDs are absolute. */
  site: URL;
  districtById: Map<string, District>;
  now: Date;
}

/** One event per weekly time of a listing, in the reader's language. */
export function serviceEvents(service: Service, c: CalendarContext): WeeklyEvent[] {
  const d = t(c.lang);
  const url = new URL(routes.service(c.lang, service.id), c.site).href;
  const title = pick(service.title, c.lang).text;
  // A place goes into LOCATION only when there is one with a street address: with several,
  // the listing does not say which time is where.
  const place = service.locations.length === 1 ? service.locations[0] : undefined;
  const season = seasonText(service.schedule, c.lang);
  const hours = service.schedule?.hours && pick(service.schedule.hours, c.lang).text;
  const seen = new Map<string, number>();
  return calendarSlots(service, c.now).map(({ slot, first, last }) => {
    const key = `${service.id}-${slot.day}-${slot.start.replace(':', '')}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    // The note may be the only place that says "even weeks only": it goes into the name.
    const note = slot.note && pick(slot.note, c.lang).text;
    return {
      uid: `${key}${n > 1 ? `-${n}` : ''}@${c.site.hostname}`,
      stamp: service.lastVerified,
      date: first,
      start: slot.start,
      end: slot.end,
      day: slot.day,
      until: last,
      summary: note ? `${title} (${note})` : title,
      description: [
        pick(service.summary, c.lang).text,
        season && d.schedulePeriod(season),
        hours,
        !slot.end && d.calendarNoEnd,
        // An estimated date is never called "checked", in a calendar either.
        factsAge(service).estimated
          ? d.factsYearEstimated(service.lastVerified.slice(0, 4))
          : d.calendarChecked(formatDate(service.lastVerified)),
        url,
      ]
        .filter(Boolean)
        .join('\n'),
      location: place?.street ? placeText(place, c.districtById, c.lang) : undefined,
      geo: place?.coordinates,
      url,
    };
  });
}

/** The calendar file of one listing. */
export function serviceCalendar(service: Service, c: CalendarContext): string {
  return writeCalendar({ name: pick(service.title, c.lang).text, events: serviceEvents(service, c) });
}

/**
 * A theme's calendar: every listing of the theme that gets one. It exists even when it has no
 * events, so that a calendar subscribed to it empties instead of failing.
 */
export function themeCalendar(name: string, services: Service[], c: CalendarContext): string {
  return writeCalendar({
    name: `${name} – ${t(c.lang).siteName}`,
    events: services.flatMap((s) => serviceEvents(s, c)),
  });
}
