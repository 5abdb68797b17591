// Writing what PTV says into a listing's YAML: a new file, an update of the fields PTV owns that
// keeps everything else (and every comment) as the editor wrote it, or the end of a listing whose
// service left the catalogue. Texts in, texts out; scripts/content-write.ts does the YAML and the files.
import { isMap, isNode, isSeq, type Document, type YAMLMap } from 'yaml';
import type { Localized, Source } from '../../src/schema/common';
import { editYaml, newYaml } from '../content-write';
import { fit, PTV_SOURCE_TITLE, ptvServiceUrl, type Mapped, type MappedLocation } from './map';

/**
 * The fields PTV owns: rewritten from the catalogue on every run. Everything else in a listing
 * belongs to the editor. Two are partial: of `source` only the catalogue's own entry, and of each
 * location only name, street, postal code, city and coordinates (an editor's district,
 * accessibility and bus lines stay with the place they were written for). docs/ptv.md lists them.
 */
export const PTV_OWNED = [
  'title',
  'summary',
  'contact.phone',
  'contact.phoneHours',
  'contact.phoneSource',
  'contact.web',
  'locations',
  'channels',
  'schedule.hours',
  'lastVerified',
  'verifiedBy',
  'ptv',
  'source',
] as const;
export type OwnedField = (typeof PTV_OWNED)[number];

/** Location fields PTV owns; the others (district, accessibility, accessibilityNotes, busLines) are the editor's. */
const LOCATION_OWNED = ['name', 'street', 'postalCode', 'city', 'coordinates'] as const;

/** Why a listing ends when its service leaves PTV. */
export const REMOVED_REASON: Localized = {
  fi: 'Palvelu on poistettu valtakunnallisesta palvelutietovarannosta (Suomi.fi-palvelutietovaranto, PTV).',
  sv: 'Tjänsten har tagits bort från det nationella servicedatalagret (Suomi.fi-servicedatalagret, PTV).',
  en: 'The service was removed from the national service catalogue (Suomi.fi Finnish Service Catalogue, PTV).',
};

// Where a key goes when a file does not have it yet: the order of the schema (src/schema/service.ts).
const ORDER: Record<string, string[]> = {
  '': [
    'id',
    'status',
    'title',
    'summary',
    'description',
    'provider',
    'themes',
    'audience',
    'cost',
    'join',
    'languages',
    'channels',
    'locations',
    'schedule',
    'contact',
    'statusNote',
    'lastVerified',
    'verifiedBy',
    'ptv',
    'source',
  ],
  contact: ['name', 'phone', 'phoneHours', 'phoneSource', 'email', 'web'],
  schedule: ['weekly', 'hours', 'period', 'validFrom', 'validUntil'],
};

const toJS = (v: unknown): unknown => (isNode(v) ? v.toJSON() : v);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return (
      ka.length === kb.length &&
      ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

/** Drops undefined values, so that they never reach the YAML. */
function defined<T>(v: T): T {
  if (Array.isArray(v)) return v.map(defined) as T;
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .map(([k, x]) => [k, defined(x)]),
    ) as T;
  return v;
}

/**
 * Sets `path` to `value` (undefined: removes it, and a parent map it leaves empty). Nothing is
 * touched when the value is already there, so an editor's layout (flow style, quotes) and
 * comments survive a run that changes nothing.
 */
function put(doc: Document, path: string[], value: unknown): void {
  if (value === undefined) {
    if (!doc.hasIn(path)) return;
    doc.deleteIn(path);
    for (let p = path.slice(0, -1); p.length; p = p.slice(0, -1)) {
      const parent = doc.getIn(p, true);
      if (isMap(parent) && parent.items.length === 0) doc.deleteIn(p);
      else break;
    }
    return;
  }
  value = defined(value);
  if (doc.hasIn(path)) {
    if (same(toJS(doc.getIn(path, true)), value)) return;
    doc.setIn(path, doc.createNode(value));
    return;
  }
  const parentPath = path.slice(0, -1);
  let parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  if (!isMap(parent)) {
    put(doc, parentPath, {});
    parent = doc.getIn(parentPath, true);
  }
  insertOrdered(doc, parent as YAMLMap, path[path.length - 1], value, ORDER[parentPath.join('.')]);
}

function insertOrdered(doc: Document, map: YAMLMap, key: string, value: unknown, order?: string[]) {
  const pair = doc.createPair(key, value);
  const rank = order ? order.indexOf(key) : -1;
  if (rank >= 0) {
    const at = map.items.findIndex((p) => {
      const k = String(toJS(p.key));
      const r = order!.indexOf(k);
      return r > rank;
    });
    if (at >= 0) {
      map.items.splice(at, 0, pair);
      return;
    }
  }
  map.items.push(pair);
}

/** Is this `source` entry the catalogue's entry for service `ptv`? */
export function isPtvSource(url: unknown, ptv: string): boolean {
  if (typeof url !== 'string') return false;
  const u = url.toLowerCase();
  return u.includes(ptv.toLowerCase()) && (u.includes('palvelutietovaranto') || u.includes('suomi.fi/palvelut'));
}

/** Replaces the PTV entry of `source` in place (or adds it last); the other entries stay. */
function putPtvSource(doc: Document, ptv: string, entry: Source): void {
  const seq = doc.get('source', true);
  if (!isSeq(seq)) {
    put(doc, ['source'], [entry]);
    return;
  }
  const at = seq.items.findIndex((item) => isPtvSource(toJS(isMap(item) ? item.get('url', true) : undefined), ptv));
  if (at < 0) {
    seq.items.push(doc.createNode(defined(entry)));
    return;
  }
  if (same(toJS(seq.items[at]), defined(entry))) return;
  seq.items[at] = doc.createNode(defined(entry));
}

const normal = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** PTV's locations, each with the editor's own fields of the existing place it matches (same street, else same name). */
function mergeLocations(existing: unknown, fresh: MappedLocation[]): Record<string, unknown>[] {
  const old = Array.isArray(existing) ? (existing as Record<string, unknown>[]) : [];
  const used = new Set<number>();
  return fresh.map((loc) => {
    let i = loc.street ? old.findIndex((o, j) => !used.has(j) && normal(o?.street) === normal(loc.street)) : -1;
    if (i < 0 && loc.name) i = old.findIndex((o, j) => !used.has(j) && normal(o?.name) === normal(loc.name));
    const out: Record<string, unknown> = { ...loc };
    if (i >= 0) {
      used.add(i);
      for (const [k, v] of Object.entries(old[i] ?? {}))
        if (!(LOCATION_OWNED as readonly string[]).includes(k) && v !== undefined) out[k] = v;
    }
    return out;
  });
}

/** The value `mapped` gives one owned field. */
function ownedValue(field: OwnedField, m: Mapped): unknown {
  switch (field) {
    case 'title':
      return m.title;
    case 'summary':
      return m.summary;
    case 'contact.phone':
      return m.contact.phone;
    case 'contact.phoneHours':
      return m.contact.phone ? m.contact.phoneHours : undefined;
    case 'contact.phoneSource':
      return m.contact.phone ? m.contact.phoneSource : undefined;
    case 'contact.web':
      return m.contact.web;
    case 'locations':
      return m.locations;
    case 'channels':
      return m.channels;
    case 'schedule.hours':
      return m.hours;
    case 'lastVerified':
      return m.lastVerified;
    case 'verifiedBy':
      return m.verifiedBy;
    case 'ptv':
      return m.ptv;
    case 'source':
      return m.source;
  }
}

/** An existing listing with the fields PTV owns rewritten from `mapped`; the rest as it was. */
export function updateListing(text: string, mapped: Mapped): string {
  return editYaml(text, (doc) => {
    for (const field of PTV_OWNED) {
      const value = ownedValue(field, mapped);
      if (field === 'source') putPtvSource(doc, mapped.ptv, value as Source);
      else if (field === 'locations') {
        const merged = mergeLocations(toJS(doc.get('locations', true)), mapped.locations);
        // An empty list is only written over a list that is there.
        if (merged.length || doc.has('locations')) put(doc, ['locations'], merged);
      } else put(doc, field.split('.'), value);
    }
  });
}

/** A new listing for a service, with the header that says where it comes from. */
export function newListing(id: string, m: Mapped): string {
  const data = defined({
    id,
    title: m.title,
    summary: m.summary,
    provider: m.provider,
    themes: m.themes,
    audience: ['65+'],
    cost: m.cost,
    languages: m.languages,
    channels: m.channels,
    locations: m.locations.length ? m.locations : undefined,
    schedule: m.hours || m.weekly ? { weekly: m.weekly, hours: m.hours } : undefined,
    contact: Object.keys(defined(m.contact)).length ? m.contact : undefined,
    lastVerified: m.lastVerified,
    verifiedBy: m.verifiedBy,
    ptv: m.ptv,
    source: [m.source],
  });
  return newYaml(
    data,
    ' Tuotu Suomi.fi-palvelutietovarannosta (PTV) / imported from the national service catalogue PTV:\n' +
      ' npm run ptv:import. PTV:n kentät päivittyvät joka ajossa, muut ovat toimittajan (docs/ptv.md).\n' +
      ' Fields PTV owns are rewritten on every run; the others are the editor’s (docs/ptv.md).',
  );
}

export type Removal = { ptv: string; since: string; name: string; api: string };

/** A listing whose service left PTV: ended, with the reason and the catalogue as its source. */
export function endListing(text: string, r: Removal): string {
  return editYaml(text, (doc) => {
    put(doc, ['status'], 'ended');
    put(doc, ['statusNote'], { since: r.since, reason: REMOVED_REASON });
    putPtvSource(doc, r.ptv, {
      url: ptvServiceUrl(r.api, r.ptv),
      date: r.since,
      title: fit(`${PTV_SOURCE_TITLE}: ${r.name}`, 200),
    });
  });
}
