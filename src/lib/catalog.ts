// The content as the pages use it: lookups by id and the few queries many pages share.
// Pure, so that scripts (benchmarks, tile builds) can use it outside Astro. Whatever every
// page needs is worked out here once: a page that walks the whole catalogue makes the build
// grow with the square of its size (bench:scale).
import { freshFirst } from './freshness';
import type {
  AddressSource,
  District,
  Lang,
  MajorDistrict,
  Provider,
  Service,
  ServiceLocation,
  Synonym,
  Theme,
} from '../schema';
import { pick, t } from '../i18n';
import { addressSourcesUsed } from './addresses';
import { distanceKm, type LatLon } from './distance';
import type { MapListDistrict, MapListItem } from './map-list';
import { placeLine } from './place';
import { routes } from './routes';

const collator = new Intl.Collator('fi');

export type Catalog = {
  services: Service[];
  /** Services people can still use: not ended. */
  live: Service[];
  serviceById: Map<string, Service>;
  /** The address data sets the content's points came from, credited under every map. */
  addressSources: AddressSource[];
  providers: Map<string, Provider>;
  themes: Theme[];
  themeById: Map<string, Theme>;
  districts: District[];
  districtById: Map<string, District>;
  majorDistricts: MajorDistrict[];
  synonyms: Synonym[];
};

/** The catalog from plain content: used by the pages (through `catalog()`) and by scripts. */
export function makeCatalog(c: {
  services: Service[];
  providers: Provider[];
  themes: Theme[];
  districts: District[];
  majorDistricts: MajorDistrict[];
  synonyms: Synonym[];
}): Catalog {
  const districts = [...c.districts].sort((a, b) => collator.compare(a.name.fi, b.name.fi));
  return {
    services: c.services,
    live: c.services.filter((s) => s.status !== 'ended'),
    serviceById: new Map(c.services.map((s) => [s.id, s])),
    addressSources: addressSourcesUsed(c.services),
    providers: new Map(c.providers.map((p) => [p.id, p])),
    themes: c.themes,
    themeById: new Map(c.themes.map((x) => [x.id, x])),
    districts,
    districtById: new Map(districts.map((d) => [d.id, d])),
    majorDistricts: c.majorDistricts,
    synonyms: c.synonyms,
  };
}

const answers = new WeakMap<Catalog, Map<string, unknown>>();

/** A question many pages ask of the same catalogue, answered once per build. */
export function once<T>(c: Catalog, question: string, answer: () => T): T {
  let known = answers.get(c);
  if (!known) answers.set(c, (known = new Map()));
  if (!known.has(question)) known.set(question, answer());
  return known.get(question) as T;
}

/** The districts a service has a place in, each once. */
export const districtIdsOf = (s: Service): string[] => [
  ...new Set(s.locations.map((l) => l.district).filter((id): id is string => !!id)),
];

/** Live services with a place in the district. */
export function liveInDistrict(c: Catalog, districtId: string): Service[] {
  return (
    once(c, 'live-by-district', () => {
      const by = new Map<string, Service[]>();
      for (const s of c.live) for (const id of districtIdsOf(s)) (by.get(id) ?? by.set(id, []).get(id)!).push(s);
      return by;
    }).get(districtId) ?? []
  );
}

/** Live services that reach every district (see citywideServices), in title order. */
export const citywideByTitle = (c: Catalog, lang: Lang): Service[] =>
  once(c, `citywide-${lang}`, () => sortByTitle(citywideServices(c.live), lang));

export function sortByTitle(services: Service[], lang: Lang): Service[] {
  return [...services].sort((a, b) => collator.compare(pick(a.title, lang).text, pick(b.title, lang).text));
}

/**
 * A theme's, a district's or an organiser's services: all equally relevant, so on a Swedish or
 * English page the ones offered in that language come first, then those whose facts are
 * current, then the older ones by age band, each group A–Ö.
 */
export const listOrder = (services: Service[], lang: Lang): Service[] => {
  const fresh = freshFirst(sortByTitle(services, lang));
  if (lang === 'fi') return fresh;
  const own = (s: Service) => (s.languages.includes(lang) ? 0 : 1);
  return fresh
    .map((s, i) => ({ s, i }))
    .sort((a, b) => own(a.s) - own(b.s) || a.i - b.i)
    .map((x) => x.s);
};

export const compareText = collator.compare;

/** The letter a service is filed under in the A–Ö index. */
export const titleInitial = (s: Service, lang: Lang) => pick(s.title, lang).text.charAt(0).toLocaleUpperCase('fi');

export type NearbyService = { service: Service; location: ServiceLocation; km: number };

/**
 * For a district page: services with no place in `districtId`, nearest first from `origin`,
 * each with its nearest place. A place known only by its district is measured from that
 * district's point, so distances are approximate and ties are common: ties go by title.
 */
export function nearestElsewhere(
  services: Service[],
  districtId: string,
  origin: LatLon,
  districtById: Map<string, District>,
  lang: Lang,
  limit: number,
): NearbyService[] {
  // Run for every district at any catalogue size: one object per service, none per place,
  // and the distances sorted as plain numbers.
  const out: NearbyService[] = [];
  for (const service of services) {
    if (service.locations.some((l) => l.district === districtId)) continue;
    let km = Infinity;
    let location: ServiceLocation | undefined;
    for (const l of service.locations) {
      const p = placePoint(l, districtById);
      const d = p ? distanceKm(origin, p) : Infinity;
      if (d < km) {
        km = d;
        location = l;
      }
    }
    if (location) out.push({ service, location, km });
  }
  // Titles are compared only among the ones as near as the last kept one.
  const edge = Float64Array.from(out, (x) => x.km).sort()[limit - 1] ?? Infinity;
  const near = out.filter((x) => x.km <= edge);
  const title = (x: NearbyService) => pick(x.service.title, lang).text;
  return near.sort((a, b) => a.km - b.km || collator.compare(title(a), title(b))).slice(0, limit);
}

/** Services without a place: phone, online or home visits reach every district. */
export function citywideServices(services: Service[]): Service[] {
  return services.filter((s) => s.locations.length === 0 || s.channels.some((c) => c !== 'in-person'));
}

/** Services with at least one place a map can show (a point or a district), in title order. */
export function mappableServices(services: Service[], lang: Lang): Service[] {
  return sortByTitle(
    services.filter((s) => s.locations.some((l) => l.district || l.coordinates)),
    lang,
  );
}

/** Where a location is on the map: its own point, its district's point (approximate), or nowhere. */
export function locationPoint(
  loc: ServiceLocation,
  districtById: Map<string, District>,
): { lat: number; lon: number; approx: boolean } | undefined {
  const p = placePoint(loc, districtById);
  return p ? { ...p, approx: !loc.coordinates } : undefined;
}

/** locationPoint without saying whether it is approximate, and without a new object. */
function placePoint(loc: ServiceLocation, districtById: Map<string, District>): LatLon | undefined {
  return loc.coordinates ?? (loc.district ? districtById.get(loc.district)?.point : undefined);
}

/** A location in one line: its address, "somewhere in District X", or "ask the organiser". */
export function placeText(loc: ServiceLocation, districtById: Map<string, District>, lang: Lang): string {
  return placeLine(loc, (id) => districtName(id, districtById, lang), t(lang));
}

export type PopupWords = { provider: string; address?: string; places: [string, string][] };

/**
 * What a map pop-up says of a service under its name (src/client/map/map.ts), read from a card
 * beside the map or from the full map's list: the organiser; every place as [district id, place
 * text], so that it names the place clicked; and the place to name when the clicked one is not
 * among them (the first a marker can stand for).
 */
export function popupWords(
  s: Service,
  c: Pick<Catalog, 'providers' | 'districtById'>,
  lang: Lang,
  marker = markerOf(s, c.districtById),
): PopupWords {
  return {
    provider: pick(c.providers.get(s.provider)!.name, lang).text,
    ...(marker.place ? { address: placeText(marker.place, c.districtById, lang) } : {}),
    places: s.locations.map((l) => [l.district ?? '', placeText(l, c.districtById, lang)]),
  };
}

type Marker = { place?: ServiceLocation; point?: ReturnType<typeof locationPoint> };

/**
 * The place a service's marker stands for, and where the marker is: its first place that can
 * be mapped, else its first place (and no marker).
 */
function markerOf(s: Service, districtById: Map<string, District>): Marker {
  for (const place of s.locations) {
    const point = locationPoint(place, districtById);
    if (point) return { place, point };
  }
  return { place: s.locations[0] };
}

/** Where a service is, in a few words for a list: up to three districts, else how it is given (phone, online…). */
export function whereShort(service: Service, districtById: Map<string, District>, lang: Lang): string {
  const places = [
    ...new Set(service.locations.map((l) => districtName(l.district, districtById, lang)).filter(Boolean)),
  ];
  const d = t(lang);
  return places.length
    ? places.slice(0, 3).join(', ') + (places.length > 3 ? ' …' : '')
    : service.channels
        .filter((c) => c !== 'in-person')
        .map((c) => d.channel[c])
        .join(', ');
}

export function districtName(
  id: string | undefined,
  districtById: Map<string, District>,
  lang: Lang,
): string | undefined {
  const d = id ? districtById.get(id) : undefined;
  return d?.name[lang === 'sv' ? 'sv' : 'fi'];
}

/** Turku postal codes seen in listings, with the district they were given in: for "near me". */
export function postalDistricts(services: Service[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of services)
    for (const l of s.locations) if (l.postalCode && l.district) out[l.postalCode] ??= l.district;
  return out;
}

/**
 * For an ended service's page: live services that share its first theme (then any theme),
 * nearest to its place first when it had one, so the reader has somewhere to go instead.
 */
export function alternativesTo(
  service: Service,
  live: Service[],
  districtById: Map<string, District>,
  lang: Lang,
  limit: number,
): Service[] {
  const origin = service.locations.map((l) => locationPoint(l, districtById)).find(Boolean);
  const rank = (s: Service) => (s.themes.includes(service.themes[0]) ? 0 : 1);
  const km = (s: Service) => {
    if (!origin) return 0;
    const ds = s.locations
      .map((l) => locationPoint(l, districtById))
      .filter((p) => !!p)
      .map((p) => distanceKm(origin, p));
    return ds.length ? Math.min(...ds) : Infinity;
  };
  return sortByTitle(
    live.filter((s) => s.id !== service.id && s.themes.some((t) => service.themes.includes(t))),
    lang,
  )
    .map((s) => ({ s, r: rank(s), k: km(s) }))
    .sort((a, b) => a.r - b.r || a.k - b.k)
    .slice(0, limit)
    .map((x) => x.s);
}

/**
 * The human to call when the site does not help: the advice line's listing (site config),
 * only while it is live and gives a number of its own from its sources.
 */
export function adviceLineOf(
  c: Pick<Catalog, 'serviceById'>,
  id: string,
): { service: Service; phone: string } | undefined {
  const service = c.serviceById.get(id);
  return service?.status !== 'ended' && service?.contact?.phone ? { service, phone: service.contact.phone } : undefined;
}

const bar = (xs: string[]) => `|${[...new Set(xs)].sort().join('|')}|`;

/** The full map's list items (src/lib/map-list.ts) for services that have a place. */
export function mapListItem(s: Service, c: Pick<Catalog, 'providers' | 'districtById'>, lang: Lang): MapListItem {
  const marker = markerOf(s, c.districtById);
  const { point } = marker;
  const provider = c.providers.get(s.provider)!;
  const title = pick(s.title, lang);
  return {
    id: s.id,
    title: title.text,
    ...(title.fallback ? { titleLang: title.lang } : {}),
    href: routes.service(lang, s.id),
    ...popupWords(s, c, lang, marker),
    ...(point ? { lat: point.lat, lon: point.lon } : {}),
    districts: bar(s.locations.flatMap((l) => (l.district ? [l.district] : []))),
    themes: bar(s.themes),
    pt: bar([provider.type]),
    cost: bar(s.cost ? [s.cost.type] : []),
    access: bar(s.locations.flatMap((l) => l.accessibility)),
  };
}

/**
 * Mappable services by district: a service with places in two districts is in both, and a
 * place known only by its coordinates counts in the district whose point is nearest.
 */
export function mappableByDistrict(services: Service[], districtById: Map<string, District>): Map<string, Service[]> {
  const all = [...districtById.values()];
  const nearest = (p: LatLon) => all.reduce((a, b) => (distanceKm(p, b.point) < distanceKm(p, a.point) ? b : a)).id;
  const out = new Map<string, Service[]>();
  for (const s of services)
    for (const d of new Set(
      s.locations.flatMap((l) => (l.district ? [l.district] : l.coordinates ? [nearest(l.coordinates)] : [])),
    ))
      (out.get(d) ?? out.set(d, []).get(d)!).push(s);
  return out;
}

/** The districts the browser can fetch map-list items for, with their points. */
export function mapListDistricts(services: Service[], districtById: Map<string, District>): MapListDistrict[] {
  return [...mappableByDistrict(services, districtById)].map(([id, xs]) => {
    const p = districtById.get(id)!.point;
    return [id, p.lat, p.lon, xs.length];
  });
}
