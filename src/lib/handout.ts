// What the shortlist shows and prints for each service: name, organiser, where, when,
// cost and phone, already formatted for the page's language.
import { pick, t } from '../i18n';
import { districtName, placeText, type Catalog } from './catalog';
import { formatTime, seasonText, weekdayName } from './format';
import { placeLine, type PlaceWords } from './place';
import { reachOf } from './reach';
import { routes } from './routes';
import { isStale } from './stale';
import { DAYS, type Lang, type Provider, type Service } from '../schema';

export type HandoutItem = {
  i: string;
  u: string;
  t: string;
  p: string;
  a: string[];
  w: string[];
  c: string;
  /** phone, e-mail and web address: the service's own, else its organiser's (as on its page) */
  ph?: string;
  e?: string;
  wb?: string;
};

/** The file the shortlist reads for one service (/oma-lista/tiedot/<id>.json): every language. */
export type HandoutFile = Record<Lang, HandoutItem>;

// On paper a web address or e-mail may be the only way to act, so it is printed too.
function contactOf(s: Service, provider: Provider): Pick<HandoutItem, 'ph' | 'e' | 'wb'> {
  const r = reachOf(s, provider);
  const out: Pick<HandoutItem, 'ph' | 'e' | 'wb'> = {};
  if (r.call) out.ph = r.call.phone;
  if (r.written?.email) out.e = r.written.email;
  if (r.written?.web) out.wb = r.written.web;
  return out;
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
  const silent = words?.askProvider ?? d.askProvider;
  const provider = c.providers.get(s.provider)!;
  const where = s.locations.map((l) =>
    words ? placeLine(l, (id) => districtName(id, c.districtById, lang), words) : placeText(l, c.districtById, lang),
  );
  if (!s.locations.length) where.push(s.channels.map((ch) => d.channel[ch]).join(', '));
  const weekly = [...(s.schedule?.weekly ?? [])].sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day));
  const when = weekly.map(
    (w) => `${weekdayName(w.day, lang)} ${formatTime(w.start)}${w.end ? `–${formatTime(w.end)}` : ''}`,
  );
  if (s.schedule?.hours) when.push(pick(s.schedule.hours, lang).text);
  // On paper too, an old timetable says how old it is before it says the times.
  if (when.length && (words?.flagOldTimetable ?? true) && isStale(s.lastVerified))
    when.unshift(d.scheduleOld(seasonText(s.schedule, lang) ?? s.lastVerified.slice(0, 4)));
  return {
    i: s.id,
    u: routes.service(lang, s.id),
    t: pick(s.title, lang).text,
    p: pick(provider.name, lang).text,
    ...contactOf(s, provider),
    a: where,
    w: when.length ? when : [silent],
    c: s.cost ? d.cost[s.cost.type] + (s.cost.price ? `: ${pick(s.cost.price, lang).text}` : '') : silent,
  };
}
