// How actionable and how fresh the live listings are, as figures: printed by
// `npm run report:content` (scripts/report-content.ts) and held up by the content tests.
import { reachOf } from './reach';
import { AGE_BANDS, factsAge, type AgeBand } from './freshness';
import { isStale } from './stale';
import { PROVIDER_TYPES } from '../schema';
import type { Content } from '../validation/corpus';

export type ContentFigures = {
  live: number;
  providers: number;
  providersByType: Record<(typeof PROVIDER_TYPES)[number], number>;
  parishListings: number;
  withPhone: number;
  /** Live listings whose shown number names the page and date it was read from. */
  withSourcedPhone: number;
  withEmail: number;
  withWayToAct: number;
  withPlace: number;
  withWeeklyTime: number;
  medianSourceYear: number | undefined;
  olderThan12Months: number;
  /** Live listings by the age of their facts: ≤ 1, 1–3, 3–5, over 5 years. */
  byAge: Record<AgeBand, number>;
  /** Live listings whose date is the editor's estimate, not a day anyone checked. */
  estimatedDates: number;
  withoutPhone: string[];
  /** Live listings showing a number with no phoneSource: each needs its page and date. */
  unsourcedPhone: string[];
};

export function contentFigures(content: Pick<Content, 'services' | 'providers'>, now = new Date()): ContentFigures {
  const providers = new Map(content.providers.map((p) => [p.id, p]));
  const live = content.services.filter((s) => s.status !== 'ended');
  const used = new Set(live.map((s) => s.provider));
  const byType = Object.fromEntries(PROVIDER_TYPES.map((t) => [t, 0])) as ContentFigures['providersByType'];
  for (const id of used) {
    const p = providers.get(id);
    if (p) byType[p.type]++;
  }
  const reach = new Map(live.map((s) => [s.id, reachOf(s, providers.get(s.provider))]));
  const count = (f: (s: (typeof live)[number]) => boolean) => live.filter(f).length;
  // A listing is as fresh as its newest source.
  const years = live.map((s) => Math.max(...s.source.map((x) => Number(x.date.slice(0, 4))))).sort((a, b) => a - b);
  const mid = years.length >> 1;
  const ages = new Map(live.map((s) => [s.id, factsAge(s, now)]));
  const byAge = Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<AgeBand, number>;
  for (const a of ages.values()) byAge[a.band]++;
  const shown = (s: (typeof live)[number]) => reach.get(s.id)!.call;
  // The date of the page the call button's number was read from (contact.phoneSource), if any.
  const sourced = (s: (typeof live)[number]) => {
    const r = reach.get(s.id)!;
    return !!(r.call?.organiser ? r.organiser?.phoneDate : r.own.phoneDate);
  };
  return {
    live: live.length,
    providers: used.size,
    providersByType: byType,
    parishListings: count((s) => providers.get(s.provider)?.type === 'parish'),
    withPhone: count((s) => reach.get(s.id)!.ways.includes('phone')),
    withSourcedPhone: count((s) => !!shown(s) && sourced(s)),
    withEmail: count((s) => reach.get(s.id)!.ways.includes('email')),
    withWayToAct: count((s) => reach.get(s.id)!.ways.length > 0),
    withPlace: count((s) => s.locations.some((l) => !!(l.street || l.district || l.coordinates))),
    withWeeklyTime: count((s) => (s.schedule?.weekly.length ?? 0) > 0),
    medianSourceYear: years.length
      ? years.length % 2
        ? years[mid]
        : Math.round((years[mid - 1] + years[mid]) / 2)
      : undefined,
    olderThan12Months: count((s) => isStale(s.lastVerified, now)),
    byAge,
    estimatedDates: count((s) => ages.get(s.id)!.estimated),
    withoutPhone: live
      .filter((s) => !reach.get(s.id)!.ways.includes('phone'))
      .map((s) => s.id)
      .sort(),
    unsourcedPhone: live
      .filter((s) => !!shown(s) && !sourced(s))
      .map((s) => s.id)
      .sort(),
  };
}
