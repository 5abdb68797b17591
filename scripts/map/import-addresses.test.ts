import { readFileSync } from 'node:fs';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { lookupAddress, type AddressIndex } from '../../src/lib/addresses';
import { CATHEDRAL, DVV_FIXTURE, OGC_FIXTURE, dvvFixtureFile, ogcFixtureText, testPoint } from './fixtures/addresses';
import {
  buildIndex,
  decodeText,
  GK23FIN,
  pointsFromDvv,
  pointsFromOgc,
  readSourceFile,
  TM35FIN,
} from './import-addresses';
import { fetchAllFeatures } from './import-districts';
import { toLocal } from './geometry';

const ogcBytes = readFileSync(OGC_FIXTURE);
const dvvBytes = readFileSync(DVV_FIXTURE);
const ogcPage = JSON.parse(ogcBytes.toString('utf8')) as GeoJSON.FeatureCollection;
const metres = (a: [number, number], b: [number, number]) =>
  Math.hypot(toLocal(a)[0] - toLocal(b)[0], toLocal(a)[1] - toLocal(b)[1]);
const at = (index: AddressIndex, street: string) => {
  const r = lookupAddress(index, street);
  return 'point' in r ? r.point : r.miss;
};

describe('the fixtures', () => {
  it('are exactly what scripts/map/fixtures/addresses.ts computes from the cathedral point', () => {
    expect(ogcBytes.toString('utf8')).toBe(ogcFixtureText());
    expect(dvvBytes.equals(dvvFixtureFile())).toBe(true);
  });
  it('are in the sources’ own encodings: the DVV file is Latin-1, not UTF-8', () => {
    expect(dvvBytes.includes(Buffer.from('Östra', 'latin1'))).toBe(true);
    expect(dvvBytes.includes(Buffer.from('Östra', 'utf8'))).toBe(false);
  });
});

describe('the projections', () => {
  it('take TM35FIN (EPSG:3067) to WGS84 as another project did for a DVV row (Lestijärvi)', () => {
    // Northing 7047819, easting 382272 → 63.53895341875796 N, 24.631605946925742 E there.
    const [lon, lat] = proj4(TM35FIN, 'WGS84', [382272, 7047819]);
    expect(metres([lon, lat], [24.631605946925742, 63.53895341875796])).toBeLessThan(1);
  });
  it('agree with each other: on each one’s central meridian the northings differ by TM35FIN’s scale 0.9996 only', () => {
    const gk = proj4('WGS84', GK23FIN, [23, CATHEDRAL.lat]);
    const tm = proj4('WGS84', TM35FIN, [27, CATHEDRAL.lat]);
    expect(gk[0]).toBeCloseTo(23_500_000, 3);
    expect(tm[0]).toBeCloseTo(500_000, 3);
    expect(tm[1] / gk[1]).toBeCloseTo(0.9996, 9);
  });
  it('bring Turku Cathedral to GK23FIN about 40 km west of 23° E, and back within 10 cm (six decimals kept)', () => {
    const [e, n] = proj4('WGS84', GK23FIN, [CATHEDRAL.lon, CATHEDRAL.lat]);
    // 0.7219° of longitude at 60.45° N is about 39.7 km.
    expect(23_500_000 - e).toBeGreaterThan(39_500);
    expect(23_500_000 - e).toBeLessThan(39_900);
    const feature = {
      type: 'Feature' as const,
      properties: { Osoite_suomeksi: 'Testikatu', Osoitenumero: '1', Kuntanumero: 853 },
      geometry: { type: 'Point' as const, coordinates: [e, n] },
    };
    const [p] = pointsFromOgc({ type: 'FeatureCollection', features: [feature] });
    expect(metres([p.lon, p.lat], [CATHEDRAL.lon, CATHEDRAL.lat])).toBeLessThan(0.1);
  });
});

describe('the city’s address points (OGC API, EPSG:3877)', () => {
  const points = pointsFromOgc(ogcPage);
  it('keep Turku’s addresses and leave Kaarina’s out', () => {
    expect(points.map((p) => `${p.street} ${p.number}`)).toEqual([
      'Aurakatu 18',
      'Aurakatu 15',
      'Aurakatu 15a',
      'Yliopistonkatu 19',
      'Itäinen Pitkäkatu 49',
      'Kaskenkatu 5-7',
      'Eerikinkatu 5',
      'Tähtitorninkatu 1-3',
    ]);
  });
  it('land where the fixture put them, in either axis order or already in WGS84', () => {
    expect(metres([points[0].lon, points[0].lat], testPoint(-400, -300))).toBeLessThan(0.1);
    const swapped = {
      ...ogcPage,
      features: ogcPage.features.map((f) => ({
        ...f,
        geometry: { type: 'Point' as const, coordinates: [...(f.geometry as GeoJSON.Point).coordinates].reverse() },
      })),
    };
    expect(pointsFromOgc(swapped)).toEqual(points);
    const wgs84 = {
      ...ogcPage,
      features: points.map((p) => ({
        type: 'Feature' as const,
        properties: { Osoite_suomeksi: p.street, Osoitenumero: p.number, Kuntanumero: '853' },
        geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
      })),
    };
    expect(pointsFromOgc(wgs84).map((p) => [p.lon, p.lat])).toEqual(points.map((p) => [p.lon, p.lat]));
  });
  it('are fetched page by page from the service', async () => {
    const get = (async (url: string) =>
      new Response(
        JSON.stringify(url.endsWith('p=2') ? { features: [] } : { ...ogcPage, links: [{ rel: 'next', href: '?p=2' }] }),
      )) as typeof fetch;
    expect(pointsFromOgc(await fetchAllFeatures('https://city.test/items', get))).toEqual(points);
  });
  it('may take more pages than the district boundaries are allowed', async () => {
    const pages = (async (url: string) => {
      const n = Number(new URL(url).searchParams.get('p') ?? 0);
      return new Response(
        JSON.stringify({
          features: [ogcPage.features[n % 8]],
          links: n < 59 ? [{ rel: 'next', href: `?p=${n + 1}` }] : [],
        }),
      );
    }) as typeof fetch;
    await expect(fetchAllFeatures('https://city.test/items', pages)).rejects.toThrow(/more than 50 pages/);
    expect(pointsFromOgc(await fetchAllFeatures('https://city.test/items', pages, 1000))).toHaveLength(60);
  });
});

describe('DVV’s building-address file (Latin-1, EPSG:3067)', () => {
  const points = pointsFromDvv(dvvBytes);
  it('keeps Turku’s rows that have a street, with Swedish names decoded from Latin-1', () => {
    expect(points.map((p) => `${p.street} ${p.number}`)).toEqual([
      'Aurakatu 18',
      'Aurakatu 18',
      'Aurakatu 15 a',
      'Itäinen Pitkäkatu 49',
      'Tähtitorninkatu 2',
      'Yliopistonkatu 19',
      'Kaskenkatu 5',
      'Kaskenkatu 5',
    ]);
    expect(points[3].streetSv).toBe('Östra Långgatan');
  });
  it('reads a copy converted to UTF-8 the same', () => {
    expect(pointsFromDvv(Buffer.from(decodeText(dvvBytes), 'utf8'))).toEqual(points);
  });
  it('is told from a GeoJSON page by its content', () => {
    expect(readSourceFile(dvvBytes).source).toBe('dvv');
    expect(readSourceFile(ogcBytes).source).toBe('turku');
  });
});

describe('the stored index', () => {
  const turku = buildIndex(pointsFromOgc(ogcPage), 'turku', 'fixture').index;
  const dvv = buildIndex(pointsFromDvv(dvvBytes), 'dvv', 'fixture');

  it('finds "15 a", "15a", "15 A" and the Swedish name at one house, from either source', () => {
    for (const index of [turku, dvv.index])
      for (const written of ['Aurakatu 15 a', 'Aurakatu 15a', 'Aurakatu 15 A', 'Auragatan 15A'])
        expect(metres(at(index, written) as [number, number], testPoint(-280, -180)), written).toBeLessThan(1);
    expect(metres(at(turku, 'Aurakatu 15') as [number, number], testPoint(-300, -200))).toBeLessThan(1);
  });

  it('puts one address on two buildings at their mean, and leaves out one whose buildings are 2 km apart', () => {
    expect(metres(at(dvv.index, 'Aurakatu 18') as [number, number], testPoint(-400, -300))).toBeLessThan(1);
    expect(dvv.ambiguous).toEqual(['kaskenkatu 5']);
    expect(at(dvv.index, 'Kaskenkatu 5')).toBe('no-street');
  });

  it('gives the first house of a range, and nothing for a street that is not there', () => {
    expect(metres(at(turku, 'Kaskenkatu 5') as [number, number], testPoint(100, -700))).toBeLessThan(1);
    expect(at(turku, 'Tähtitorninkatu 2 (Observatoriegatan 2)')).toBe('no-number-match');
    expect(at(turku, 'Bastioninkatu 4')).toBe('no-street');
    expect(at(turku, 'Testitie 1')).toBe('no-street');
  });

  it('leaves out points outside the Turku region', () => {
    const r = buildIndex([{ street: 'Aurakatu', number: '1', lon: 60.45, lat: 22.27 }], 'turku', 'fixture');
    expect(r.outside).toBe(1);
    expect(r.index.streets).toEqual({});
  });
});
