// Dates, times and phone numbers the Finnish way in every language: 1.3.2025, 10.00.
import { LOCALE, pick, t } from '../i18n';
import type { Day, Lang, Service } from '../schema';

const numericDate = new Intl.DateTimeFormat('fi-FI', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatDate(iso: string): string {
  return numericDate.format(new Date(`${iso}T00:00:00Z`));
}

/** '10:00' → '10.00' */
export function formatTime(hhmm: string): string {
  return hhmm.replace(':', '.');
}

// 2024-01-01 was a Monday: weekday names come from Intl in the page's language.
const DAY_INDEX: Record<Day, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
export function weekdayName(day: Day, lang: Lang): string {
  const d = new Date(Date.UTC(2024, 0, DAY_INDEX[day]));
  const name = new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long', timeZone: 'UTC' }).format(d);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The season a timetable is for, as far as the listing says: its name ("syksy 2025"), its
 * dates, or both. The page, the printed shortlist and the calendar file say it the same way.
 */
export function seasonText(schedule: Service['schedule'], lang: Lang): string | undefined {
  if (!schedule) return undefined;
  const d = t(lang);
  const { validFrom: from, validUntil: until } = schedule;
  const dates =
    from && until
      ? `${formatDate(from)}–${formatDate(until)}`
      : from
        ? d.dateFrom(formatDate(from))
        : until
          ? d.dateUntil(formatDate(until))
          : undefined;
  const name = schedule.period && pick(schedule.period, lang).text;
  return name && dates ? `${name} (${dates})` : (name ?? dates);
}
