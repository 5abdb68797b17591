// How old a listing's facts are, and how to say it. A reader weighs "checked last month" and
// "from 2013, never confirmed since" very differently, so the words change with the age, and a
// date an editor only estimated is never called "checked". Used by the service page, cards,
// quick find, search results, the handout and the content report, so that all say the same.
import type { Dictionary } from '../i18n';
import type { Service, Verifier } from '../schema';
import { monthsBetween } from './stale';

/** Fresher first; the index is the rank lists and searches use to break ties. */
export const AGE_BANDS = ['current', 'recent', 'old', 'very-old'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export type FactsAge = {
  /** The day the facts were last confirmed, or the editor's estimate of it. */
  date: string;
  year: string;
  /** ≤ 1 year, 1–3 years, 3–5 years, over 5 years. */
  band: AgeBand;
  /** Nobody checked on that day: the editor dated undated pages from what they say. */
  estimated: boolean;
  by?: Verifier;
};

type Dated = Pick<Service, 'lastVerified' | 'source'> & { verifiedBy?: Verifier };

export function bandOf(months: number): AgeBand {
  return months < 12 ? 'current' : months < 36 ? 'recent' : months < 60 ? 'old' : 'very-old';
}

/**
 * A listing's `lastVerified` is an estimate when no one confirmed it (no `verifiedBy`) and the
 * sources dated that day are all ones whose date the editor estimated.
 */
export function factsAge(s: Dated, now: Date = new Date()): FactsAge {
  const date = s.lastVerified;
  const sameDay = s.source.filter((x) => x.date === date);
  const estimated = !s.verifiedBy && sameDay.length > 0 && sameDay.every((x) => x.dateEstimated);
  return {
    date,
    year: date.slice(0, 4),
    band: bandOf(monthsBetween(date, now)),
    estimated,
    by: s.verifiedBy,
  };
}

/** 0 for the freshest band: sort ascending to put fresh listings first among equals. */
export const ageRank = (band: AgeBand): number => AGE_BANDS.indexOf(band);

/**
 * The words next to the facts on a service page: what is known of their age, and for facts
 * over a year old what to do about it. `canCall` picks "call before you go" over "ask".
 */
export function ageParts(
  age: FactsAge,
  d: Dictionary,
  canCall: boolean,
  // The date's words come from the caller (src/lib/format.ts): this module is in quick find's and
  // the search page's scripts, which must not carry the dictionaries format.ts reads.
  formatDate: (iso: string) => string,
): { fact: string; advice?: string } {
  if (age.band === 'current') {
    if (age.estimated) return { fact: d.factsYearEstimated(age.year) };
    const day = formatDate(age.date);
    const by = age.by === 'organiser' ? d.factsConfirmedByOrganiser : age.by === 'ptv' ? d.factsFromPtv : d.lastChecked;
    return { fact: by(day) };
  }
  if (age.band === 'very-old') return { fact: d.factsNotConfirmed(age.year) };
  return { fact: d.factsMayHaveChanged(age.year), advice: canCall ? d.callBeforeYouGo : d.askBeforeYouGo };
}

/** The two short wordings; the dictionaries have them, and the search page gets them as templates. */
export type AgeWords = { checkedYear: (y: string) => string; factsYear: (y: string) => string };

/** A card's or a result's few words: the year, plainly, and "checked" only when it was. */
export function ageShort(age: Pick<FactsAge, 'band' | 'estimated' | 'year'>, w: AgeWords): string {
  return age.band === 'current' && !age.estimated ? w.checkedYear(age.year) : w.factsYear(age.year);
}

/**
 * Relevance first; among results about equally relevant, fresher facts first. `cost` is lower
 * for a better match; two costs within `tie` of each other count as equal. Stable: equals in
 * both keep the order they came in (the title order of a list, the search engine's own order).
 */
export function relevanceThenFreshness<T>(
  items: readonly T[],
  cost: (item: T) => number,
  band: (item: T) => AgeBand | undefined,
  tie = 0.01,
): T[] {
  const tier = (x: T) => Math.round(cost(x) / tie);
  const rank = (x: T) => {
    const b = band(x);
    return b ? ageRank(b) : AGE_BANDS.length;
  };
  return [...items].sort((a, b) => tier(a) - tier(b) || rank(a) - rank(b));
}

/** A list of equals (a theme's or a district's services) with fresher facts first, stably. */
export const freshFirst = <T extends Parameters<typeof factsAge>[0]>(items: readonly T[], now = new Date()): T[] =>
  relevanceThenFreshness(
    items,
    () => 0,
    (s) => factsAge(s, now).band,
  );
