import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointInMulti, type MultiPolygonCoords, type PolygonCoords } from './geometry';

// The land polygons made by make-land.sh from GSHHG. Everything that is not land is water.
type Geometry =
  { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: MultiPolygonCoords };
type LandFile = {
  type: string;
  attribution?: string;
  source?: string;
  features: { type: 'Feature'; geometry: Geometry }[];
};
const fc = JSON.parse(readFileSync(join(import.meta.dirname, 'turku-land.geojson'), 'utf8')) as LandFile;
const land: MultiPolygonCoords = fc.features.flatMap((f) =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
);
const isLand = (lat: number, lon: number) => pointInMulti([lon, lat], land);

describe('turku-land.geojson', () => {
  it('credits GSHHG and says how it was made', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.attribution).toBe('Shorelines: GSHHG 2.3.7 (Wessel & Smith), LGPL');
    expect(fc.source).toMatch(/make-land\.sh/);
  });

  it('holds closed lon/lat polygons inside the map box, rounded to 5 decimals', () => {
    expect(land.length).toBeGreaterThan(50);
    for (const polygon of land)
      for (const ring of polygon) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring.at(-1));
        for (const [lon, lat] of ring) {
          expect(lon).toBeGreaterThanOrEqual(21.85);
          expect(lon).toBeLessThanOrEqual(22.75);
          expect(lat).toBeGreaterThanOrEqual(60.28);
          expect(lat).toBeLessThanOrEqual(60.68);
          expect(Math.round(lon * 1e5) / 1e5).toBe(lon);
          expect(Math.round(lat * 1e5) / 1e5).toBe(lat);
        }
      }
  });

  it('puts known places on land', () => {
    expect(isLand(60.4527, 22.2782), 'Turku Cathedral').toBe(true);
    expect(isLand(60.4518, 22.2666), 'Market Square').toBe(true);
    expect(isLand(60.43, 22.15), 'Ruissalo').toBe(true);
    expect(isLand(60.415, 22.22), 'Hirvensalo').toBe(true);
  });

  it('puts the sea on water', () => {
    expect(isLand(60.4275, 22.19), 'channel between Ruissalo and Hirvensalo').toBe(false);
    expect(isLand(60.3, 22.03), 'open water south-west of Turku').toBe(false);
  });

  it('keeps Ruissalo an island, apart from the mainland', () => {
    const ruissalo = land.filter((p) => pointInMulti([22.15, 60.43], [p]));
    expect(ruissalo).toHaveLength(1);
    expect(pointInMulti([22.2782, 60.4527], ruissalo)).toBe(false);
  });
});
