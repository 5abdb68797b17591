// Map features for a page that maps only a few services (a district, one service): the same
// features the tiles hold (scripts/map/service-features.ts), handed to the map directly.
import { serviceFeatures } from '../../scripts/map/service-features';
import type { Service } from '../schema';
import type { Catalog } from './catalog';

export function mapFeatures(c: Catalog, services: Service[], districtId?: string) {
  const features = serviceFeatures({ services, providers: [...c.providers.values()], districts: c.districts }).filter(
    (f) => !districtId || f.properties.district === districtId,
  );
  const pts = features.map((f) => f.geometry.coordinates);
  if (districtId) pts.push([c.districtById.get(districtId)!.point.lon, c.districtById.get(districtId)!.point.lat]);
  const pad = 0.006;
  const bounds: [[number, number], [number, number]] | undefined = pts.length
    ? [
        [Math.min(...pts.map((p) => p[0])) - pad * 2, Math.min(...pts.map((p) => p[1])) - pad],
        [Math.max(...pts.map((p) => p[0])) + pad * 2, Math.max(...pts.map((p) => p[1])) + pad],
      ]
    : undefined;
  return { collection: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection, bounds };
}
