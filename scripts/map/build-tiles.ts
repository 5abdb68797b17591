// Builds the map's two PMTiles archives from content:
//   base.pmtiles     land (from turku-land.geojson), district areas and district label points
//   services.pmtiles services, clustered per zoom below CLUSTER_UNTIL
// Run on its own with `npx tsx scripts/map/build-tiles.ts [outDir]`; the Astro build runs it
// before every build (astro.config.mjs) into public/tiles/, which is not committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressSourcesUsed } from '../../src/lib/addresses';
import type { AddressSource } from '../../src/schema';
import type { Content } from '../../src/validation/corpus';
import { approximateDistricts, importedDistricts, landPolygons } from './districts';
import { writePmtiles } from './pmtiles';
import { clusterForZoom, serviceFeatures, stackSamePlaces } from '../../src/lib/map/service-features';
import { buildVectorTiles } from './tiles';

export const LAND_FILE = join(import.meta.dirname, 'turku-land.geojson');
export const BOUNDS: [number, number, number, number] = [21.85, 60.28, 22.75, 60.68];
const CENTER: [number, number, number] = [22.2666, 60.4518, 11];
export const ZOOMS = { base: [8, 14], services: [8, 14] } as const;
const CLUSTER_UNTIL = 13;
const ADDRESS_CREDITS: Record<AddressSource, string> = {
  turku: 'Addresses: City of Turku, CC BY 4.0.',
  dvv: 'Addresses: Digital and Population Data Services Agency (DVV), CC BY 4.0.',
};

type Fc = GeoJSON.FeatureCollection;
const fc = (features: GeoJSON.Feature[]): Fc => ({ type: 'FeatureCollection', features });

export function loadLand(): Fc {
  return JSON.parse(readFileSync(LAND_FILE, 'utf8')) as Fc;
}

export function baseLayers(content: Pick<Content, 'districts'>, land: Fc) {
  const areas = importedDistricts(content.districts) ?? approximateDistricts(content.districts, landPolygons(land));
  const districts = fc(
    areas.map((a) => ({
      type: 'Feature',
      properties: { id: a.id, code: a.code, name_fi: a.name.fi, name_sv: a.name.sv, approximate: a.approximate },
      geometry: { type: 'MultiPolygon', coordinates: a.geometry },
    })),
  );
  const labels = fc(
    content.districts.map((d) => ({
      type: 'Feature',
      properties: { id: d.id, name_fi: d.name.fi, name_sv: d.name.sv },
      geometry: { type: 'Point', coordinates: [d.point.lon, d.point.lat] },
    })),
  );
  return { layers: { land, districts, 'district-labels': labels }, approximate: areas.some((a) => a.approximate) };
}

export function servicesTiles(content: Pick<Content, 'services' | 'providers' | 'districts'>) {
  const points = serviceFeatures(content);
  const markers = stackSamePlaces(points);
  const tiles = [];
  for (let z = ZOOMS.services[0]; z <= ZOOMS.services[1]; z++) {
    const features = z <= CLUSTER_UNTIL ? clusterForZoom(markers, z) : markers;
    tiles.push(...buildVectorTiles({ services: fc(features as GeoJSON.Feature[]) }, { minZoom: z, maxZoom: z }));
  }
  return { tiles, count: points.length };
}

export type TileReport = { name: string; bytes: number; tiles: number; ms: number };

export function buildMapTiles(
  content: Pick<Content, 'services' | 'providers' | 'districts'>,
  outDir: string,
  land: Fc = loadLand(),
): TileReport[] {
  mkdirSync(outDir, { recursive: true });
  const reports: TileReport[] = [];
  const write = (
    name: string,
    make: () => {
      tiles: { z: number; x: number; y: number; data: Uint8Array }[];
      metadata: object;
      zooms: readonly [number, number];
    },
  ) => {
    const t0 = performance.now();
    const { tiles, metadata, zooms } = make();
    const bytes = writePmtiles(tiles, {
      metadata,
      tileType: 'mvt',
      tileCompression: 'gzip',
      minZoom: zooms[0],
      maxZoom: zooms[1],
      bounds: BOUNDS,
      center: CENTER,
    });
    writeFileSync(join(outDir, name), bytes);
    reports.push({ name, bytes: bytes.length, tiles: tiles.length, ms: Math.round(performance.now() - t0) });
  };
  write('base.pmtiles', () => {
    const { layers, approximate } = baseLayers(content, land);
    const tiles = buildVectorTiles(layers, { minZoom: ZOOMS.base[0], maxZoom: ZOOMS.base[1] });
    return {
      tiles,
      zooms: ZOOMS.base,
      metadata: {
        name: 'Palvelutori Turku: land and districts',
        attribution: `Shorelines: GSHHG 2.3.7 (Wessel & Smith), LGPL. ${approximate ? 'District areas: approximate, drawn from district points.' : 'District boundaries: City of Turku.'}`,
        vector_layers: Object.keys(layers).map((id) => ({ id, fields: {} })),
      },
    };
  });
  write('services.pmtiles', () => {
    const { tiles } = servicesTiles(content);
    const addresses = addressSourcesUsed(content.services).map((s) => ADDRESS_CREDITS[s]);
    return {
      tiles,
      zooms: ZOOMS.services,
      metadata: {
        name: 'Palvelutori Turku: services',
        vector_layers: [{ id: 'services', fields: {} }],
        ...(addresses.length ? { attribution: addresses.join(' ') } : {}),
      },
    };
  });
  return reports;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadValidContent } = await import('../../src/validation/fs');
  const out = process.argv[2] ?? 'public/tiles';
  for (const r of buildMapTiles(loadValidContent(), out))
    console.log(`${r.name}: ${r.tiles} tiles, ${(r.bytes / 1024).toFixed(1)} KB, ${r.ms} ms`);
}
