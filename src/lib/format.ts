// Dates, times and phone numbers the Finnish way in every language: 1.3.2025, 10.00.
import { LOCALE } from '../i18n';
import type { Day, Lang } from '../schema';

const numericDate = new Intl.DateTimeFormat('fi-FI', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });

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
