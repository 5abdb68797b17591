// npm run districts:import [-- --from PATH]
// Stores Turku's official district boundaries for the map build, outside version control
// (.cache/districts/boundaries.geojson): the polygons belong to the city and this repository
// does not redistribute them. Without a --from file it fetches the city's open map service
// (OGC API Features, collection GIS:Kaupunginosat, WGS84, all pages); DISTRICTS_URL overrides
// the address.
// Nothing else needs this: without it the map draws approximate areas from content/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { IMPORTED_BOUNDARIES } from './districts';
import { simplifyRing, type PolygonCoords, type Ring } from './geometry';

// The collection's items on the city's OGC API (opaskartta.turku.fi). This address is the one
// public scripts use; it could not be reached from the machine this was written on.
export const DEFAULT_URL =
  'https://opaskartta.turku.fi/trimbleogcapi/collections/GIS:Kaupunginosat/items?f=application/json';
const MAX_PAGES = 50;

/** Every feature of an OGC API Features collection, following its "next" links page by page. */
export async function fetchAllFeatures(
  url: string,
  get: typeof fetch = fetch,
  maxPages = MAX_PAGES,
): Promise<GeoJSON.FeatureCollection> {
  const features: GeoJSON.Feature[] = [];
  let next: string | undefined = url;
  for (let page = 0; next; page++) {
    if (page === maxPages)
      throw new Error(`${url}: more than ${maxPages} pages; is the "next" link going round in circles?`);
    const res = await get(next, { headers: { Accept: 'application/geo+json, application/json' } });
    if (!res.ok) throw new Error(`${next} answered ${res.status}`);
    const body = (await res.json()) as GeoJSON.FeatureCollection & { links?: { rel: string; href: string }[] };
    features.push(...(body.features ?? []));
    const link = body.links?.find((l) => l.rel === 'next')?.href;
    next = link ? new URL(link, next).href : undefined;
  }
  return { type: 'FeatureCollection', features };
}

const CODE_KEYS = ['code', 'kaupunginosa_koodi', 'koodi', 'tunnus', 'numero', 'KOODI', 'TUNNUS'];
const NAME_KEYS = ['name_fi', 'nimi', 'nimi_fi', 'NIMI', 'kaupunginosa'];

function round(ring: Ring): Ring {
  return ring.map(([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);
}

/** Official features → the compact, simplified form the map build reads. */
export function convertBoundaries(input: GeoJSON.FeatureCollection, toleranceM = 5): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  for (const f of input.features) {
    const props = f.properties ?? {};
    const rawCode = CODE_KEYS.map((k) => props[k]).find((v) => v !== undefined && v !== null);
    if (rawCode === undefined) continue;
    const code = String(rawCode).replace(/\D/g, '').padStart(3, '0');
    const polys: PolygonCoords[] =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates as PolygonCoords]
        : f.geometry.type === 'MultiPolygon'
          ? (f.geometry.coordinates as PolygonCoords[])
          : [];
    const [x, y] = polys[0]?.[0]?.[0] ?? [0, 0];
    if (Math.abs(x) > 180 || Math.abs(y) > 90)
      throw new Error('The boundaries are not in WGS84 longitude/latitude: ask the service for CRS84 GeoJSON.');
    const coordinates = polys.map((poly) => poly.map((ring) => round(simplifyRing(ring as Ring, toleranceM))));
    features.push({
      type: 'Feature',
      properties: { code, name: NAME_KEYS.map((k) => props[k]).find(Boolean) ?? null },
      geometry: { type: 'MultiPolygon', coordinates },
    });
  }
  if (!features.length) throw new Error('No districts with a code were found in the input.');
  return { type: 'FeatureCollection', features };
}

async function main() {
  const i = process.argv.indexOf('--from');
  const from = i > 0 ? process.argv[i + 1] : undefined;
  let input: GeoJSON.FeatureCollection;
  let source: string;
  if (from) {
    input = JSON.parse(readFileSync(from, 'utf8'));
    source = from;
  } else {
    source = process.env.DISTRICTS_URL ?? DEFAULT_URL;
    input = await fetchAllFeatures(source);
  }
  const out = convertBoundaries(input);
  mkdirSync(dirname(IMPORTED_BOUNDARIES), { recursive: true });
  writeFileSync(IMPORTED_BOUNDARIES, JSON.stringify({ ...out, source, importedAt: new Date().toISOString() }));
  console.log(`${out.features.length} district boundaries from ${source} → ${IMPORTED_BOUNDARIES} (not committed)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(`districts:import: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
