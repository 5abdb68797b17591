// When a part of the site cannot load, the reader is told plainly and pointed to what works:
// the map's library or its tile archives (the list before the map has the same services), and
// Pagefind (quick find, the topics and the A–Ö list do not need it).
import { expect, test, type Page } from '@playwright/test';
import { t } from '../src/i18n';
import { live } from './content';

const fi = t('fi');

async function scrollToMap(page: Page, path = '/kartta/') {
  await page.goto(path);
  // The figure, not the canvas: a map that fails at once hides its canvas.
  await page.locator('#map').scrollIntoViewIfNeeded();
}

async function expectMapFailure(page: Page) {
  const message = page.locator('#map').getByRole('status');
  await expect(message).toHaveText(fi.mapFailed, { timeout: 15_000 });
  await expect(message).toBeVisible();
  // The sentence takes the map's place: no empty box under it.
  await expect(page.locator('#map .map-canvas')).toBeHidden();
  // The list the sentence points to is there, before the map.
  const list = page.locator((await page.locator('#map').getAttribute('data-list'))!);
  await expect(list).toBeAttached();
  expect(
    await list.evaluate(
      (l) => !!(l.compareDocumentPosition(document.querySelector('#map')!) & Node.DOCUMENT_POSITION_FOLLOWING),
    ),
  ).toBe(true);
}

test('map: the library chunk does not load: the map box says the list has the same services', async ({ page }) => {
  let blocked = 0;
  // The lazily imported chunk with MapLibre in it (dist/_astro/map.[hash].js).
  await page.route(/\/_astro\/map\.[\w-]+\.js$/, (route) => (blocked++, route.abort()));
  await scrollToMap(page);
  await expectMapFailure(page);
  expect(blocked).toBeGreaterThan(0);
  await expect(page.locator('#map')).not.toHaveAttribute('data-ready', 'true');
});

for (const archive of ['base', 'services']) {
  test(`map: the tile archive ${archive}.pmtiles does not load: the same sentence`, async ({ page }) => {
    let blocked = 0;
    await page.route(new RegExp(`/tiles/${archive}\\.pmtiles`), (route) => (blocked++, route.abort()));
    await scrollToMap(page);
    await expectMapFailure(page);
    expect(blocked).toBeGreaterThan(0);
  });
}

test('map: a tile archive that never answers: the same sentence once the map has waited long enough', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // No answer and no error: only map.ts's patience (20 s) can tell the reader.
  await page.route(/\/tiles\/base\.pmtiles/, () => undefined);
  await scrollToMap(page);
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(page.locator('#map').getByRole('status')).toHaveText(fi.mapFailed, { timeout: 40_000 });
});

test('map: with everything loading, the sentence stays empty and the map is shown', async ({ page }) => {
  await scrollToMap(page);
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.waitForFunction(() =>
    (document.querySelector('#map') as unknown as { ptMap: { map: { loaded(): boolean } } }).ptMap.map.loaded(),
  );
  await expect(page.locator('#map .map-canvas')).toBeVisible();
  await expect(page.locator('#map').getByRole('status')).toHaveText('');
});

test('search: Pagefind does not load: the page says so, points to the other ways, and quick find still works', async ({
  page,
}) => {
  let blocked = 0;
  await page.route(/\/pagefind\//, (route) => (blocked++, route.abort()));
  const service = live[0];
  await page.goto(`/haku/?q=${encodeURIComponent(service.title.fi)}`);
  await expect(page.locator('#search-status')).toHaveRole('status');
  await expect(page.locator('#search-status')).toHaveText(fi.searchError);
  expect(blocked).toBeGreaterThan(0);
  const ways = page.locator('#search-failed');
  await expect(ways).toBeVisible();
  await expect(ways.getByRole('link', { name: fi.themesTitle })).toHaveAttribute('href', '/teemat/');
  await expect(ways.getByRole('link', { name: fi.indexTitle })).toHaveAttribute('href', '/palvelut/');
  // Quick find reads its own index (pikahaku.json), not Pagefind.
  await ways.getByRole('button', { name: fi.quickFind }).click();
  const input = page.getByRole('dialog').getByRole('combobox');
  await expect(input).toBeFocused();
  await input.fill(service.title.fi);
  await expect(page.locator(`[role=option][data-service="${service.id}"]`)).toBeVisible();
});
