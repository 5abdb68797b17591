// What the shortlist shows, prints and e-mails for each service: the key facts of its page's
// first screen (src/lib/key-facts.ts), every way to reach it and the year of its facts,
// already formatted for the page's language.
import { pick, t } from '../i18n';
import { districtName, placeText, type Catalog } from './catalog';
import { ageShort, factsAge } from './freshness';
import { formatTime, seasonText, weekdayName } from './format';
import { isKnownPlace, keyFacts, plain, remoteWays, unknownWords } from './key-facts';
import { placeLine, type PlaceWords } from './place';
import { reachOf, type ContactSet } from './reach';
import { routes } from './routes';
import { isStale } from './stale';
import { DAYS, type Lang, type Service } from '../schema';

/** One set of contact routes: a phone with its hours, an e-mail, a web address. */
export type HandoutContact = { ph?: string; h?: string; e?: string; wb?: string };

export type HandoutItem = {
  i: string;
  u: string;
  t: string;
  /** the organiser */
  p: string;
  /** where, when and cost: empty or absent when the listing does not say (see `q`) */
  a: string[];
  w: string[];
  c?: string;
  /** how to join */
  j?: string;
  /** what to ask the organiser about ("aika, hinta"), when the listing leaves something out */
  q?: string;
  /** the year of the facts, as a card says it */
  y: string;
  /** the service's own contact, and its organiser's general one where the service lacks one (as on its page) */
  o?: HandoutContact;
  g?: HandoutContact;
};

/** The file the shortlist reads for one service (/oma-lista/tiedot/<id>.json): every language. */
export type HandoutFile = Record<Lang, HandoutItem>;

// On paper every route is all there is: a web address or e-mail may be the only way to act.
function contactOf(c: ContactSet | undefined, lang: Lang): HandoutContact | undefined {
  if (!c) return undefined;
  const out: HandoutContact = {};
  if (c.phone) out.ph = c.phone;
  if (c.phone && c.phoneHours) out.h = pick(c.phoneHours, lang).text;
  if (c.email) out.e = c.email;
  if (c.web) out.wb = c.web;
  return Object.keys(out).length ? out : undefined;
}

/**
 * Other words for what a listing leaves out, for a reader who is not the shortlist's. The
 * shortlist says "ask the organiser" and flags an old timetable; the re-check round
 * (scripts/recheck) describes a listing to its own organiser, so it says "not known" where the
 * listing is silent (`askProvider`, also for the time and cost), names a bare district its own
 * way (`somewhereIn`), and gives the date of the facts on a line of its own (`flagOldTimetable`).
 */
export type HandoutWords = PlaceWords & { flagOldTimetable: boolean };

/** One service as the shortlist shows and prints it; the browser reads it from `routes.handout`. */
export function handoutItem(
  s: Service,
  c: Pick<Catalog, 'providers' | 'districtById'>,
  lang: Lang,
  words?: HandoutWords,
): HandoutItem {
  const d = t(lang);
  const provider = c.providers.get(s.provider)!;
  const facts = keyFacts(s, c, lang);
  const nameOf = (id: string) => districtName(id, c.districtById, lang);
  // Every place in full on paper, where the page's first screen names the first; then how it
  // is given without a place ("By phone"). A place given only as "Turku" is asked about.
  const where = words
    ? s.locations.map((l) => placeLine(l, nameOf, words))
    : s.locations.filter(isKnownPlace).map((l) => placeText(l, c.districtById, lang));
  const remote = words ? (s.locations.length ? [] : s.channels.map((ch) => d.channel[ch])) : remoteWays(s, d);
  if (remote.length) where.push(remote.join(', '));
  const weekly = [...(s.schedule?.weekly ?? [])].sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day));
  const when = weekly.map(
    (w) => `${weekdayName(w.day, lang)} ${formatTime(w.start)}${w.end ? `–${formatTime(w.end)}` : ''}`,
  );
  if (s.schedule?.hours) when.push(pick(s.schedule.hours, lang).text);
  // On paper too, an old timetable says how old it is before it says the times.
  if (when.length && (words?.flagOldTimetable ?? true) && isStale(s.lastVerified))
    when.unshift(d.scheduleOld(seasonText(s.schedule, lang) ?? s.lastVerified.slice(0, 4)));
  const r = reachOf(s, provider);
  const item: HandoutItem = {
    i: s.id,
    u: routes.service(lang, s.id),
    t: pick(s.title, lang).text,
    p: pick(provider.name, lang).text,
    a: where,
    w: when,
    y: ageShort(factsAge(s), d),
  };
  const own = contactOf(r.own, lang);
  const organiser = contactOf(r.organiser, lang);
  if (own) item.o = own;
  if (organiser) item.g = organiser;
  // On paper the price text is whole, also a free service's ("coffee 1 euro").
  if (s.cost) item.c = d.cost[s.cost.type] + (s.cost.price ? `: ${pick(s.cost.price, lang).text}` : '');
  if (facts.join) item.j = plain(facts.join);
  if (words) {
    // A reader who is not the shortlist's is told per field what is not known.
    if (!when.length) item.w = [words.askProvider];
    if (!item.c) item.c = words.askProvider;
  } else if (facts.unknown.length) item.q = unknownWords(facts.unknown, d);
  return item;
}
