// Points for street addresses. `npm run addresses:import` (scripts/map/import-addresses.ts)
// stores an index of Turku's address points in .cache/; the build gives every location with a
// street address and no coordinates the point its address has there, marked with the data set
// it came from, so that the map can credit it. Pure: the index is read in src/validation/fs.ts.
import type { AddressSource, Service, ServiceLocation } from '../schema';

/** The stored index: small enough to read on every build (about 1 MB for the whole city). */
export type AddressIndex = {
  version: 1;
  source: AddressSource;
  /** The address or file it was imported from, and when. */
  from: string;
  importedAt: string;
  /** Normalised Finnish street name → normalised house number → [lon, lat] (WGS84). */
  streets: Record<string, Record<string, [number, number]>>;
  /** Normalised Swedish street name → its normalised Finnish name. */
  aliases: Record<string, string>;
};

export type AddressMiss = 'no-number' | 'no-street' | 'no-number-match';
export type AddressMatch = { point: [number, number] } | { miss: AddressMiss };

/** "Itäinen  Rantakatu" and "itäinen rantakatu" are one street. */
export function normaliseStreet(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('fi')
    .replace(/[‐-―]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "15 a", "15a" and "15 A" are one house number, "15a". A range keeps both ends ("1-3"). The
 * letter of a Finnish address is either a house's own letter or a staircase, and the two are
 * written alike; lookups try the number without it too (lookupAddress).
 */
export function normaliseNumber(number: string): string {
  return number.normalize('NFC').toLocaleLowerCase('fi').replace(/[‐-―]/g, '-').replace(/\s+/g, '');
}

// A street address as written in listings: the street, then the house number (perhaps a range),
// perhaps a letter, then anything (a staircase's flat number "5 A 9", ", 2. krs").
const ADDRESS = /^(.*?[^\d\s])\s+(\d+(?:\s*[-‐-―]\s*\d+)?)(?:\s*([a-zåäö])(?![a-zåäö]))?(?:[^\da-zåäö].*)?$/i;

/** `street` of a listing → street and number, or just the street when it has no number. */
export function parseStreetAddress(street: string): { street: string; number?: string; letter?: string } {
  const m = ADDRESS.exec(street.trim());
  if (!m) return { street: normaliseStreet(street) };
  return {
    street: normaliseStreet(m[1]),
    number: normaliseNumber(m[2]),
    letter: m[3] ? normaliseNumber(m[3]) : undefined,
  };
}

function lookupOne(index: AddressIndex, written: string): AddressMatch {
  const { street, number, letter } = parseStreetAddress(written);
  // Without a house number no data set can tell where on the street the place is.
  if (!number) return { miss: 'no-number' };
  const numbers = index.streets[street] ?? index.streets[index.aliases[street] ?? ''];
  if (!numbers) return { miss: 'no-street' };
  const first = number.split('-')[0];
  // Most exact first: "15a", then "15" (the letter may be a staircase), then the first house of a range.
  for (const key of [letter ? number + letter : undefined, number, first])
    if (key && numbers[key]) return { point: numbers[key] };
  return { miss: 'no-number-match' };
}

/**
 * The point of a listing's street address. Listings in Swedish-speaking organisations often give
 * both names, "Yliopistonkatu 19 B (Universitetsgatan 19 B)": each is tried.
 */
export function lookupAddress(index: AddressIndex, written: string): AddressMatch {
  const parts = [written.replace(/\(.*?\)/g, ' '), ...[...written.matchAll(/\(([^)]*)\)/g)].map((m) => m[1])]
    .map((p) => p.trim())
    .filter(Boolean);
  let best: AddressMatch = { miss: 'no-street' };
  const rank: Record<AddressMiss, number> = { 'no-street': 0, 'no-number': 1, 'no-number-match': 2 };
  for (const p of parts) {
    const r = lookupOne(index, p);
    if ('point' in r) return r;
    if ('miss' in best && rank[r.miss] > rank[best.miss]) best = r;
  }
  return best;
}

export type UnmatchedAddress = { service: string; location: number; street: string; miss: AddressMiss };

/**
 * The build's one enrichment of content with address points: a location with a street address
 * and no coordinates of its own gets its address's point, marked `coordinatesFrom`. Without an
 * index the content comes back as it was, the same object. `unmatched` lists the live listings'
 * addresses that found no point (for `npm run validate`); those stay "somewhere in District X".
 */
export function withAddressPoints<C extends { services: Service[] }>(
  content: C,
  index: AddressIndex | undefined,
): { content: C; unmatched: UnmatchedAddress[] } {
  if (!index) return { content, unmatched: [] };
  const unmatched: UnmatchedAddress[] = [];
  const services = content.services.map((s) => {
    let changed = false;
    const locations = s.locations.map((loc, i): ServiceLocation => {
      if (!loc.street || loc.coordinates) return loc;
      const r = lookupAddress(index, loc.street);
      if ('point' in r) {
        changed = true;
        return { ...loc, coordinates: { lat: r.point[1], lon: r.point[0] }, coordinatesFrom: index.source };
      }
      // An ended listing is on no map: its address is not worth an editor's time.
      if (s.status !== 'ended') unmatched.push({ service: s.id, location: i, street: loc.street, miss: r.miss });
      return loc;
    });
    return changed ? { ...s, locations } : s;
  });
  return { content: { ...content, services }, unmatched };
}

/** Which address data sets the content's points came from: the map credits each. */
export function addressSourcesUsed(services: Service[]): AddressSource[] {
  const used = new Set<AddressSource>();
  for (const s of services) for (const l of s.locations) if (l.coordinatesFrom) used.add(l.coordinatesFrom);
  return [...used].sort();
}
