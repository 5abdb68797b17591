import { describe, expect, it } from 'vitest';
import { makeCatalog } from '../catalog';
import { TURKU_BOUNDS } from '../../schema';
import { validateCorpus } from '../../validation/corpus';
import { loadValidContent } from '../../validation/fs';
import { corpus, goodProvider, goodService } from '../../validation/test-helpers';
import { serviceFeatures } from '../map/service-features';
import { placesGeoJson } from './geojson';
import { hsdsId, toHsds } from './hsds';

const SITE = 'https://palvelutori.example/';
const content = loadValidContent();
const catalog = makeCatalog(content);
const geo = placesGeoJson(catalog, SITE);

const live = content.services.filter((s) => s.status !== 'ended');
const districtPoint = (id: string) => content.districts.find((d) => d.id === id)!.point;

describe('/data/palvelut.geojson of the real content', () => {
  it('is a FeatureCollection of WGS84 points with unique ids', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(0);
    for (const f of geo.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      // [longitude, latitude], in that order (RFC 7946): Turku is at about 22.3, 60.45.
      expect(lon).toBeGreaterThanOrEqual(TURKU_BOUNDS.minLon);
      expect(lon).toBeLessThanOrEqual(TURKU_BOUNDS.maxLon);
      expect(lat).toBeGreaterThanOrEqual(TURKU_BOUNDS.minLat);
      expect(lat).toBeLessThanOrEqual(TURKU_BOUNDS.maxLat);
    }
    expect(new Set(geo.features.map((f) => f.id)).size).toBe(geo.features.length);
    expect(JSON.parse(JSON.stringify(geo))).toEqual(geo);
  });

  it('holds every live listing with a place, one point per mapped place, and no ended one', () => {
    const withPlace = live.filter((s) => s.locations.some((l) => l.coordinates || l.district));
    expect(new Set(geo.features.map((f) => f.properties.id))).toEqual(new Set(withPlace.map((s) => s.id)));
    expect(geo.features).toHaveLength(
      live.reduce((n, s) => n + s.locations.filter((l) => l.coordinates || l.district).length, 0),
    );
    const ended = new Set(content.services.filter((s) => s.status === 'ended').map((s) => s.id));
    expect(geo.features.filter((f) => ended.has(f.properties.id))).toEqual([]);
  });

  it("marks a place known only by its district as such, at the district's point", () => {
    for (const f of geo.features) {
      const s = content.services.find((x) => x.id === f.properties.id)!;
      const loc = s.locations.find((_, i) => hsdsId.location(s.id, i) === f.id)!;
      if (loc.coordinates) {
        expect(f.properties.precision).toBe('exact');
        expect(f.geometry.coordinates).toEqual([loc.coordinates.lon, loc.coordinates.lat]);
      } else {
        expect(f.properties.precision).toBe('district');
        expect(f.geometry.coordinates).toEqual([districtPoint(loc.district!).lon, districtPoint(loc.district!).lat]);
        expect(f.properties.district).toBe(loc.district);
      }
    }
  });

  it("names each place's service in its languages, its provider and themes, and links its pages", () => {
    for (const f of geo.features) {
      const s = content.services.find((x) => x.id === f.properties.id)!;
      expect(f.properties).toMatchObject({
        title_fi: s.title.fi,
        title_sv: s.title.sv,
        title_en: s.title.en,
        provider_id: s.provider,
        themes: s.themes,
      });
      expect(f.properties.provider).toBe(content.providers.find((p) => p.id === s.provider)!.name.fi);
      expect(f.properties.url_fi).toBe(`${SITE}palvelut/${s.id}/`);
      expect(f.properties.url_sv).toBe(`${SITE}sv/palvelut/${s.id}/`);
      expect(f.properties.url_en).toBe(`${SITE}en/palvelut/${s.id}/`);
    }
  });

  it("has the same points as the site's map, exact and approximate alike", () => {
    const key = (id: string, [lon, lat]: [number, number], approx: boolean) => `${id} ${lon} ${lat} ${approx}`;
    const map = serviceFeatures(content).map((f) =>
      key(f.properties.id, f.geometry.coordinates, f.properties.approx === 1),
    );
    expect(
      geo.features
        .map((f) => key(f.properties.id, f.geometry.coordinates, f.properties.precision === 'district'))
        .sort(),
    ).toEqual(map.sort());
  });

  it('shares its ids with the HSDS export', () => {
    const hsds = toHsds(catalog, SITE);
    const locations = new Set(hsds.tables.location.map((l) => l.id));
    const services = new Set(hsds.tables.service.map((s) => s.id));
    for (const f of geo.features) {
      expect(locations.has(f.id)).toBe(true);
      expect(services.has(f.properties.hsds_service_id)).toBe(true);
    }
  });
});

describe('exact and approximate places', () => {
  const { content: c } = validateCorpus(
    corpus({
      providers: [goodProvider],
      services: [
        {
          ...goodService,
          title: { fi: 'Tuolijumppa' },
          locations: [goodService.locations[0], { district: 'moisio' }, { name: 'Jossain' }],
        },
        { ...goodService, id: 'loppunut', status: 'ended', statusNote: { reason: { fi: 'Loppui.' } } },
        { ...goodService, id: 'tauolla', status: 'paused', statusNote: { reason: { fi: 'Tauko.' } } },
      ],
    }),
  );
  const g = placesGeoJson(makeCatalog(c), SITE);

  it('keeps an exact point, marks a district point, leaves out a place with neither, and ended services', () => {
    expect(c.services).toHaveLength(3);
    const jumppa = g.features.filter((f) => f.properties.id === 'tuolijumppa');
    expect(jumppa.map((f) => [f.properties.precision, f.geometry.coordinates])).toEqual([
      ['exact', [goodService.locations[0].coordinates.lon, goodService.locations[0].coordinates.lat]],
      ['district', [districtPoint('moisio').lon, districtPoint('moisio').lat]],
    ]);
    expect(jumppa[0].properties.title_sv).toBeUndefined();
    expect(g.features.map((f) => f.properties.id)).not.toContain('loppunut');
    expect(g.features.find((f) => f.properties.id === 'tauolla')!.properties.status).toBe('paused');
  });
});
