// Map features for a page that maps only a few services (a district, one service): the same
// markers the tiles hold at their closest zoom (src/lib/map/service-features.ts), services at
// one place stacked, handed to the map directly. Every place of the given services is drawn:
// pass services trimmed to the places the page means.
import { featuresOf, stackSamePlaces } from './service-features';
import type { Service } from '../../schema';
import type { Catalog } from '../catalog';
import type { LatLon } from '../distance';

// What only the full map's filters read (src/client/map/filters.ts); its tiles keep them. A
// page's own few markers are never filtered, and these maps are written into the page.
const FILTERED_BY = ['themes', 'pt', 'cost', 'access'];

/** `around`: a point the view must also include (the district's own point). */
export function mapFeatures(c: Catalog, services: Service[], around?: LatLon) {
  const features = stackSamePlaces(featuresOf(services, c.providers, c.districtById)).map((f) => ({
    ...f,
    properties: Object.fromEntries(Object.entries(f.properties).filter(([k]) => !FILTERED_BY.includes(k))),
  }));
  const pts = features.map((f) => f.geometry.coordinates);
  if (around) pts.push([around.lon, around.lat]);
  const pad = 0.006;
  // To the metre (five decimals), not to the float's last digit.
  const edge = (pick: (...xs: number[]) => number, axis: 0 | 1, by: number) =>
    Math.round((pick(...pts.map((p) => p[axis])) + by) * 1e5) / 1e5;
  const bounds: [[number, number], [number, number]] | undefined = pts.length
    ? [
        [edge(Math.min, 0, -pad * 2), edge(Math.min, 1, -pad)],
        [edge(Math.max, 0, pad * 2), edge(Math.max, 1, pad)],
      ]
    : undefined;
  return { collection: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection, bounds };
}
