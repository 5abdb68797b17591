// District areas for the map. The city's official boundaries are not in this repository
// (see docs/deployment.md, "District boundaries"); when `npm run districts:import` has stored them in
// .cache/, the map uses them. Otherwise it draws approximate areas from the project's own
// content: Voronoi cells of the districts' representative points, cut to land and to a few
// kilometres around each point, and marked `approximate` so the map says so.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Delaunay } from 'd3-delaunay';
import polygonClipping from 'polygon-clipping';
import { IMPORTED_BOUNDARIES } from '../../src/lib/map/boundaries';
import {
  bbox,
  bboxesOverlap,
  circle,
  fromLocal,
  pointInMulti,
  toLocal,
  type MultiPolygonCoords,
  type PolygonCoords,
} from './geometry';

export type DistrictPoint = {
  id: string;
  code: string;
  name: { fi: string; sv: string };
  point: { lat: number; lon: number };
};
export type DistrictArea = {
  id: string;
  code: string;
  name: { fi: string; sv: string };
  geometry: MultiPolygonCoords;
  approximate: boolean;
};

export { IMPORTED_BOUNDARIES };
const MAX_RADIUS_M = 4000;

export function landPolygons(land: GeoJSON.FeatureCollection): MultiPolygonCoords {
  const out: MultiPolygonCoords = [];
  for (const f of land.features) {
    if (f.geometry.type === 'Polygon') out.push(f.geometry.coordinates as PolygonCoords);
    else if (f.geometry.type === 'MultiPolygon') out.push(...(f.geometry.coordinates as MultiPolygonCoords));
  }
  return out;
}

export function approximateDistricts(districts: DistrictPoint[], land: MultiPolygonCoords): DistrictArea[] {
  const pts = districts.map((d) => toLocal([d.point.lon, d.point.lat]));
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const pad = MAX_RADIUS_M * 2;
  const voronoi = Delaunay.from(pts).voronoi([
    Math.min(...xs) - pad,
    Math.min(...ys) - pad,
    Math.max(...xs) + pad,
    Math.max(...ys) + pad,
  ]);
  const landBoxes = land.map((poly) => bbox(poly[0]));
  return districts.map((d, i) => {
    const center: [number, number] = [d.point.lon, d.point.lat];
    const cell = (voronoi.cellPolygon(i) as [number, number][]).map(fromLocal);
    const near = polygonClipping.intersection([cell], [circle(center, MAX_RADIUS_M)]) as MultiPolygonCoords;
    const box = bbox(near.flatMap((p) => p[0]));
    const nearbyLand = land.filter((_, j) => bboxesOverlap(landBoxes[j], box));
    let area = nearbyLand.length ? (polygonClipping.intersection(near, nearbyLand) as MultiPolygonCoords) : [];
    // A district whose point the shoreline data misses (a small island) keeps its cell, so
    // every district still has an area around its own point.
    if (!pointInMulti(center, area)) area = near;
    return { id: d.id, code: d.code, name: d.name, geometry: area, approximate: true };
  });
}

/** Official boundaries stored by the importer, matched to content districts by code. */
export function importedDistricts(districts: DistrictPoint[], file = IMPORTED_BOUNDARIES): DistrictArea[] | undefined {
  if (!existsSync(file)) return undefined;
  const fc = JSON.parse(readFileSync(file, 'utf8')) as GeoJSON.FeatureCollection;
  const byCode = new Map<string, MultiPolygonCoords>();
  for (const f of fc.features) {
    const code = String(f.properties?.code ?? '');
    const geom =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates as PolygonCoords]
        : f.geometry.type === 'MultiPolygon'
          ? (f.geometry.coordinates as MultiPolygonCoords)
          : [];
    byCode.set(code, [...(byCode.get(code) ?? []), ...geom]);
  }
  return districts
    .filter((d) => byCode.has(d.code))
    .map((d) => ({ id: d.id, code: d.code, name: d.name, geometry: byCode.get(d.code)!, approximate: false }));
}
