// The directory as Open Referral HSDS 3.0 records: one pure mapping from the validated content
// to flat tables (the HSDS tabular form), from which the CSV files, the nested JSON documents
// and the build-time check are all made. Every record remembers the listing file and field it
// came from, so that a record HSDS refuses can be traced back to what an editor wrote.
//
// Choices the standard leaves open, and why:
// - Text is Finnish, the one language every listing has: an HSDS field holds one language.
//   The Swedish and English texts are on the site's pages (and in /data/palvelut.geojson).
// - Status: `active` → `active`; `paused` → `temporarily closed` (HSDS's word for a service that
//   is expected back); `ended` → `inactive`: the listing knows the service is not running, not
//   that the organisation is gone, which `defunct` would claim. Ended services stay in the export
//   so that consumers can retire their copy; the reason and date are in `alert`.
// - A place known only by its district gets no latitude/longitude (no point is invented); its
//   description says "somewhere in District X", as the page does.
// - HSDS requires a postal code and a region for an address. A street without a postal code
//   (or in a town outside Varsinais-Suomi) gets no address record; the street is still in the
//   location's description.
// - Weekly times are local Turku time (Europe/Helsinki). No UTC offset is written: a fixed
//   offset would be wrong for half of the year (summer time).
// - Ids are UUID v5 of the project's own ids ("service:<id>", "location:<id>/<n>", …): stable
//   from build to build as long as the listing keeps its id and the order of its places.
import type { Catalog } from '../catalog';
import { placeText } from '../catalog';
import { routes } from '../routes';
import { fi } from '../../i18n/fi';
import { formatDate } from '../format';
import type { Day, Provider, Service, ServiceLocation } from '../../schema';
import { uuidv5 } from './uuid';

export type Value = string | number;
export type Row = { id: string; [field: string]: Value | undefined };

/** The HSDS tables the export fills, by their resource name in HSDS's datapackage.json. */
export const TABLES = [
  'organization',
  'organization_identifier',
  'service',
  'location',
  'service_at_location',
  'address',
  'phone',
  'contact',
  'schedule',
  'cost_option',
  'language',
  'accessibility',
  'taxonomy',
  'taxonomy_term',
  'attribute',
] as const;
export type Table = (typeof TABLES)[number];

/** Where a record comes from: the listing file, the part of it, and the field behind each HSDS field. */
export type Origin = { file: string; path: string; fields?: Record<string, string> };

export type Hsds = {
  tables: Record<Table, Row[]>;
  /** origins[table][i] is where tables[table][i] comes from. */
  origins: Record<Table, Origin[]>;
  /**
   * Not HSDS: the pages each listing's facts come from, one row each, so that a re-user can
   * credit them as the licence asks. HSDS has no field for a record's sources.
   */
  sources: Row[];
};

export const SOURCE_COLUMNS = ['id', 'service_id', 'url', 'title', 'date', 'date_estimated', 'notice'] as const;

/** The Turku region's municipalities: an address elsewhere cannot be given its region honestly. */
const VARSINAIS_SUOMI = new Set([
  'Aura',
  'Kaarina',
  'Kemiönsaari',
  'Koski Tl',
  'Kustavi',
  'Laitila',
  'Lieto',
  'Loimaa',
  'Marttila',
  'Masku',
  'Mynämäki',
  'Naantali',
  'Nousiainen',
  'Oripää',
  'Paimio',
  'Parainen',
  'Pyhäranta',
  'Pöytyä',
  'Raisio',
  'Rusko',
  'Salo',
  'Sauvo',
  'Somero',
  'Taivassalo',
  'Turku',
  'Uusikaupunki',
  'Vehmaa',
]);
const REGION = 'Varsinais-Suomi';

const BYDAY: Record<Day, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

export const STATUS: Record<Service['status'], 'active' | 'temporarily closed' | 'inactive'> = {
  active: 'active',
  paused: 'temporarily closed',
  ended: 'inactive',
};

const THEMES_TAXONOMY = {
  name: `${fi.siteName}: ${fi.themesTitle}`,
  description: 'Aiheet, joihin Palvelutori Turku jakaa palvelut. Palvelulla on 1–4 aihetta.',
};

/** Ids are derived from the project's own ids, each kind in its own name space. */
export const hsdsId = {
  organization: (providerId: string) => uuidv5(`organization:${providerId}`),
  service: (serviceId: string) => uuidv5(`service:${serviceId}`),
  location: (serviceId: string, n: number) => uuidv5(`location:${serviceId}/${n}`),
  taxonomyTerm: (themeId: string) => uuidv5(`taxonomy_term:theme/${themeId}`),
};
const id = (kind: string, key: string) => uuidv5(`${kind}:${key}`);

/** An organiser's or a service's phone line, and the content fields it comes from. */
const phoneOf = (
  owner: { organization_id: string } | { service_id: string },
  key: string,
  contact: { phone?: string; phoneHours?: { fi?: string } },
) => ({ id: id('phone', key), ...owner, number: contact.phone, type: 'voice', description: contact.phoneHours?.fi });
const PHONE_FIELDS = { number: 'contact.phone', description: 'contact.phoneHours.fi' };

export const serviceFile = (serviceId: string) => `content/services/${serviceId}.yaml`;
export const providerFile = (providerId: string) => `content/providers/${providerId}.yaml`;
const THEMES_FILE = 'content/themes.yaml';

/** Drops empty fields: HSDS leaves out what is not known, and so does the CSV (an empty cell). */
function row<T extends Row>(r: T): T {
  for (const k of Object.keys(r)) if (r[k] === undefined || r[k] === '') delete r[k];
  return r;
}

// Both the content schema and HSDS accept a web address, but HSDS wants it in its encoded form
// (a raw "ä" in a path is not a URI); URL gives every address in that form.
const uri = (s: string | undefined) => (s ? new URL(s).href : undefined);
const time = (hhmm: string) => `${hhmm}:00`;

export function toHsds(c: Catalog, site: string): Hsds {
  const tables = Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Record<Table, Row[]>;
  const sources: Row[] = [];
  const origins = Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Record<Table, Origin[]>;
  const add = (table: Table, r: Row, origin: Origin) => {
    tables[table].push(row(r));
    origins[table].push(origin);
  };
  const page = (path: string) => new URL(path, site).href;

  for (const p of [...c.providers.values()].sort((a, b) => a.id.localeCompare(b.id))) addProvider(p);
  addThemes();
  for (const s of [...c.services].sort((a, b) => a.id.localeCompare(b.id))) addService(s);
  return { tables, origins, sources };

  function addProvider(p: Provider) {
    const file = providerFile(p.id);
    const orgId = hsdsId.organization(p.id);
    const other = [p.name.sv, p.name.en].find((n) => n && n !== p.name.fi);
    add(
      'organization',
      {
        id: orgId,
        name: p.name.fi,
        alternate_name: other,
        // HSDS requires a description; a provider without one is described by its kind.
        description: p.description?.fi ?? fi.providerType[p.type],
        email: p.contact?.email,
        website: uri(p.contact?.web),
        legal_status: fi.providerType[p.type],
        uri: page(routes.provider('fi', p.id)),
      },
      {
        file,
        path: '',
        fields: {
          name: 'name.fi',
          alternate_name: 'name',
          description: 'description.fi',
          email: 'contact.email',
          website: 'contact.web',
          legal_status: 'type',
        },
      },
    );
    if (p.businessId)
      add(
        'organization_identifier',
        {
          id: id('organization_identifier', p.id),
          organization_id: orgId,
          // org-id.guide's code for the Finnish trade register (PRH), which issues the Y-tunnus.
          identifier_scheme: 'FI-PRO',
          identifier_type: 'Y-tunnus',
          identifier: p.businessId,
        },
        { file, path: 'businessId', fields: { identifier: 'businessId' } },
      );
    if (p.contact?.phone)
      add('phone', phoneOf({ organization_id: orgId }, `organization/${p.id}`, p.contact), {
        file,
        path: 'contact',
        fields: PHONE_FIELDS,
      });
    const a = p.contact?.address;
    if (a)
      addPlace(
        {
          id: id('location', `organization/${p.id}`),
          location_type: 'postal',
          organization_id: orgId,
          name: p.name.fi,
          description: [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].join(', '),
        },
        a,
        { file, path: 'contact.address' },
      );
  }

  /**
   * A location and its address record, for an organiser's postal address and a service's
   * place alike: the two differed only in their type and their fields.
   */
  function addPlace(
    location: {
      id: string;
      location_type: 'physical' | 'postal';
      organization_id: string;
      [field: string]: Value | undefined;
    },
    a: { street?: string; postalCode?: string; city: string },
    origin: Origin,
  ) {
    add('location', location, origin);
    if (!a.street || !a.postalCode || !VARSINAIS_SUOMI.has(a.city)) return;
    add(
      'address',
      {
        id: uuidv5(`address:${location.id}`),
        location_id: location.id,
        address_1: a.street,
        city: a.city,
        state_province: REGION,
        postal_code: a.postalCode,
        country: 'FI',
        address_type: location.location_type,
      },
      {
        ...origin,
        fields: {
          address_1: `${origin.path}.street`,
          postal_code: `${origin.path}.postalCode`,
          city: `${origin.path}.city`,
        },
      },
    );
  }

  function addThemes() {
    const taxonomyId = id('taxonomy', 'themes');
    add(
      'taxonomy',
      {
        id: taxonomyId,
        name: THEMES_TAXONOMY.name,
        description: THEMES_TAXONOMY.description,
        uri: page(routes.themes('fi')),
      },
      { file: THEMES_FILE, path: '' },
    );
    c.themes.forEach((t, i) => {
      add(
        'taxonomy_term',
        {
          id: hsdsId.taxonomyTerm(t.id),
          code: t.id,
          name: t.name.fi,
          description: t.description.fi,
          taxonomy: THEMES_TAXONOMY.name,
          taxonomy_id: taxonomyId,
          language: 'fi',
          term_uri: page(routes.theme('fi', t.id)),
        },
        {
          file: THEMES_FILE,
          path: `[${i}]`,
          fields: { code: `[${i}].id`, name: `[${i}].name.fi`, description: `[${i}].description.fi` },
        },
      );
    });
  }

  function addService(s: Service) {
    const file = serviceFile(s.id);
    const sid = hsdsId.service(s.id);
    const at = (path: string, fields?: Record<string, string>): Origin => ({ file, path, fields });
    const onlyAges = s.audience.every((a) => a === '65+' || a === '75+');
    const since = s.statusNote?.since;
    add(
      'service',
      {
        id: sid,
        organization_id: hsdsId.organization(s.provider),
        name: s.title.fi,
        description: [s.summary.fi, s.description?.fi].filter(Boolean).join('\n\n'),
        // The service's own page when it has one, else its page here: either way a reader lands somewhere useful.
        url: uri(s.contact?.web) ?? page(routes.service('fi', s.id)),
        email: s.contact?.email,
        status: STATUS[s.status],
        application_process: s.join ? (s.join.instructions?.fi ?? fi.join[s.join.type]) : undefined,
        fees_description: s.cost ? [fi.cost[s.cost.type], s.cost.price?.fi].filter(Boolean).join('. ') : undefined,
        eligibility_description: s.audience.map((a) => fi.audience[a]).join(', '),
        // Only when every group named is an age group: "caregivers" may be any age.
        minimum_age: onlyAges ? Math.min(...s.audience.map((a) => (a === '75+' ? 75 : 65))) : undefined,
        assured_date: s.lastVerified,
        alert:
          s.status === 'active'
            ? undefined
            : [
                s.status === 'ended'
                  ? since
                    ? fi.endedSince(formatDate(since))
                    : fi.serviceEnded
                  : since
                    ? fi.pausedSince(formatDate(since))
                    : fi.servicePaused,
                s.statusNote?.reason.fi,
              ]
                .filter(Boolean)
                .join(' '),
      },
      at('', {
        name: 'title.fi',
        description: 'summary.fi',
        url: 'contact.web',
        email: 'contact.email',
        status: 'status',
        application_process: 'join.instructions.fi',
        fees_description: 'cost',
        eligibility_description: 'audience',
        minimum_age: 'audience',
        assured_date: 'lastVerified',
        alert: 'statusNote',
      }),
    );

    s.themes.forEach((theme, i) =>
      add(
        'attribute',
        {
          id: id('attribute', `${s.id}/theme/${theme}`),
          link_id: sid,
          link_entity: 'service',
          taxonomy_term_id: hsdsId.taxonomyTerm(theme),
        },
        at(`themes[${i}]`, { taxonomy_term_id: `themes[${i}]` }),
      ),
    );

    if (s.contact?.phone)
      add('phone', phoneOf({ service_id: sid }, `service/${s.id}`, s.contact), at('contact', PHONE_FIELDS));
    if (s.contact?.name)
      add(
        'contact',
        { id: id('contact', s.id), service_id: sid, name: s.contact.name, email: s.contact.email },
        at('contact', { name: 'contact.name', email: 'contact.email' }),
      );

    s.languages.forEach((code, i) =>
      add(
        'language',
        { id: id('language', `${s.id}/${code}`), service_id: sid, name: fi.language[code], code },
        at(`languages[${i}]`),
      ),
    );

    if (s.cost)
      add(
        'cost_option',
        {
          id: id('cost_option', s.id),
          service_id: sid,
          option: fi.cost[s.cost.type],
          // Only "free" has an amount the listing states; a price in words stays words.
          amount: s.cost.type === 'free' ? 0 : undefined,
          currency: s.cost.type === 'free' ? 'EUR' : undefined,
          amount_description: s.cost.price?.fi,
        },
        at('cost', { option: 'cost.type', amount_description: 'cost.price.fi' }),
      );

    const notes = s.schedule?.period ? fi.schedulePeriod(s.schedule.period.fi) : undefined;
    s.schedule?.weekly.forEach((slot, i) =>
      add(
        'schedule',
        {
          id: id('schedule', `${s.id}/weekly/${i}`),
          service_id: sid,
          freq: 'WEEKLY',
          byday: BYDAY[slot.day],
          opens_at: time(slot.start),
          closes_at: slot.end ? time(slot.end) : undefined,
          description: slot.note?.fi,
          notes,
        },
        at(`schedule.weekly[${i}]`, {
          byday: `schedule.weekly[${i}].day`,
          opens_at: `schedule.weekly[${i}].start`,
          closes_at: `schedule.weekly[${i}].end`,
          notes: 'schedule.period',
        }),
      ),
    );
    if (s.schedule?.hours)
      add(
        'schedule',
        { id: id('schedule', `${s.id}/hours`), service_id: sid, description: s.schedule.hours.fi, notes },
        at('schedule.hours', { description: 'schedule.hours.fi' }),
      );

    s.locations.forEach((loc, i) => addLocation(s, loc, i, at));
    s.source.forEach((src, i) =>
      sources.push(
        row({
          id: id('source', `${s.id}/${i}`),
          service_id: sid,
          // The organiser's own notice has no address: its row names who sent it instead.
          url: uri(src.url),
          title: src.title ?? src.by,
          date: src.date,
          date_estimated: src.dateEstimated ? 'true' : 'false',
          notice: src.notice ? 'true' : 'false',
        }),
      ),
    );
  }

  function addLocation(
    s: Service,
    loc: ServiceLocation,
    i: number,
    at: (path: string, fields?: Record<string, string>) => Origin,
  ) {
    const path = `locations[${i}]`;
    const locId = hsdsId.location(s.id, i);
    addPlace(
      {
        id: locId,
        location_type: 'physical',
        organization_id: hsdsId.organization(s.provider),
        name: loc.name,
        description: placeText(loc, c.districtById, 'fi'),
        transportation: loc.busLines.length ? `${fi.busLines} ${loc.busLines.join(', ')}` : undefined,
        latitude: loc.coordinates?.lat,
        longitude: loc.coordinates?.lon,
      },
      loc,
      at(path, {
        name: `${path}.name`,
        latitude: `${path}.coordinates.lat`,
        longitude: `${path}.coordinates.lon`,
        transportation: `${path}.busLines`,
      }),
    );
    add(
      'service_at_location',
      { id: id('service_at_location', `${s.id}/${i}`), service_id: hsdsId.service(s.id), location_id: locId },
      at(path),
    );
    loc.accessibility.forEach((feature, j) =>
      add(
        'accessibility',
        {
          id: id('accessibility', `${s.id}/${i}/${feature}`),
          location_id: locId,
          description: fi.accessibility[feature],
        },
        at(`${path}.accessibility[${j}]`),
      ),
    );
    if (loc.accessibilityNotes)
      add(
        'accessibility',
        { id: id('accessibility', `${s.id}/${i}/notes`), location_id: locId, description: loc.accessibilityNotes.fi },
        at(`${path}.accessibilityNotes`, { description: `${path}.accessibilityNotes.fi` }),
      );
  }
}

/** The parent key a nested record drops: in the nested form its place says whose it is. */
function without(r: Row, ...keys: string[]): Row {
  const out = { ...r };
  for (const k of keys) delete out[k];
  return out;
}
const by = (rows: Row[], key: string) => {
  const m = new Map<Value, Row[]>();
  for (const r of rows) if (r[key] !== undefined) m.set(r[key], [...(m.get(r[key]) ?? []), r]);
  return (v: Value) => m.get(v) ?? [];
};
const some = <T>(xs: T[]) => (xs.length ? xs : undefined);

/**
 * Services in HSDS's nested form (as in its example `service_full.json`): each with its
 * organization, phones, schedules, places, languages, costs, contacts and themes.
 */
export function nestedServices(h: Hsds): Record<string, unknown>[] {
  const t = h.tables;
  const orgs = new Map(t.organization.map((o) => [o.id, o]));
  const terms = new Map(t.taxonomy_term.map((x) => [x.id, x]));
  const taxonomies = new Map(t.taxonomy.map((x) => [x.id, x]));
  const phonesOf = by(t.phone, 'service_id');
  const schedulesOf = by(t.schedule, 'service_id');
  const salOf = by(t.service_at_location, 'service_id');
  const languagesOf = by(t.language, 'service_id');
  const costsOf = by(t.cost_option, 'service_id');
  const contactsOf = by(t.contact, 'service_id');
  const attributesOf = by(t.attribute, 'link_id');
  const location = nestLocation(h);
  return t.service.map((s) => ({
    ...without(s, 'organization_id'),
    organization: orgs.get(s.organization_id as string),
    phones: some(phonesOf(s.id).map((p) => without(p, 'service_id'))),
    schedules: some(schedulesOf(s.id).map((x) => without(x, 'service_id'))),
    service_at_locations: some(
      salOf(s.id).map((sal) => ({
        ...without(sal, 'service_id', 'location_id'),
        location: location(sal.location_id as string),
      })),
    ),
    languages: some(languagesOf(s.id).map((l) => without(l, 'service_id'))),
    cost_options: some(costsOf(s.id).map((x) => without(x, 'service_id'))),
    contacts: some(contactsOf(s.id).map((x) => without(x, 'service_id'))),
    attributes: some(
      attributesOf(s.id).map((a) => {
        const term = terms.get(a.taxonomy_term_id as string)!;
        return {
          ...without(a, 'link_id'),
          taxonomy_term: { ...term, taxonomy_detail: taxonomies.get(term.taxonomy_id as string) },
        };
      }),
    ),
  }));
}

function nestLocation(h: Hsds) {
  const t = h.tables;
  const locations = new Map(t.location.map((l) => [l.id, l]));
  const addressesOf = by(t.address, 'location_id');
  const accessibilityOf = by(t.accessibility, 'location_id');
  return (locationId: string) => {
    const l = locations.get(locationId)!;
    return {
      ...without(l, 'organization_id'),
      addresses: some(addressesOf(l.id).map((a) => without(a, 'location_id'))),
      accessibility: some(accessibilityOf(l.id).map((a) => without(a, 'location_id'))),
    };
  };
}

/** Organizations in HSDS's nested form (as in `organization_full.json`, without services). */
export function nestedOrganizations(h: Hsds): Record<string, unknown>[] {
  const t = h.tables;
  const phonesOf = by(t.phone, 'organization_id');
  const identifiersOf = by(t.organization_identifier, 'organization_id');
  const postalOf = by(
    t.location.filter((l) => l.location_type === 'postal'),
    'organization_id',
  );
  const location = nestLocation(h);
  return t.organization.map((o) => ({
    ...o,
    phones: some(phonesOf(o.id).map((p) => without(p, 'organization_id'))),
    locations: some(postalOf(o.id).map((l) => location(l.id))),
    organization_identifiers: some(identifiersOf(o.id).map((x) => without(x, 'organization_id'))),
  }));
}

/** Taxonomy terms in the nested form of HSDS's `taxonomy_term.json` example. */
export function nestedTaxonomyTerms(h: Hsds): Record<string, unknown>[] {
  const taxonomies = new Map(h.tables.taxonomy.map((x) => [x.id, x]));
  return h.tables.taxonomy_term.map((term) => ({
    ...term,
    taxonomy_detail: taxonomies.get(term.taxonomy_id as string),
  }));
}
