import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import polygonClipping from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { validateContentDir } from '../../src/validation/fs';
import { loadLand } from './build-tiles';
import { approximateDistricts, importedDistricts, landPolygons } from './districts';
import { bbox, bboxesOverlap, pointInMulti, ringArea, type MultiPolygonCoords } from './geometry';
import { convertBoundaries, fetchAllFeatures } from './import-districts';

const { content } = validateContentDir(join(import.meta.dirname, '../..'));
const areas = approximateDistricts(content.districts, landPolygons(loadLand()));
const area = (m: MultiPolygonCoords) =>
  m.reduce((a, poly) => a + ringArea(poly[0]) - poly.slice(1).reduce((h, r) => h + ringArea(r), 0), 0);

describe('approximate district areas', () => {
  it('give every district an area that holds its own point, marked approximate', () => {
    expect(areas).toHaveLength(content.districts.length);
    for (const [i, d] of content.districts.entries()) {
      expect(pointInMulti([d.point.lon, d.point.lat], areas[i].geometry), d.id).toBe(true);
      expect(areas[i].approximate).toBe(true);
    }
  });

  it('never overlap one another', () => {
    const boxes = areas.map((a) => bbox(a.geometry.flatMap((p) => p[0])));
    const overlaps: string[] = [];
    for (let i = 0; i < areas.length; i++)
      for (let j = i + 1; j < areas.length; j++) {
        if (!bboxesOverlap(boxes[i], boxes[j])) continue;
        const shared = area(polygonClipping.intersection(areas[i].geometry, areas[j].geometry) as MultiPolygonCoords);
        if (shared > 1) overlaps.push(`${areas[i].id} × ${areas[j].id}: ${Math.round(shared)} m²`);
      }
    expect(overlaps).toEqual([]);
  });
});

describe('imported official boundaries', () => {
  it('are converted, simplified and matched to content districts by code', () => {
    const square = [
      [
        [22.26, 60.45],
        [22.27, 60.45],
        [22.27, 60.46],
        [22.26, 60.46],
        [22.26, 60.45],
      ],
    ];
    const converted = convertBoundaries({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '85', name_fi: 'Runosmäki' },
          geometry: { type: 'Polygon', coordinates: square },
        },
      ],
    });
    expect(converted.features[0].properties).toEqual({ code: '085', name: 'Runosmäki' });
    const file = join(mkdtempSync(join(tmpdir(), 'pt-')), 'b.geojson');
    writeFileSync(file, JSON.stringify(converted));
    const imported = importedDistricts(content.districts, file)!;
    expect(imported.map((d) => d.id)).toEqual(['runosmaki']);
    expect(imported[0].approximate).toBe(false);
  });

  it('refuse coordinates that are not longitude and latitude', () => {
    const projected = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: { code: '001' },
          geometry: {
            type: 'Polygon' as const,
            coordinates: [
              [
                [23460000, 6700000],
                [23460100, 6700000],
                [23460000, 6700100],
                [23460000, 6700000],
              ],
            ],
          },
        },
      ],
    };
    expect(() => convertBoundaries(projected)).toThrow(/WGS84/);
  });

  it('are fetched from every page of the OGC API collection, following its "next" links', async () => {
    const feature = (code: string) => ({
      type: 'Feature',
      properties: { code },
      geometry: { type: 'Point', coordinates: [22.2, 60.4] },
    });
    const pages: Record<string, object> = {
      'https://city.test/items?f=json': {
        features: [feature('001'), feature('002')],
        links: [
          { rel: 'self', href: '?f=json' },
          { rel: 'next', href: '/items?f=json&offset=2' },
        ],
      },
      'https://city.test/items?f=json&offset=2': { features: [feature('003')], links: [] },
    };
    const asked: string[] = [];
    const get = (async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify(pages[url]), { status: pages[url] ? 200 : 404 });
    }) as typeof fetch;
    const all = await fetchAllFeatures('https://city.test/items?f=json', get);
    expect(all.features.map((f) => f.properties!.code)).toEqual(['001', '002', '003']);
    expect(asked).toHaveLength(2);
    const loop = (async () =>
      new Response(
        JSON.stringify({ features: [], links: [{ rel: 'next', href: 'https://city.test/items' }] }),
      )) as typeof fetch;
    await expect(fetchAllFeatures('https://city.test/items', loop)).rejects.toThrow(/pages/);
    await expect(fetchAllFeatures('https://city.test/missing', get)).rejects.toThrow(/404/);
  });
});
