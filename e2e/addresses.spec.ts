// Exact places from street addresses (npm run addresses:import). The site is built from whatever
// .cache/addresses/ holds: with an index, a listing whose address it knows is drawn as a pin at
// that point and the maps credit the data; without one, no map mentions address data and such a
// listing stays "somewhere in" its district. The test reads the same index the build read, so it
// checks whichever of the two was built (docs/deployment.md says how to build with the fixture).
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { t, LANGS } from '../src/i18n';
import { addressSourcesUsed } from '../src/lib/addresses';
import { routes } from '../src/lib/routes';
import { loadAddressIndex } from '../src/validation/fs';
import { content, live } from './content';

const index = loadAddressIndex(join(import.meta.dirname, '..'));
const used = addressSourcesUsed(content.services);

async function ready(page: Page, path: string, id: string) {
  await page.goto(path);
  await page.locator(`#${id} .map-canvas`).scrollIntoViewIfNeeded();
  await expect(page.locator(`#${id}`)).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}

test('every map credits the address data exactly when some point came from it', async ({ page }) => {
  if (index) expect(used, 'the imported index matched no listing').toEqual([index.source]);
  for (const lang of LANGS) {
    const credits = Object.values(t(lang).mapAddresses);
    const wanted = used.map((s) => t(lang).mapAddresses[s]);
    await ready(page, routes.map(lang), 'map');
    const attribution = (await page.locator('#map').getAttribute('data-attribution'))!;
    for (const c of credits) expect(attribution.includes(c), `${lang}: ${c}`).toBe(wanted.includes(c));
    for (const c of wanted) await expect(page.locator('#map .maplibregl-ctrl-attrib')).toContainText(c);
  }
});

test('a listing with a street address and a district is a pin at its address when the data knows it, else an area marker at its district', async ({
  page,
}) => {
  const candidates = live.flatMap((s) =>
    s.locations.filter((l) => l.street && l.district && (!l.coordinates || l.coordinatesFrom)).map((l) => ({ s, l })),
  );
  test.skip(!candidates.length, 'no listing gives both a street address and a district');
  // Services at one place are one marker with a list (stackSamePlaces): take one drawn alone.
  const pointOf = (l: (typeof candidates)[number]['l']) => {
    const c = l.coordinates ?? content.districts.find((d) => d.id === l.district)?.point;
    return c ? `${c.lat},${c.lon}` : '';
  };
  const alone = ({ s, l }: (typeof candidates)[number]) =>
    !live.some((o) => o.id !== s.id && o.locations.some((m) => pointOf(m) === pointOf(l)));
  const { s, l } = candidates.find((c) => c.l.coordinatesFrom && alone(c)) ?? candidates.find(alone) ?? candidates[0];
  const district = content.districts.find((d) => d.id === l.district)!;
  const want = l.coordinatesFrom
    ? { approx: 0, at: [l.coordinates!.lon, l.coordinates!.lat] }
    : { approx: 1, at: [district.point.lon, district.point.lat] };
  expect(!!l.coordinatesFrom).toBe(!!index);

  // The service page's own map carries its features in the page.
  await page.goto(routes.service('fi', s.id));
  const fc = JSON.parse(
    (await page.locator('#service-map').getAttribute('data-features'))!,
  ) as GeoJSON.FeatureCollection<GeoJSON.Point>;
  expect(fc.features.map((f) => ({ approx: f.properties!.approx, at: f.geometry.coordinates }))).toContainEqual(want);

  // The full map's tiles put it in the same place.
  await ready(page, routes.map('fi'), 'map');
  const found = await page.evaluate(
    async ([id, lon, lat]) => {
      const map = (document.querySelector('#map') as unknown as { ptMap: { map: import('maplibre-gl').Map } }).ptMap
        .map;
      map.jumpTo({ center: [lon as number, lat as number], zoom: 16 });
      await new Promise<void>((ok) => map.once('idle', () => ok()));
      const f = map
        .queryRenderedFeatures({ layers: ['services-areas', 'services-points'] })
        .find((x) => x.properties.id === id);
      if (!f) return undefined;
      const [x, y] = (f.geometry as GeoJSON.Point).coordinates;
      const p = map.project([x, y]);
      const c = map.project([lon as number, lat as number]);
      return { approx: Number(f.properties.approx), px: Math.hypot(p.x - c.x, p.y - c.y) };
    },
    [s.id, ...want.at] as const,
  );
  expect(found, s.id).toBeTruthy();
  expect(found!.approx).toBe(want.approx);
  expect(found!.px).toBeLessThan(2);
});
