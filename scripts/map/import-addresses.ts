// npm run addresses:import [-- --from FILE]
// Stores Turku's address points for the build, outside version control
// (.cache/addresses/turku.json): street + house number → point. With it, a listing that gives a
// street address and no coordinates is drawn at its address instead of "somewhere in District X"
// (src/lib/addresses.ts). Nothing else needs it: without it the site is built as before.
//
// Two sources, both CC BY 4.0, credited on the map:
// - the city's address points (default): collection GIS:Osoitteet on the same OGC API Features
//   service as the district boundaries, every page; fields Osoite_suomeksi, Osoite_ruotsiksi,
//   Osoitenumero, Postinumero, Kuntanumero; points in EPSG:3877. ADDRESSES_URL overrides the
//   address, which could not be reached from the machine this was written on.
// - `--from FILE`: a saved page of that collection (GeoJSON), or the national building-address
//   file of the Digital and Population Data Services Agency (DVV, "Rakennusten osoitetiedot ja
//   äänestysalue – koko Suomi", a `;`-separated Latin-1 .OPT file; layout at DVV_COLUMNS).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import proj4 from 'proj4';
import { lookupAddress, normaliseNumber, normaliseStreet, type AddressIndex } from '../../src/lib/addresses';
import { TURKU_BOUNDS, type AddressSource } from '../../src/schema';
import { addressIndexFile, loadValidContent } from '../../src/validation/fs';
import { toLocal } from './geometry';
import { fetchAllFeatures } from './import-districts';

// `limit` asks for large pages (a server gives at most its own maximum; the rest follow by "next").
export const DEFAULT_URL =
  'https://opaskartta.turku.fi/trimbleogcapi/collections/GIS:Osoitteet/items?f=application/json&limit=10000';
// The city has tens of thousands of addresses: room for them even in pages of 100.
const MAX_PAGES = 1000;
/** Turku's municipality number (kuntanumero); the city's service holds Kaarina's addresses too. */
export const TURKU = '853';

// The two projections as proj4 strings, the text public projects give proj4 for these codes
// (checked against the import test's known points). ETRS89 and WGS84 differ by well under a
// metre here, which the zero datum shift accepts.
/** EPSG:3877, ETRS89 / GK23FIN: the city's own maps. Eastings carry the zone, 23 500 000 at 23° E. */
export const GK23FIN =
  '+proj=tmerc +lat_0=0 +lon_0=23 +k=1 +x_0=23500000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
/** EPSG:3067, ETRS-TM35FIN: the national grid DVV uses. */
export const TM35FIN = '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

export type AddressPoint = { street: string; streetSv?: string; number: string; lon: number; lat: number };

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function toWgs84(from: string, easting: number, northing: number): [number, number] {
  const [lon, lat] = proj4(from, 'WGS84', [easting, northing]);
  return [round(lon), round(lat)];
}

/**
 * The city's features → points in Turku. GK23FIN's easting (23.4 million) and northing
 * (6.7 million) cannot be mistaken for each other, so the axis order a server chooses does not
 * matter; a server that answers in WGS84 (CRS84, the OGC API default) is read as it is.
 */
export function pointsFromOgc(fc: GeoJSON.FeatureCollection): AddressPoint[] {
  const out: AddressPoint[] = [];
  for (const f of fc.features) {
    const p = f.properties ?? {};
    if (String(p.Kuntanumero ?? '').padStart(3, '0') !== TURKU) continue;
    const street = typeof p.Osoite_suomeksi === 'string' ? p.Osoite_suomeksi.trim() : '';
    const number = p.Osoitenumero === null || p.Osoitenumero === undefined ? '' : String(p.Osoitenumero).trim();
    if (!street || !number || f.geometry?.type !== 'Point') continue;
    const [a, b] = f.geometry.coordinates;
    let lonlat: [number, number];
    if (Math.abs(a) <= 180 && Math.abs(b) <= 90) lonlat = [a, b];
    else if (a > 2e7 && b < 1e7) lonlat = toWgs84(GK23FIN, a, b);
    else if (b > 2e7 && a < 1e7) lonlat = toWgs84(GK23FIN, b, a);
    else throw new Error(`Unknown coordinates ${a}, ${b} for ${street} ${number}: expected EPSG:3877 or WGS84.`);
    const sv = typeof p.Osoite_ruotsiksi === 'string' ? p.Osoite_ruotsiksi.trim() : '';
    out.push({ street, streetSv: sv || undefined, number, lon: lonlat[0], lat: lonlat[1] });
  }
  return out;
}

/**
 * The DVV file's columns (0-based), no header row. Based on: the dataset's description on
 * avoindata.fi (building id, building class, municipality and region, coordinates, address,
 * voting district, property), the column lists that the National Land Survey's hakunapi example
 * (examples/finnish_addresses, 2023: rakennustunnus; sijaintikunta; maakunta; kayttotarkoitus;
 * pohjoiskoordinaatti; itakoordinaatti; osoitenumero; kadunnimi_suomi; kadunnimi_ruotsi;
 * katunumero; postinumero; aanestysalue; its Finnish and Swedish names; sijaintikiinteisto;
 * tietojen_poimintapaiva) and OpenAddresses' Finnish sources (ISO-8859-1, `;`, no header,
 * northing in column 5, easting 6, street 8 / 9 Swedish, number 10, postcode 11) both load,
 * and a row of it quoted in another project's test (building 1019191118 in municipality 421:
 * northing 7047819, easting 382272, Kangasvierentie 53, 69440). Not checked against a real
 * file here: none could be downloaded.
 */
export const DVV_COLUMNS = {
  building: 0,
  municipality: 1,
  northing: 4,
  easting: 5,
  streetFi: 7,
  streetSv: 8,
  number: 9,
  postalCode: 10,
} as const;

/** DVV's file is Latin-1; a copy someone converted to UTF-8 reads too. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Buffer.from(bytes).toString('latin1');
  }
}

export function pointsFromDvv(bytes: Uint8Array): AddressPoint[] {
  const out: AddressPoint[] = [];
  const c = DVV_COLUMNS;
  for (const line of decodeText(bytes).split(/\r?\n/)) {
    const f = line.split(';').map((s) => s.trim());
    if (f.length <= c.postalCode || f[c.municipality].padStart(3, '0') !== TURKU) continue;
    const northing = Number(f[c.northing]);
    const easting = Number(f[c.easting]);
    const street = f[c.streetFi] || f[c.streetSv];
    if (!street || !f[c.number] || !Number.isFinite(northing) || !Number.isFinite(easting) || !northing || !easting)
      continue;
    const [lon, lat] = toWgs84(TM35FIN, easting, northing);
    out.push({
      street,
      streetSv: f[c.streetFi] && f[c.streetSv] ? f[c.streetSv] : undefined,
      number: f[c.number],
      lon,
      lat,
    });
  }
  return out;
}

// One address on several buildings (a house and its sauna) is their mean point; one whose points
// lie further apart than this is not one place, and is left out rather than guessed.
const MAX_SPREAD_M = 300;

export function buildIndex(
  points: AddressPoint[],
  source: AddressSource,
  from: string,
): { index: AddressIndex; ambiguous: string[]; outside: number } {
  const groups = new Map<string, { street: string; number: string; pts: [number, number][] }>();
  const aliases: Record<string, string> = {};
  let outside = 0;
  for (const p of points) {
    // Swapped or mistyped coordinates in the source: the schema would refuse the point anyway.
    if (
      p.lat < TURKU_BOUNDS.minLat ||
      p.lat > TURKU_BOUNDS.maxLat ||
      p.lon < TURKU_BOUNDS.minLon ||
      p.lon > TURKU_BOUNDS.maxLon
    ) {
      outside++;
      continue;
    }
    const street = normaliseStreet(p.street);
    const number = normaliseNumber(p.number);
    const key = `${street}\t${number}`;
    const g = groups.get(key) ?? { street, number, pts: [] };
    g.pts.push([p.lon, p.lat]);
    groups.set(key, g);
    if (p.streetSv) {
      const sv = normaliseStreet(p.streetSv);
      if (sv !== street) aliases[sv] ??= street;
    }
  }
  const streets: AddressIndex['streets'] = {};
  const ambiguous: string[] = [];
  for (const { street, number, pts } of groups.values()) {
    const mean: [number, number] = [
      pts.reduce((a, p) => a + p[0], 0) / pts.length,
      pts.reduce((a, p) => a + p[1], 0) / pts.length,
    ];
    const [mx, my] = toLocal(mean);
    if (pts.some((p) => Math.hypot(toLocal(p)[0] - mx, toLocal(p)[1] - my) > MAX_SPREAD_M)) {
      ambiguous.push(`${street} ${number}`);
      continue;
    }
    (streets[street] ??= {})[number] = [Math.round(mean[0] * 1e5) / 1e5, Math.round(mean[1] * 1e5) / 1e5];
  }
  // "Kaskenkatu 5" is the first house of "Kaskenkatu 5-7" when the data has no 5 of its own.
  for (const numbers of Object.values(streets))
    for (const [number, pt] of Object.entries(numbers)) {
      const first = /^(\d+)-/.exec(number)?.[1];
      if (first) numbers[first] ??= pt;
    }
  // A Swedish name that is also a Finnish street's name stays that street's.
  for (const sv of Object.keys(aliases)) if (streets[sv]) delete aliases[sv];
  return {
    index: { version: 1, source, from, importedAt: new Date().toISOString(), streets, aliases },
    ambiguous,
    outside,
  };
}

/** A saved OGC API page is GeoJSON; anything else is taken for DVV's file. */
export function readSourceFile(bytes: Uint8Array): { source: AddressSource; points: AddressPoint[] } {
  const head = decodeText(bytes.subarray(0, 64)).trimStart();
  if (head.startsWith('{')) return { source: 'turku', points: pointsFromOgc(JSON.parse(decodeText(bytes))) };
  return { source: 'dvv', points: pointsFromDvv(bytes) };
}

async function main() {
  const i = process.argv.indexOf('--from');
  const from = i > 0 ? process.argv[i + 1] : undefined;
  let read: { source: AddressSource; points: AddressPoint[] };
  let where: string;
  if (from) {
    read = readSourceFile(readFileSync(from));
    where = from;
  } else {
    where = process.env.ADDRESSES_URL ?? DEFAULT_URL;
    read = { source: 'turku', points: pointsFromOgc(await fetchAllFeatures(where, fetch, MAX_PAGES)) };
  }
  const { index, ambiguous, outside } = buildIndex(read.points, read.source, where);
  const streets = Object.keys(index.streets).length;
  if (!streets) throw new Error(`No Turku addresses (municipality ${TURKU}) were found in ${where}.`);
  const file = addressIndexFile();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(index));
  const count = Object.values(index.streets).reduce((a, n) => a + Object.keys(n).length, 0);
  console.log(`${count} addresses on ${streets} streets from ${where} (${read.source}) → ${file} (not committed)`);
  if (ambiguous.length)
    console.log(
      `Left out, their points lie far apart: ${ambiguous.length} (${ambiguous.slice(0, 5).join(', ')}${ambiguous.length > 5 ? ', …' : ''})`,
    );
  if (outside) console.log(`Left out, outside the Turku region: ${outside}`);
  // What the build will make of it: how many listings' addresses found a point.
  const addresses = loadValidContent().services.flatMap((s) =>
    s.status === 'ended' ? [] : s.locations.filter((l) => l.street && (!l.coordinates || l.coordinatesFrom)),
  );
  const found = addresses.filter((l) => 'point' in lookupAddress(index, l.street!)).length;
  console.log(
    `Listings: ${found} of ${addresses.length} street addresses found a point; npm run validate lists the others.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(`addresses:import: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
