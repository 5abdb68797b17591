// The optional street basemap. No real Protomaps extract of Turku is on this machine, so the
// test makes a small archive in the Protomaps layer schema (earth, water, a major road, a
// place) with the project's own PMTiles writer, serves it with range requests at the address
// a deployer would configure, and gives the map that address the way PUBLIC_BASEMAP_URL and
// PUBLIC_MAP_GLYPHS reach it (MapFigure's data attributes).
import { expect, test, type Page, type Route } from '@playwright/test';
import { writePmtiles } from '../scripts/map/pmtiles';
import { buildVectorTiles } from '../scripts/map/tiles';
import { BOUNDS } from '../scripts/map/build-tiles';

const feature = (geometry: GeoJSON.Geometry, properties: Record<string, string | number> = {}): GeoJSON.Feature => ({
  type: 'Feature',
  geometry,
  properties,
});
const collection = (...features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
const box = (w: number, s: number, e: number, n: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const CENTRE: [number, number] = [22.2666, 60.4518];

function protomapsArchive(): Buffer {
  const [w, s, e, n] = BOUNDS;
  const layers = {
    earth: collection(feature(box(w, s, e, n))),
    water: collection(feature(box(w, s, 22.15, 60.4), { kind: 'water' })),
    roads: collection(
      feature(
        {
          type: 'LineString',
          coordinates: [
            [22.2, 60.45],
            [22.33, 60.455],
          ],
        },
        { kind: 'major_road', name: 'Aurakatu', 'name:fi': 'Aurakatu', 'name:sv': 'Auragatan', min_zoom: 6 },
      ),
    ),
    places: collection(
      feature(
        { type: 'Point', coordinates: CENTRE },
        { kind: 'locality', name: 'Turku', 'name:fi': 'Turku', 'name:sv': 'Åbo', min_zoom: 4, population_rank: 12 },
      ),
    ),
  };
  const tiles = buildVectorTiles(layers, { minZoom: 9, maxZoom: 12, bounds: BOUNDS });
  const vector_layers = Object.keys(layers).map((id) => ({ id, fields: {} }));
  return Buffer.from(
    writePmtiles(tiles, {
      metadata: { name: 'test basemap', vector_layers },
      tileType: 'mvt',
      tileCompression: 'gzip',
      minZoom: 9,
      maxZoom: 12,
      bounds: BOUNDS,
      center: [...CENTRE, 11],
    }),
  );
}

// A glyph file (protobuf) naming its font stack and range, with no glyphs in it.
function emptyGlyphs(fontstack: string, range: string): Buffer {
  const field = (tag: number, bytes: Buffer) => Buffer.concat([Buffer.from([tag, bytes.length]), bytes]);
  return field(0x0a, Buffer.concat([field(0x0a, Buffer.from(fontstack)), field(0x12, Buffer.from(range))]));
}

const archive = protomapsArchive();

async function serveArchive(route: Route) {
  const range = /bytes=(\d+)-(\d+)/.exec(route.request().headers().range ?? '');
  if (!range) return route.fulfill({ body: archive, contentType: 'application/octet-stream' });
  const start = Number(range[1]);
  const end = Math.min(Number(range[2]), archive.length - 1);
  await route.fulfill({
    status: 206,
    body: archive.subarray(start, end + 1),
    headers: { 'content-range': `bytes ${start}-${end}/${archive.length}`, 'content-type': 'application/octet-stream' },
  });
}

async function openWithBasemap(page: Page, { glyphs }: { glyphs: boolean }) {
  const errors: string[] = [];
  const fonts: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/basemap/turku.pmtiles', serveArchive);
  await page.route('**/basemap/fonts/**', (route) => {
    const [fontstack, file] = decodeURIComponent(new URL(route.request().url()).pathname).split('/').slice(-2);
    fonts.push(`${fontstack}/${file}`);
    return route.fulfill({
      body: emptyGlyphs(fontstack, file.replace('.pbf', '')),
      contentType: 'application/x-protobuf',
    });
  });
  await page.addInitScript((withGlyphs) => {
    document.addEventListener('DOMContentLoaded', () => {
      for (const fig of document.querySelectorAll<HTMLElement>('.map-figure')) {
        fig.dataset.basemap = '/basemap/turku.pmtiles';
        if (withGlyphs) fig.dataset.glyphs = '/basemap/fonts/{fontstack}/{range}.pbf';
      }
    });
  }, glyphs);
  await page.goto('/kartta/');
  await page.locator('#map .map-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await idle(page);
  return { errors, fonts };
}

async function idle(page: Page) {
  await page.waitForFunction(() => {
    const map = (
      document.querySelector('#map') as unknown as {
        ptMap: { map: { isStyleLoaded(): boolean; areTilesLoaded(): boolean; isMoving(): boolean } };
      }
    ).ptMap.map;
    return map.isStyleLoaded() && map.areTilesLoaded() && !map.isMoving();
  });
  await page.waitForTimeout(300);
}

const inMap = <T>(page: Page, fn: (map: import('maplibre-gl').Map) => T) =>
  page.evaluate(`(${fn.toString()})(document.querySelector('#map').ptMap.map)`) as Promise<T>;

test('a configured street basemap draws under the services, with its fonts and OpenStreetMap credit', async ({
  page,
}) => {
  const { errors, fonts } = await openWithBasemap(page, { glyphs: true });
  const ids = await inMap(page, (map) => map.getStyle().layers.map((l) => l.id));
  expect(ids[0]).toBe('background');
  expect(ids).toContain('roads_major');
  expect(ids).not.toContain('land');
  expect(ids.indexOf('services-clusters')).toBeGreaterThan(ids.indexOf('roads_major'));
  // The street from the archive is drawn, and so are the services.
  expect(await inMap(page, (map) => map.queryRenderedFeatures({ layers: ['roads_major'] }).length)).toBeGreaterThan(0);
  expect(
    await inMap(
      page,
      (map) => map.queryRenderedFeatures({ layers: ['services-clusters', 'services-areas', 'services-points'] }).length,
    ),
  ).toBeGreaterThan(0);
  // Labels ask the self-hosted fonts, by name, with the template filled in.
  expect(fonts.some((f) => /^Noto Sans [A-Za-z]+\/\d+-\d+\.pbf$/.test(f))).toBe(true);
  await expect(page.locator('#map .maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
  expect(errors).toEqual([]);
});

test('without fonts the basemap comes without labels, and high contrast switches it to the black flavour', async ({
  page,
}) => {
  const { errors, fonts } = await openWithBasemap(page, { glyphs: false });
  expect(fonts).toEqual([]);
  expect(
    await inMap(
      page,
      (map) => map.getStyle().layers.filter((l) => l.type === 'symbol' && l.source === 'protomaps').length,
    ),
  ).toBe(0);
  const earth = () => inMap(page, (map) => String(map.getPaintProperty('earth', 'fill-color')));
  const light = await earth();
  await page.locator('.settings summary').click();
  await page.getByRole('radio', { name: 'Suuri kontrasti' }).check();
  await expect.poll(earth).not.toBe(light);
  await idle(page);
  // The layers are made afresh for the new style, not appended to the old ones.
  const ids = await inMap(page, (map) => map.getStyle().layers.map((l) => l.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect(errors).toEqual([]);
});
