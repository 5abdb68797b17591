import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildVectorTiles, type VectorTileData } from './tiles';

type Fc = GeoJSON.FeatureCollection;
const fc = (features: GeoJSON.Feature[]): Fc => ({ type: 'FeatureCollection', features });
const point = (lon: number, lat: number, properties: GeoJSON.GeoJsonProperties): GeoJSON.Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
const box = (
  minLon: number,
  minLat: number,
  maxLon: number,
  maxLat: number,
  properties: GeoJSON.GeoJsonProperties,
): GeoJSON.Feature => ({
  type: 'Feature',
  properties,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [minLon, minLat],
        [maxLon, minLat],
        [maxLon, maxLat],
        [minLon, maxLat],
        [minLon, minLat],
      ],
    ],
  },
});

// The standard slippy-map formula, independent of the code under test.
const tileX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};
const decode = (t: VectorTileData) => new VectorTile(new Pbf(t.data));
const find = (tiles: VectorTileData[], z: number, x: number, y: number) =>
  tiles.find((t) => t.z === z && t.x === x && t.y === y);

const KAUPPATORI = { lon: 22.2666, lat: 60.4518 };
const props = { id: 'kauppatori', name: 'Kauppatori – Salutorget', count: 3, rating: 4.5, open: true, missing: null };

describe('buildVectorTiles', () => {
  const layers = {
    services: fc([point(KAUPPATORI.lon, KAUPPATORI.lat, props), point(22.4, 60.55, { id: 'other' })]),
    areas: fc([box(22.2, 60.43, 22.3, 60.47, { name: 'Keskusta', code: 1 })]),
  };
  const tiles = buildVectorTiles(layers, { minZoom: 10, maxZoom: 14 });

  it.each([12, 14])('puts a point into its tile at zoom %i with its properties', (z) => {
    const tile = find(tiles, z, tileX(KAUPPATORI.lon, z), tileY(KAUPPATORI.lat, z));
    expect(tile).toBeDefined();
    const layer = decode(tile!).layers.services;
    expect(layer.version).toBe(2);
    expect(layer.extent).toBe(4096);
    const features = Array.from({ length: layer.length }, (_, i) => layer.feature(i));
    const feature = features.find((f) => f.properties.id === 'kauppatori')!;
    expect(feature.type).toBe(1);
    const { missing, ...kept } = props;
    expect(missing).toBeNull();
    expect(feature.properties).toEqual(kept);
    const geometry = feature.toGeoJSON(tile!.x, tile!.y, z).geometry as GeoJSON.Point;
    expect(geometry.coordinates[0]).toBeCloseTo(KAUPPATORI.lon, 3);
    expect(geometry.coordinates[1]).toBeCloseTo(KAUPPATORI.lat, 3);
  });

  it('puts a polygon into every tile it covers and into no far-away tile', () => {
    for (const z of [10, 12, 14]) {
      const xs = [tileX(22.2, z), tileX(22.3, z)];
      const ys = [tileY(60.47, z), tileY(60.43, z)];
      for (let x = xs[0]; x <= xs[1]; x++)
        for (let y = ys[0]; y <= ys[1]; y++) {
          const layer = decode(find(tiles, z, x, y)!).layers.areas;
          expect(layer.length).toBe(1);
          expect(layer.feature(0).type).toBe(3);
          expect(layer.feature(0).properties).toEqual({ name: 'Keskusta', code: 1 });
        }
      const far = tiles.filter(
        (t) => t.z === z && (t.x < xs[0] - 1 || t.x > xs[1] + 1 || t.y < ys[0] - 1 || t.y > ys[1] + 1),
      );
      for (const t of far) expect(decode(t).layers.areas).toBeUndefined();
    }
  });

  it('makes only tiles with content, each zoom level from minZoom to maxZoom', () => {
    expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([10, 11, 12, 13, 14]));
    for (const t of tiles) expect(Object.keys(decode(t).layers).length).toBeGreaterThan(0);
    const otherTile = find(tiles, 14, tileX(22.4, 14), tileY(60.55, 14));
    expect(Object.keys(decode(otherTile!).layers)).toEqual(['services']);
  });

  it('keeps shapes too small for the lower zoom levels in the higher ones', () => {
    const tiny = box(22.25, 60.45, 22.2501, 60.45005, { name: 'tiny' });
    const built = buildVectorTiles({ tiny: fc([tiny]) }, { minZoom: 9, maxZoom: 15 });
    expect(built.some((t) => t.z === 15)).toBe(true);
  });

  it('returns nothing for empty layers', () => {
    expect(buildVectorTiles({ services: fc([]) }, { minZoom: 9, maxZoom: 14 })).toEqual([]);
  });

  it('builds 10,000 services and 100 areas over Turku at zoom 9–15 quickly', () => {
    let seed = 42;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const [minLon, minLat, maxLon, maxLat] = [21.9, 60.3, 22.6, 60.65];
    const services = Array.from({ length: 10_000 }, (_, i) =>
      point(minLon + random() * (maxLon - minLon), minLat + random() * (maxLat - minLat), {
        id: `s${i}`,
        name: `Palvelu ${i}`,
        category: ['liikunta', 'kulttuuri', 'terveys'][i % 3],
        free: i % 2 === 0,
      }),
    );
    // Irregular polygons of many vertices, like district boundaries.
    const areas = Array.from({ length: 100 }, (_, i) => {
      const cx = minLon + random() * (maxLon - minLon);
      const cy = minLat + random() * (maxLat - minLat);
      const ring = Array.from({ length: 200 }, (_, k) => {
        const a = (k / 200) * 2 * Math.PI;
        const r = 0.01 + 0.02 * random();
        return [cx + 2 * r * Math.cos(a), cy + r * Math.sin(a)];
      });
      ring.push(ring[0]);
      return {
        type: 'Feature',
        properties: { id: i, name: `Alue ${i}` },
        geometry: { type: 'Polygon', coordinates: [ring] },
      } as GeoJSON.Feature;
    });
    const t0 = performance.now();
    const built = buildVectorTiles({ services: fc(services), districts: fc(areas) }, { minZoom: 9, maxZoom: 15 });
    const ms = performance.now() - t0;
    const bytes = built.reduce((sum, t) => sum + t.data.length, 0);
    console.log(
      `buildVectorTiles: 10,000 points + 100 polygons, zoom 9–15: ${built.length} tiles, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${(ms / 1000).toFixed(2)} s`,
    );
    expect(ms).toBeLessThan(20_000);

    // Each point lies inside exactly one tile per zoom level (the others only have it in their buffer).
    let inside = 0;
    for (const t of built.filter((t) => t.z === 15)) {
      const layer = decode(t).layers.services;
      for (let i = 0; i < (layer?.length ?? 0); i++) {
        const [[p]] = layer.feature(i).loadGeometry();
        if (p.x >= 0 && p.x < 4096 && p.y >= 0 && p.y < 4096) inside++;
      }
    }
    expect(inside).toBe(10_000);
  });
});
