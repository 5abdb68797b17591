// The places of live services as GeoJSON (RFC 7946, WGS84 longitude/latitude): one point per
// place the site's map shows. A place known only by its district is drawn at the district's
// point, as on the map, and marked `precision: "district"` so no one reads it as an address.
import { CREDIT, LICENCE } from './licence';
import { locationPoint, placeText, type Catalog } from '../catalog';
import { routes } from '../routes';
import { LANGS, type Lang, type Localized } from '../../schema';
import { hsdsId } from './hsds';

export type PlaceProperties = {
  /** The listing's id on the site (its page and file name). */
  id: string;
  hsds_service_id: string;
  status: 'active' | 'paused';
  precision: 'exact' | 'district';
  provider: string;
  provider_id: string;
  themes: string[];
  district?: string;
} & Partial<Record<`title_${Lang}` | `place_${Lang}` | `url_${Lang}`, string>>;

export type PlaceFeature = {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: PlaceProperties;
};

/** `title_fi`, `title_sv`, `title_en`: the languages the listing has. */
function perLang(prefix: 'title', text: Localized) {
  return Object.fromEntries(LANGS.filter((l) => text[l]).map((l) => [`${prefix}_${l}`, text[l]]));
}

export function placesGeoJson(
  c: Catalog,
  site: string,
): { type: 'FeatureCollection'; license: string; attribution: string; features: PlaceFeature[] } {
  const features: PlaceFeature[] = [];
  for (const s of [...c.live].sort((a, b) => a.id.localeCompare(b.id))) {
    const provider = c.providers.get(s.provider)!;
    s.locations.forEach((loc, i) => {
      const p = locationPoint(loc, c.districtById);
      if (!p) return;
      features.push({
        type: 'Feature',
        // The same id as the place's HSDS location record, so the two files can be joined.
        id: hsdsId.location(s.id, i),
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: {
          id: s.id,
          hsds_service_id: hsdsId.service(s.id),
          status: s.status === 'paused' ? 'paused' : 'active',
          precision: p.approx ? 'district' : 'exact',
          ...perLang('title', s.title),
          provider: provider.name.fi,
          provider_id: provider.id,
          themes: s.themes,
          district: loc.district,
          ...Object.fromEntries(LANGS.map((l) => [`place_${l}`, placeText(loc, c.districtById, l)])),
          ...Object.fromEntries(LANGS.map((l) => [`url_${l}`, new URL(routes.service(l, s.id), site).href])),
        },
      });
    });
  }
  // Foreign members (RFC 7946, 6.1): GIS tools show them, and the terms travel with the file.
  return { type: 'FeatureCollection', license: LICENCE.path, attribution: CREDIT.en, features };
}
