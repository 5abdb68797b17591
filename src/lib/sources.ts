// How a listing's sources read on its page: a web page as a link with its date, the
// organiser's own notice (sent with the form; it has no address) by the day it was sent.
import type { Dictionary } from '../i18n';
import type { Source } from '../schema';
import { formatDate } from './format';

export type SourceLabel = { href: string; text: string; date: string; estimated: boolean } | { text: string };

export function sourceLabel(s: Source, d: Dictionary): SourceLabel {
  if (s.notice) return { text: d.ownNotice(formatDate(s.date)) };
  return { href: s.url, text: s.title ?? s.url, date: formatDate(s.date), estimated: !!s.dateEstimated };
}

/** The same page, or the same day's own notice: listed once. */
export const sameSource = (a: Source, b: Source): boolean =>
  a.notice ? !!b.notice && a.date === b.date : a.url === b.url;
