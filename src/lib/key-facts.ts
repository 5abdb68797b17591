// The five questions a reader asks of a service before anything else: who runs it, when,
// where, what it costs and how to join. Answered in a few words each in the first screen of
// its page (KeyFacts.astro); the printed shortlist (handout.ts) asks the same questions, with
// every place and time in full. What a listing leaves out is said once ("Ask the organiser:
// time, cost"), not as four "ask" lines.
import { pick, t, type Dictionary } from '../i18n';
import { districtName, type Catalog } from './catalog';
import { formatTime, seasonText } from './format';
import { isStale } from './stale';
import { DAYS, type Lang, type Localized, type Service, type ServiceLocation, type WeeklySlot } from '../schema';

export const FACTS = ['when', 'where', 'cost', 'join'] as const;
export type Fact = (typeof FACTS)[number];

/** A piece of a fact's text; `lang` when it is the Finnish text of an untranslated field. */
export type Said = { text: string; lang?: Lang };

export type KeyFacts = {
  who: Said[];
  when?: Said[];
  where?: Said[];
  cost?: Said[];
  join?: Said[];
  /** The facts the listing leaves out, in the order of FACTS. */
  unknown: Fact[];
};

export const plain = (said: Said[] | undefined): string => (said ?? []).map((s) => s.text).join('');

const say = (text: Localized, lang: Lang): Said => {
  const p = pick(text, lang);
  return p.fallback ? { text: p.text, lang: p.lang } : { text: p.text };
};

/** "ma–pe 09.00–12.59, la 10.00": days in a row with the same times share one range. */
export function timesShort(weekly: readonly WeeklySlot[], lang: Lang): string {
  const d = t(lang);
  const sorted = [...weekly].sort(
    (a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.start.localeCompare(b.start),
  );
  const time = (s: WeeklySlot) => `${formatTime(s.start)}${s.end ? `–${formatTime(s.end)}` : ''}`;
  const day = (s: WeeklySlot) => d.weekdaysShort[DAYS.indexOf(s.day)];
  const runs: WeeklySlot[][] = [];
  for (const s of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const next =
      last && !last.note && !s.note && time(last) === time(s) && DAYS.indexOf(s.day) === DAYS.indexOf(last.day) + 1;
    if (next) run!.push(s);
    else runs.push([s]);
  }
  return runs
    .map((run) => {
      const days = run.length > 2 ? `${day(run[0])}–${day(run.at(-1)!)}` : run.map(day).join(', ');
      const note = run[0].note ? ` (${pick(run[0].note, lang).text})` : '';
      return `${days} ${time(run[0])}${note}`;
    })
    .join(', ');
}

/** A place a reader can go to: a street address, a named place or a district, not just "Turku". */
export const isKnownPlace = (l: ServiceLocation): boolean => !!(l.street || l.name || l.district);

/** The places a reader can go to, a few words each: the street address, else the place's name, else the district. */
export function knownPlaces(s: Pick<Service, 'locations'>, nameOf: (district: string) => string | undefined): string[] {
  return s.locations.filter(isKnownPlace).map((l) => l.street ?? l.name ?? nameOf(l.district!) ?? l.city);
}

/** How a service is given without a place ("By phone", "Home visit"), in the page's words. */
export const remoteWays = (s: Pick<Service, 'channels'>, d: Dictionary): string[] =>
  s.channels.filter((c) => c !== 'in-person').map((c) => d.channel[c]);

export function keyFacts(s: Service, c: Pick<Catalog, 'providers' | 'districtById'>, lang: Lang): KeyFacts {
  const d = t(lang);
  const out: KeyFacts = { who: [say(c.providers.get(s.provider)!.name, lang)], unknown: [] };

  const weekly = s.schedule?.weekly ?? [];
  if (weekly.length) {
    // Times copied from an old source say so at once: they must never read as this week's.
    const old = isStale(s.lastVerified)
      ? ` (${d.timetableOld(seasonText(s.schedule, lang) ?? s.lastVerified.slice(0, 4))})`
      : '';
    out.when = [{ text: timesShort(weekly, lang) + old }];
  } else if (s.schedule?.hours) out.when = [say(s.schedule.hours, lang)];
  else out.unknown.push('when');

  // The place, else how it is given without one: "By phone" is the answer to "where" only
  // when there is no place to go to.
  const places = knownPlaces(s, (id) => districtName(id, c.districtById, lang));
  const remote = remoteWays(s, d);
  if (places.length)
    out.where = [{ text: places[0] + (places.length > 1 ? ` ${d.morePlaces(places.length - 1)}` : '') }];
  else if (remote.length) out.where = [{ text: remote.join(' · ') }];
  // A service met in person whose place no source gives: the place is asked about, even when
  // it can also be used by phone or online.
  if (!places.length && (!remote.length || s.channels.includes('in-person'))) out.unknown.push('where');

  // "Free" says it all; what a free service's price text adds is for the section below.
  if (s.cost) {
    out.cost = [{ text: d.cost[s.cost.type] }];
    if (s.cost.price && s.cost.type !== 'free') out.cost.push({ text: ': ' }, say(s.cost.price, lang));
  }
  // "Paid", and no price: the amount is asked about, as on the page's cost section.
  if (!s.cost || (!s.cost.price && s.cost.type !== 'free')) out.unknown.push('cost');

  if (s.join) out.join = [{ text: d.join[s.join.type] }];
  else out.unknown.push('join');
  return out;
}

/** "aika, hinta": the words after "Ask the organiser" for the facts a listing leaves out. */
export const unknownWords = (unknown: readonly Fact[], d: Dictionary): string =>
  unknown.map((f) => d.unknownFact[f]).join(', ');
