// Map features for a page that maps only a few services (a district, one service): the same
// markers the tiles hold at their closest zoom (src/lib/map/service-features.ts), services at
// one place stacked, handed to the map directly. Every place of the given services is drawn:
// pass services trimmed to the places the page means.
import { featuresOf, stackSamePlaces } from './service-features';
import type { Service } from '../../schema';
import type { Catalog } from '../catalog';
import type { LatLon } from '../distance';

/** `around`: a point the view must also include (the district's own point). */
export function mapFeatures(c: Catalog, services: Service[], around?: LatLon) {
  const features = stackSamePlaces(featuresOf(services, c.providers, c.districtById));
  const pts = features.map((f) => f.geometry.coordinates);
  if (around) pts.push([around.lon, around.lat]);
  const pad = 0.006;
  const bounds: [[number, number], [number, number]] | undefined = pts.length
    ? [
        [Math.min(...pts.map((p) => p[0])) - pad * 2, Math.min(...pts.map((p) => p[1])) - pad],
        [Math.max(...pts.map((p) => p[0])) + pad * 2, Math.max(...pts.map((p) => p[1])) + pad],
      ]
    : undefined;
  return { collection: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection, bounds };
}
