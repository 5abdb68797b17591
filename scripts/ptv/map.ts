// PTV → our listing, as pure functions: a v11 service and its channels in, the fields PTV owns
// (merge.ts PTV_OWNED) and the starting values of a new listing out. No files, no network.
import proj4 from 'proj4';
import { slugify } from '../../src/lib/slug';
import { TURKU_BOUNDS, type Localized, type Source } from '../../src/schema/common';
import { SERVED_LANGUAGES, type Channel, type Day, type ServedLanguage } from '../../src/schema/service';
import type { V11Address, V11Channel, V11LanguageItem, V11Phone, V11Service, V11ServiceHour, V11WebPage } from './v11';

const LANGS = ['fi', 'sv', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** EPSG:3067, ETRS-TM35FIN: PTV gives `latitude` as northing and `longitude` as easting in metres. */
export const TM35FIN = '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

/** The title of the PTV entry in `source` (and of `contact.phoneSource`). */
export const PTV_SOURCE_TITLE = 'Suomi.fi-palvelutietovaranto (PTV)';

export type MappedLocation = {
  name?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  coordinates?: { lat: number; lon: number };
};
export type WeeklySlot = { day: Day; start: string; end?: string };

/** What one PTV service says, in our terms. */
export type Mapped = {
  ptv: string;
  title: Localized;
  summary: Localized;
  channels: Channel[];
  locations: MappedLocation[];
  /** schedule.hours */
  hours?: Localized;
  contact: { phone?: string; phoneHours?: Localized; phoneSource?: Source; web?: string };
  lastVerified: string;
  verifiedBy: 'ptv';
  /** The PTV entry of `source`. */
  source: Source;
  // Only for a new listing; an existing one keeps the editor's values.
  provider: string;
  themes: string[];
  languages?: ServedLanguage[];
  cost?: { type: 'free' | 'fee' };
  weekly?: WeeklySlot[];
};

export type MapContext = {
  /** The API base, for the addresses in `source` and `phoneSource`. */
  api: string;
  provider: string;
  themes: Record<string, string>;
  defaultTheme: string;
};

export type MapResult = { ok: true; listing: Mapped; warnings: string[] } | { ok: false; reason: string };

// ---------------------------------------------------------------------------------------------
// Texts

/** One line of plain text: no tags, no runs of white space. */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `s` cut at a word to at most `max` characters, with an ellipsis when cut. */
export function fit(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '') + '…';
}

function pick(items: V11LanguageItem[], lang: Lang, type?: string): string | undefined {
  const one = items.find(
    (i) => i.language === lang && cleanText(i.value) && (!type || (i as { type?: string | null }).type === type),
  );
  return one ? cleanText(one.value) : undefined;
}

/** A localized text from a PTV list, Finnish required; other languages only when PTV has them. */
function localized(
  items: V11LanguageItem[],
  type: string | undefined,
  max: number,
  cut: (lang: Lang) => void,
): Localized | undefined {
  const out: Partial<Localized> = {};
  for (const lang of LANGS) {
    const v = pick(items, lang, type);
    if (!v) continue;
    const f = fit(v, max);
    if (f !== v) cut(lang);
    out[lang] = f;
  }
  return out.fi ? (out as Localized) : undefined;
}

const dayOf = (dateTime: string) => dateTime.slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Phones

/** A PTV phone as our phone format (src/schema/common.ts `phone`), or undefined for a foreign one. */
export function normalisePhone(
  p: Pick<V11Phone, 'number' | 'prefixNumber' | 'isFinnishServiceNumber'>,
): string | undefined {
  let digits = p.number.replace(/\D/g, '');
  const prefix = (p.prefixNumber ?? '').replace(/\s/g, '');
  if (p.number.trim().startsWith('+')) {
    if (!digits.startsWith('358')) return undefined;
    digits = digits.slice(3);
  } else if (!p.isFinnishServiceNumber && prefix && prefix !== '+358' && prefix !== '00358') return undefined;
  const national = digits.startsWith('0') ? digits : `0${digits}`;
  if (national.length < 6 || national.length > 13) return undefined;
  return formatFinnish(national);
}

/** 022626000 → "02 262 6000", 0401234567 → "040 123 4567", 02330000 → "02 330 000", 080012345 → "0800 12345". */
export function formatFinnish(n: string): string {
  const area = /^0(?:[1-3]00|600|700|800)/.test(n) ? 4 : /^0(?:4\d|50|10|20|29|30|39|71|73|75|1[3-9])/.test(n) ? 3 : 2;
  const rest = n.slice(area);
  const groups: string[] = [];
  let r = rest;
  while (r.length > 5) {
    groups.push(r.slice(0, 3));
    r = r.slice(3);
  }
  if (r) groups.push(r);
  return [n.slice(0, area), ...groups].join(' ');
}

// ---------------------------------------------------------------------------------------------
// Places

/** PTV coordinates (ETRS-TM35FIN metres, or degrees) as WGS84, or undefined when unusable or outside TURKU_BOUNDS. */
export function toCoordinates(
  latitude: string | number | null | undefined,
  longitude: string | number | null | undefined,
): { lat: number; lon: number } | undefined {
  const a = typeof latitude === 'number' ? latitude : Number(String(latitude ?? '').trim() || NaN);
  const b = typeof longitude === 'number' ? longitude : Number(String(longitude ?? '').trim() || NaN);
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0 || b === 0) return undefined;
  let lat = a;
  let lon = b;
  if (Math.abs(a) > 90 || Math.abs(b) > 180) [lon, lat] = proj4(TM35FIN, 'WGS84', [b, a]);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  lat = round(lat);
  lon = round(lon);
  const inside =
    lat >= TURKU_BOUNDS.minLat &&
    lat <= TURKU_BOUNDS.maxLat &&
    lon >= TURKU_BOUNDS.minLon &&
    lon <= TURKU_BOUNDS.maxLon;
  return inside ? { lat, lon } : undefined;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep, ch) => sep + ch.toUpperCase());

/** One visiting address of a service location channel as a location, or undefined for an address we cannot show. */
export function mapAddress(a: V11Address, name: string | undefined): MappedLocation | undefined {
  if (a.type && a.type !== 'Location' && a.type !== 'Visiting') return undefined;
  const loc: MappedLocation = {};
  if (name) loc.name = name;
  const postalCode = (s?: string | null) => (s && /^\d{5}$/.test(s.trim()) ? s.trim() : undefined);
  if (a.streetAddress && (a.subType === 'Single' || a.subType === 'Street' || !a.subType)) {
    const s = a.streetAddress;
    const street = pick(s.street, 'fi') ?? s.street.map((x) => cleanText(x.value)).find(Boolean);
    if (street) loc.street = fit(cleanText(`${street} ${s.streetNumber ?? ''}`), 120);
    const pc = postalCode(s.postalCode);
    if (pc) loc.postalCode = pc;
    const city = (s.municipality && pick(s.municipality.name, 'fi')) ?? pick(s.postOffice, 'fi');
    if (city) loc.city = fit(titleCase(city), 40);
    const c = toCoordinates(s.latitude, s.longitude);
    if (c) loc.coordinates = c;
  } else if (a.otherAddress && a.subType === 'Other') {
    const o = a.otherAddress;
    const pc = postalCode(o.postalCode);
    if (pc) loc.postalCode = pc;
    const city = pick(o.postOffice, 'fi');
    if (city) loc.city = fit(titleCase(city), 40);
    const c = toCoordinates(o.latitude, o.longitude);
    if (c) loc.coordinates = c;
  } else return undefined; // a post office box or an address abroad is not a place to go to
  return loc;
}

// ---------------------------------------------------------------------------------------------
// Hours

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_IDS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_NAMES: Record<Lang, string[]> = {
  fi: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
  sv: ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const CLOCK: Record<Lang, string> = { fi: 'klo ', sv: 'kl. ', en: '' };
const ALWAYS: Record<Lang, string> = { fi: 'avoinna aina', sv: 'alltid öppet', en: 'always open' };
const BOOKING: Record<Lang, string> = { fi: 'ajanvarauksella', sv: 'enligt tidsbokning', en: 'by appointment' };
const CLOSED: Record<Lang, string> = { fi: 'suljettu', sv: 'stängt', en: 'closed' };

/** "08:00:00" → "08:00", or undefined. "24:00" is kept (midnight at the end of a day). */
function hhmm(t: string | null | undefined): string | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec((t ?? '').trim());
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) return undefined;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}
function clock(t: string, lang: Lang): string {
  const [h, m] = t.split(':');
  const hour = String(Number(h));
  if (lang === 'en') return `${hour}:${m}`;
  return m === '00' ? hour : `${hour}.${m}`;
}
function date(d: string | null | undefined, lang: Lang): string {
  if (!d) return '';
  const [y, m, day] = d.slice(0, 10).split('-');
  return lang === 'en' ? d.slice(0, 10) : `${Number(day)}.${Number(m)}.${y}`;
}

/** Days (0 = Monday) with their opening ranges, of one "DaysOfTheWeek" or "OverMidnight" entry. */
function openings(h: V11ServiceHour): Map<number, [string, string][]> | undefined {
  const byDay = new Map<number, [string, string][]>();
  for (const o of h.openingHour) {
    const day = WEEKDAYS.indexOf(o.dayFrom ?? '');
    const from = hhmm(o.from);
    const to = hhmm(o.to);
    if (day < 0 || !from || !to) return undefined;
    byDay.set(day, [...(byDay.get(day) ?? []), [from, to]]);
  }
  for (const ranges of byDay.values()) ranges.sort((x, y) => x[0].localeCompare(y[0]));
  return byDay;
}

function entryText(h: V11ServiceHour, lang: Lang): string | undefined {
  let body: string | undefined;
  if (h.isAlwaysOpen) body = ALWAYS[lang];
  else if (h.isReservation) body = BOOKING[lang];
  else if (h.isClosed) body = CLOSED[lang];
  else {
    const byDay = openings(h);
    if (byDay?.size) {
      const key = (d: number) =>
        (byDay.get(d) ?? [])
          .map(([f, t]) => `${clock(f, lang)}–${clock(t === '00:00' ? '24:00' : t, lang)}`)
          .join(', ');
      const segments: string[] = [];
      for (let d = 0; d < 7; d++) {
        if (!byDay.has(d)) continue;
        let end = d;
        while (end + 1 < 7 && byDay.has(end + 1) && key(end + 1) === key(d)) end++;
        const days = end === d ? DAY_NAMES[lang][d] : `${DAY_NAMES[lang][d]}–${DAY_NAMES[lang][end]}`;
        segments.push(`${days} ${CLOCK[lang]}${key(d)}`);
        d = end;
      }
      body = segments.join(', ');
    }
  }
  const info = pick(h.additionalInformation, lang);
  const text = body && info ? `${body} (${info})` : (body ?? info);
  if (!text) return undefined;
  const period =
    !h.validForNow && (h.validFrom || h.validTo) ? `${date(h.validFrom, lang)}–${date(h.validTo, lang)}: ` : '';
  return period + text;
}

/**
 * Regular service hours as text per language ("ma–pe klo 9–15"). Exceptional hours (holidays) are
 * left out: they are dated and would soon be out of date here. Finnish is required.
 */
export function hoursText(hours: V11ServiceHour[]): Localized | undefined {
  const regular = hours.filter((h) => h.serviceHourType !== 'Exceptional');
  const out: Partial<Localized> = {};
  for (const lang of LANGS) {
    const parts = regular.map((h) => entryText(h, lang)).filter((t): t is string => !!t);
    if (parts.length) out[lang] = parts.join('; ');
  }
  return out.fi ? (out as Localized) : undefined;
}

/**
 * The weekly slots of regular hours, only when they are unambiguous: one current entry of the
 * days of the week, each opening within one day.
 */
export function weeklySlots(hours: V11ServiceHour[]): WeeklySlot[] | undefined {
  const regular = hours.filter((h) => h.serviceHourType !== 'Exceptional');
  if (regular.length !== 1) return undefined;
  const h = regular[0];
  if (h.serviceHourType !== 'DaysOfTheWeek' || h.isAlwaysOpen || h.isReservation || h.isClosed) return undefined;
  if (!h.validForNow && (h.validFrom || h.validTo)) return undefined;
  const byDay = openings(h);
  if (!byDay?.size) return undefined;
  const slots: WeeklySlot[] = [];
  for (const [d, ranges] of [...byDay].sort((x, y) => x[0] - y[0]))
    for (const [start, end] of ranges) {
      if (start >= end || end > '23:59') return undefined;
      slots.push({ day: DAY_IDS[d], start, end });
    }
  return slots.length <= 50 ? slots : undefined;
}

// ---------------------------------------------------------------------------------------------
// Themes, ids

/** Our themes from PTV service classes: the class's own code, then its parent's; the default when none. */
export function themesFor(classes: string[], map: Record<string, string>, fallback: string): string[] {
  const out: string[] = [];
  for (const c of classes) {
    for (let code: string | undefined = c; code; code = code.includes('.') ? code.replace(/\.\d+$/, '') : undefined)
      if (map[code]) {
        if (!out.includes(map[code])) out.push(map[code]);
        break;
      }
  }
  return out.length ? out.slice(0, 4) : [fallback];
}

/** A file name and id from a Finnish name, not yet in `taken` (which it joins). */
export function uniqueId(name: string, taken: Set<string>): string {
  let base = slugify(name).replace(/-+$/, '');
  if (!/[a-z]/.test(base)) base = base ? `palvelu-${base}` : 'palvelu';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60 - String(n).length - 1)}-${n}`;
  taken.add(id);
  return id;
}

// ---------------------------------------------------------------------------------------------
// The service

const webUrl = (w: V11WebPage[]): string | undefined => {
  const ok = w.filter((p) => p.url && /^https?:\/\/[^\s]+$/i.test(p.url.trim()) && p.url.trim().length <= 500);
  const one = ok.find((p) => p.language === 'fi') ?? ok[0];
  return one?.url?.trim();
};

export const ptvServiceUrl = (api: string, id: string) => `${api.replace(/\/$/, '')}/Service/${id}`;
export const ptvChannelUrl = (api: string, id: string) => `${api.replace(/\/$/, '')}/ServiceChannel/${id}`;

/** The PTV entry of `source` for a service. */
export function ptvSource(api: string, id: string, date: string, name: string): Source {
  return { url: ptvServiceUrl(api, id), date, title: fit(`${PTV_SOURCE_TITLE}: ${name}`, 200) };
}

export function mapService(service: V11Service, channels: Map<string, V11Channel>, ctx: MapContext): MapResult {
  const warnings: string[] = [];
  const cut = (what: string) => (lang: Lang) => warnings.push(`${what} (${lang}) was too long and was shortened`);
  const title = localized(service.serviceNames, 'Name', 90, cut('the name'));
  if (!title) return { ok: false, reason: 'has no name in Finnish' };
  const summary =
    localized(service.serviceDescriptions, 'Summary', 300, cut('the summary')) ??
    localized(service.serviceDescriptions, 'Description', 300, cut('the description used as a summary'));
  if (!summary) return { ok: false, reason: 'has no summary or description in Finnish' };

  const links = service.serviceChannels.flatMap((link) => {
    const channel = channels.get(link.serviceChannel.id);
    if (!channel || channel.publishingStatus !== 'Published') {
      warnings.push(`channel ${link.serviceChannel.id} is not published and was left out`);
      return [];
    }
    return [{ link, channel }];
  });
  const ofType = (t: string) => links.filter((l) => l.channel.serviceChannelType === t);
  const channelName = (c: V11Channel, lang: Lang = 'fi') => pick(c.serviceChannelNames, lang, 'Name');
  const hoursOf = (l: (typeof links)[number]) =>
    l.link.serviceHours.length ? l.link.serviceHours : l.channel.serviceHours;

  // Phone: the first phone channel with a Finnish number; the connection's own numbers come first.
  const contact: Mapped['contact'] = {};
  for (const l of ofType('Phone')) {
    const own = l.link.contactDetails?.phoneNumbers ?? [];
    const numbers = (own.length ? own : l.channel.phoneNumbers)
      .filter((p) => !p.type || p.type === 'Phone')
      .sort((a, b) => Number(b.language === 'fi') - Number(a.language === 'fi'));
    const phone = numbers.map(normalisePhone).find(Boolean);
    if (!phone) {
      if (numbers.length) warnings.push(`phone channel ${l.channel.id} has no Finnish number we can use`);
      continue;
    }
    contact.phone = phone;
    const hours = hoursText(hoursOf(l));
    if (hours) contact.phoneHours = fitLocalized(hours, 200, cut('the phone hours'));
    contact.phoneSource = {
      url: ptvChannelUrl(ctx.api, l.channel.id),
      date: dayOf(l.channel.modified),
      title: fit(`${PTV_SOURCE_TITLE}: ${channelName(l.channel) ?? title.fi}`, 200),
    };
    break;
  }

  // Places: every visiting address of every service location channel.
  const locationLinks = ofType('ServiceLocation');
  const locations: MappedLocation[] = [];
  for (const l of locationLinks) {
    const name = channelName(l.channel);
    const visiting = l.channel.addresses.filter((a) => a.type === 'Location' || a.type === 'Visiting');
    const mapped = visiting.map((a) => mapAddress(a, name && fit(name, 120))).filter((x): x is MappedLocation => !!x);
    if (!mapped.length) mapped.push(name ? { name: fit(name, 120) } : {});
    locations.push(...mapped);
  }
  if (locations.length > 30) {
    warnings.push(`${locations.length} locations, only the first 30 were kept`);
    locations.length = 30;
  }

  // Opening hours of the places.
  const placeHours = locationLinks
    .map((l) => ({ l, text: hoursText(hoursOf(l)) }))
    .filter((x): x is { l: (typeof links)[number]; text: Localized } => !!x.text);
  let hours: Localized | undefined;
  if (placeHours.length === 1) hours = placeHours[0].text;
  else if (placeHours.length > 1) {
    const out: Partial<Localized> = {};
    for (const lang of LANGS) {
      const parts = placeHours
        .filter((p) => p.text[lang])
        .map((p) => `${channelName(p.l.channel, lang) ?? channelName(p.l.channel) ?? ''}: ${p.text[lang]}`);
      if (parts.length) out[lang] = parts.join('; ');
    }
    hours = out.fi ? (out as Localized) : undefined;
  }
  if (hours) hours = fitLocalized(hours, 300, cut('the opening hours'));
  const weekly =
    locationLinks.length === 1 && locations.length === 1 ? weeklySlots(hoursOf(locationLinks[0])) : undefined;

  // Web: a web page channel, then an e-service, then the connections' and other channels' pages.
  const web =
    ofType('WebPage')
      .map((l) => webUrl(l.channel.webPages))
      .find(Boolean) ??
    ofType('EChannel')
      .map((l) => webUrl(l.channel.webPages))
      .find(Boolean) ??
    links.map((l) => webUrl(l.link.contactDetails?.webPages ?? [])).find(Boolean) ??
    links.map((l) => webUrl(l.channel.webPages)).find(Boolean);
  if (web) contact.web = web;

  const channelList: Channel[] = [];
  if (locations.length) channelList.push('in-person');
  if (contact.phone) channelList.push('phone');
  if (!channelList.length && web) channelList.push('online');
  if (!channelList.length) return { ok: false, reason: 'has no service location, phone number or web page in PTV' };

  const lastVerified = dayOf(service.modified);
  const languages = service.languages.filter((l): l is ServedLanguage =>
    (SERVED_LANGUAGES as readonly string[]).includes(l),
  );
  const listing: Mapped = {
    ptv: service.id.toLowerCase(),
    title,
    summary,
    channels: channelList,
    locations,
    hours,
    contact,
    lastVerified,
    verifiedBy: 'ptv',
    source: ptvSource(ctx.api, service.id.toLowerCase(), lastVerified, title.fi),
    provider: ctx.provider,
    themes: themesFor(service.serviceClasses.map((c) => c.code ?? '').filter(Boolean), ctx.themes, ctx.defaultTheme),
    languages: languages.length ? [...new Set(languages)] : undefined,
    cost:
      service.serviceChargeType === 'FreeOfCharge'
        ? { type: 'free' }
        : service.serviceChargeType === 'Chargeable'
          ? { type: 'fee' }
          : undefined,
    weekly: weekly?.length ? weekly : undefined,
  };
  return { ok: true, listing, warnings };
}

function fitLocalized(t: Localized, max: number, cut: (lang: Lang) => void): Localized {
  const out: Partial<Localized> = {};
  for (const lang of LANGS) {
    const v = t[lang];
    if (!v) continue;
    out[lang] = fit(v, max);
    if (out[lang] !== v) cut(lang);
  }
  return out as Localized;
}
