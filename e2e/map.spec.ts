// Maps: the full map renders from the site's own tiles, filters act on map and list alike,
// a marker leads to its service, the list holds the same services, and MapLibre loads only
// on pages with a map.
import { expect, test, type Page } from '@playwright/test';
import { t } from '../src/i18n';
import { content, districtWithoutServices, mappable } from './content';

/** Every place the map draws, with the live services there: a shared address, or one district's point. */
const placesOnMap = (() => {
  const at = new Map<string, { lat: number; lon: number; district?: string; ids: Set<string> }>();
  for (const s of mappable)
    for (const l of s.locations) {
      const c = l.coordinates ?? content.districts.find((x) => x.id === l.district)?.point;
      if (!c) continue;
      const key = `${c.lat},${c.lon},${l.coordinates ? 'exact' : 'area'}`;
      const place = at.get(key) ?? { lat: c.lat, lon: c.lon, district: l.district, ids: new Set<string>() };
      place.ids.add(s.id);
      at.set(key, place);
    }
  return [...at.values()];
})();
/** Where a service's place is drawn, if it is drawn alone there (not stacked with others). */
function aloneAt(id: string, l: { coordinates?: { lat: number; lon: number }; district?: string }) {
  const c = l.coordinates ?? content.districts.find((x) => x.id === l.district)?.point;
  const place = placesOnMap.find((p) => p.lat === c?.lat && p.lon === c?.lon && p.ids.has(id));
  return place?.ids.size === 1 ? c : undefined;
}

type Rendered = { id?: string; cluster: number; approx: number; x: number; y: number };

async function openMap(page: Page, path = '/kartta/') {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  await page.locator('#map .map-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.waitForFunction(() =>
    (
      document.querySelector('#map') as unknown as { ptMap: { map: { loaded(): boolean; areTilesLoaded(): boolean } } }
    ).ptMap.map.areTilesLoaded(),
  );
  return errors;
}

function rendered(page: Page, fig = '#map'): Promise<Rendered[]> {
  return page.evaluate((fig) => {
    const map = (
      document.querySelector(fig) as unknown as {
        ptMap: {
          map: {
            queryRenderedFeatures(
              o: object,
            ): { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } }[];
            project(c: [number, number]): { x: number; y: number };
          };
        };
      }
    ).ptMap.map;
    return map
      .queryRenderedFeatures({ layers: ['services-clusters', 'services-areas', 'services-points'] })
      .map((f) => {
        const p = map.project(f.geometry.coordinates);
        return {
          id: f.properties.id as string | undefined,
          cluster: Number(f.properties.cluster),
          approx: Number(f.properties.approx),
          x: p.x,
          y: p.y,
        };
      });
  }, fig);
}

/** Moves the map to a point, close enough that each marker is drawn alone, and waits for it. */
async function closeUpOn(page: Page, c: { lat: number; lon: number }, fig: string) {
  await page.evaluate(
    ([lon, lat, fig]) =>
      (document.querySelector(fig) as unknown as { ptMap: { map: { jumpTo(o: object): void } } }).ptMap.map.jumpTo({
        center: [lon, lat],
        zoom: 16,
      }),
    [c.lon, c.lat, fig] as const,
  );
  await settle(page, fig);
}

/** Zooms in on a point, clicks the service's marker there and returns the pop-up. */
async function clickMarker(page: Page, id: string, c: { lat: number; lon: number }, fig = '#map') {
  await closeUpOn(page, c, fig);
  const marker = (await rendered(page, fig)).find((f) => f.id === id)!;
  expect(marker).toBeTruthy();
  const box = (await page.locator(`${fig} canvas`).boundingBox())!;
  await page.mouse.click(box.x + marker.x, box.y + marker.y);
  return page.locator('.maplibregl-popup');
}

async function settle(page: Page, fig = '#map') {
  await page.waitForFunction((fig) => {
    const map = (
      document.querySelector(fig) as unknown as {
        ptMap: { map: { isMoving(): boolean; areTilesLoaded(): boolean } };
      }
    ).ptMap.map;
    return !map.isMoving() && map.areTilesLoaded();
  }, fig);
  await page.waitForTimeout(300);
}

test('the full map renders markers or clusters from the site’s own tiles, without console errors', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = await openMap(page);
  await expect(page.locator('#map canvas')).toBeVisible();
  await settle(page);
  const features = await rendered(page);
  expect(features.length).toBeGreaterThan(0);
  expect(requests.some((u) => u.includes('/tiles/services.pmtiles'))).toBe(true);
  expect(requests.filter((u) => /^https?:/.test(u) && new URL(u).hostname !== '127.0.0.1')).toEqual([]);
  expect(errors).toEqual([]);
});

test('filters change what the map and the list show, and live in the URL', async ({ page }) => {
  await openMap(page);
  await settle(page);
  // Symbols are placed a frame or two after the tiles arrive: wait until some are drawn.
  await expect.poll(async () => (await rendered(page)).length).toBeGreaterThan(0);
  const before = (await rendered(page)).length;
  const visibleItems = () => page.locator('#map-list li[data-service]:not([hidden])').count();
  const allItems = await visibleItems();
  await page.locator('#map-filters summary').click();
  await page.getByRole('checkbox', { name: 'Muisti' }).check();
  await expect(page).toHaveURL(/theme=muisti/);
  await expect(page.locator('#map-list')).toHaveAttribute('data-state', 'ready');
  await settle(page);
  const filteredItems = await visibleItems();
  expect(filteredItems).toBeLessThan(allItems);
  expect(filteredItems).toBe(mappable.filter((s) => s.themes.includes('muisti')).length);
  await expect.poll(async () => (await rendered(page)).length).toBeLessThan(before);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Muisti' })).toBeChecked();
});

test('choosing a marker shows its name and a link that leads to the service page', async ({ page }) => {
  await openMap(page);
  // A service alone at its place, exact if there is one, else known by its district.
  const alone = (x: (typeof mappable)[number]) => x.locations.map((l) => aloneAt(x.id, l)).find(Boolean);
  const s = mappable.find((x) => x.locations.some((l) => l.coordinates && aloneAt(x.id, l))) ?? mappable.find(alone)!;
  const popup = await clickMarker(page, s.id, alone(s)!);
  await expect(popup).toBeVisible();
  await expect(popup.getByRole('link')).toHaveText(s.title.fi);
  await popup.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/palvelut/${s.id}/$`));
});

test('the list before the map holds exactly the services that have a place, a page at a time', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/kartta/');
  // The page itself carries one page of the list, whatever the size of the catalogue; the
  // district files are read only when the list is opened.
  await expect(page.locator('#map-list li[data-service]')).toHaveCount(Math.min(20, mappable.length));
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/kartta/alueet/'))).toEqual([]);
  await page.locator('#map-list summary').click();
  await expect(page.locator('#map-list')).toHaveAttribute('data-state', 'ready');
  const firstRead = requests.filter((p) => p.startsWith('/kartta/alueet/')).length;
  expect(firstRead).toBeGreaterThan(0);
  // "Show more" until every service is there, each once.
  const more = page.getByRole('button', { name: 'Näytä lisää' });
  while (await more.isVisible()) {
    await more.click();
    await expect(page.locator('#map-list')).toHaveAttribute('data-state', 'ready');
  }
  const ids = await page
    .locator('#map-list li[data-service]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service));
  expect(ids.sort()).toEqual(mappable.map((s) => s.id).sort());
  await expect(page.locator('#map-list summary')).toHaveText(`Palvelut listana (${mappable.length})`);
  // Reading order: list, skip link, then the map.
  const order = await page.evaluate(() => {
    const list = document.querySelector('#map-list')!;
    const map = document.querySelector('#map .map-canvas')!;
    return list.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  await page.getByRole('link', { name: 'Ohita kartta' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#map-after')).toBeFocused();
});

test('without JavaScript the list before the map links to every service through the A–Ö index', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/kartta/');
  await page.locator('#map-list summary').click();
  const shown = await page.locator('#map-list li[data-service] a').count();
  expect(shown).toBe(Math.min(20, mappable.length));
  if (mappable.length > shown) {
    await page.getByRole('link', { name: `Kaikki ${mappable.length} palvelua aakkosjärjestyksessä` }).click();
    await expect(page).toHaveURL(/\/palvelut\/$/);
  }
  await context.close();
});

test('markers stay out of the tab order; arrow keys pan the map without moving focus', async ({ page }) => {
  await openMap(page);
  await page.evaluate(() =>
    (document.querySelector('#map') as unknown as { ptMap: { map: { jumpTo(o: object): void } } }).ptMap.map.jumpTo({
      zoom: 13,
    }),
  );
  const canvas = page.locator('#map canvas');
  await canvas.focus();
  const center = () =>
    page.evaluate(
      () =>
        (
          document.querySelector('#map') as unknown as { ptMap: { map: { getCenter(): { lng: number } } } }
        ).ptMap.map.getCenter().lng,
    );
  const before = await center();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(600);
  expect(await center()).toBeGreaterThan(before);
  await expect(canvas).toBeFocused();
  // From the canvas, Tab reaches the zoom buttons: no marker is focusable.
  const focusables = await page
    .locator('#map [tabindex]:not([tabindex="-1"]), #map a, #map button')
    .evaluateAll((els) => els.map((e) => e.className));
  expect(focusables.every((c) => /maplibregl-(canvas|ctrl)|skip-map/.test(String(c)))).toBe(true);
});

test('pages without a map load no map code', async ({ page }) => {
  for (const path of ['/palvelut/', '/teemat/liikunta/', '/jarjestajat/', '/haku/']) {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(
      requests.filter((u) => /maplibre|pmtiles|\/map\.|lazy\./.test(u)),
      path,
    ).toEqual([]);
  }
});

test('a district page maps that district’s services after listing them', async ({ page }) => {
  // A district with a service alone at its place, so that a click cannot land on another.
  const s = mappable.find((x) => x.locations.some((l) => l.district && aloneAt(x.id, l)))!;
  const district = s.locations.find((l) => l.district && aloneAt(s.id, l))!.district;
  await page.goto(`/alueet/${district}/`);
  await page.locator('#district-map .map-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#district-map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(page.locator(`#here-list [data-service="${s.id}"]`)).toHaveCount(1);
  // The pop-up takes its words from the card above the map (ServiceCard's `forMap`): a marker
  // alone at its point (a stack has members, not an id).
  const { features } = JSON.parse((await page.locator('#district-map').getAttribute('data-features'))!) as {
    features: { geometry: { coordinates: [number, number] }; properties: { id?: string } }[];
  };
  const at = (f: (typeof features)[number]) => f.geometry.coordinates.join();
  const alone = features.find((f) => f.properties.id && features.filter((g) => at(g) === at(f)).length === 1)!;
  const one = content.services.find((x) => x.id === alone.properties.id!)!;
  const [lon, lat] = alone.geometry.coordinates;
  const popup = await clickMarker(page, one.id, { lat, lon }, '#district-map');
  await expect(popup.getByRole('link')).toHaveText(one.title.fi);
  await expect(popup).toContainText(content.providers.find((p) => p.id === one.provider)!.name.fi);
});

test('cards in a list no map reads carry no pop-up words', async ({ page }) => {
  await page.goto(`/teemat/${mappable[0].themes[0]}/`);
  await expect(page.locator('article.card').first()).toBeVisible();
  await expect(page.locator('article.card[data-places], article.card[data-provider]')).toHaveCount(0);
});

test('a district without services lists the nearest ones elsewhere, with a distance, and maps exactly those', async ({
  page,
}) => {
  const empty = districtWithoutServices;
  test.skip(!empty, 'every district has a service');
  await page.goto(`/alueet/${empty!.id}/`);
  await expect(page.locator('#here-list')).toContainText('Palvelutorilla ei vielä ole palveluja tältä alueelta.');
  const cards = page.locator('#nearest-list article[data-service]');
  await expect(cards).toHaveCount(6);
  const notes = await cards.locator('.card-note').allTextContents();
  const km = notes.map((n) => {
    const m = /^Lähin paikka: .+, (?:alle 1 km|noin (\d+) km)$/.exec(n);
    expect(m, n).not.toBeNull();
    return Number(m![1] ?? 0);
  });
  expect(km).toEqual([...km].sort((a, b) => a - b));
  // The map shows the same services as the lists before it, and nothing else.
  const listed = await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service));
  // Services at one place are one stacked marker: its members count.
  const mapped = JSON.parse((await page.locator('#district-map').getAttribute('data-features'))!).features.flatMap(
    (f: { properties: { id?: string; members?: string } }) =>
      f.properties.members ? (JSON.parse(f.properties.members) as [string][]).map(([id]) => id) : [f.properties.id],
  );
  expect(new Set(mapped)).toEqual(new Set(listed));
  await expect(page.getByRole('link', { name: 'Kaikki palvelut, lähimmät ensin' })).toHaveAttribute(
    'href',
    `/haku/?near=${empty!.id}`,
  );
  // What is listed above is not repeated in the list of citywide services.
  for (const id of listed)
    await expect(page.locator(`section[aria-labelledby="citywide"] [data-service="${id}"]`)).toHaveCount(0);
});

test('on the home page a resident chooses any district, even one without services, and gets its page', async ({
  page,
}) => {
  const empty = districtWithoutServices;
  test.skip(!empty, 'every district has a service');
  await page.goto('/');
  await page.getByLabel('Asuinalue').selectOption(empty!.id);
  await page.getByRole('button', { name: 'Näytä alueen palvelut' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/alueet/${empty!.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(empty!.name.fi);
  await expect(page.getByRole('heading', { name: 'Lähimmät palvelut muilla alueilla' })).toBeVisible();
});

test('near me: choosing a district lists its services first, nearest first, and moves the map', async ({ page }) => {
  const s = mappable.find((x) => x.locations.some((l) => l.district))!;
  const district = s.locations.find((l) => l.district)!.district!;
  const inDistrict = mappable.filter((x) => x.locations.some((l) => l.district === district)).map((x) => x.id);
  await openMap(page);
  await page.getByLabel('Siirry alueelle').selectOption(district);
  await expect(page.locator('#map-status')).toContainText('valittu');
  await expect(page.locator('#map-list')).toHaveAttribute('data-state', 'ready');
  const order = await page
    .locator('#map-list li[data-service]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service));
  expect(order.slice(0, inDistrict.length).sort()).toEqual([...inDistrict].sort());
  await expect(page).toHaveURL(new RegExp(`district=${district}`));
});

test('near me: "show my location" asks only on a click, then orders the list by distance', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 60.4518, longitude: 22.2666 });
  await openMap(page);
  await page.getByRole('button', { name: 'Näytä sijaintini' }).click();
  await expect(page.locator('#map-status')).toContainText('Sijaintisi näkyy kartalla');
  await expect(page.locator('#map-list')).toHaveAttribute('data-state', 'ready');
  const points = await page
    .locator('#map-list li[data-lat]')
    .evaluateAll((els) =>
      els.map((e) => [Number((e as HTMLElement).dataset.lat), Number((e as HTMLElement).dataset.lon)]),
    );
  const d = points.map(([lat, lon]) => Math.hypot(lat - 60.4518, (lon - 22.2666) * 0.49));
  for (let i = 1; i < d.length; i++) expect(d[i]).toBeGreaterThanOrEqual(d[i - 1] - 1e-6);
});

test('a marker of a service with places in several districts names the place that was clicked', async ({ page }) => {
  // Clicked where it is alone: a place it shares opens the list of all there.
  const s = mappable.find(
    (x) =>
      new Set(x.locations.map((l) => l.district).filter(Boolean)).size >= 2 &&
      x.locations.some((l) => l.district && aloneAt(x.id, l)),
  )!;
  test.skip(!s, 'no service with places in several districts is alone at one of them');
  const loc = s.locations.find((l) => l.district && aloneAt(s.id, l))!;
  const district = content.districts.find((d) => d.id === loc.district)!;
  await openMap(page);
  const popup = await clickMarker(page, s.id, aloneAt(s.id, loc)!);
  await expect(popup.getByRole('link')).toHaveText(s.title.fi);
  await expect(popup).toContainText(loc.street ?? district.name.fi);
  const others = s.locations
    .filter((l) => l.district && l.district !== loc.district)
    .map((l) => content.districts.find((d) => d.id === l.district)!.name.fi);
  for (const name of others) await expect(popup).not.toContainText(name);
});

/** Clicks what is drawn at a point and returns what was drawn there and the pop-up. */
async function clickPoint(page: Page, c: { lat: number; lon: number }, fig: string) {
  await closeUpOn(page, c, fig);
  const box = (await page.locator(`${fig} canvas`).boundingBox())!;
  const centre = { x: box.width / 2, y: box.height / 2 };
  const here = (await rendered(page, fig)).filter((f) => Math.hypot(f.x - centre.x, f.y - centre.y) < 3);
  await page.mouse.click(box.x + centre.x, box.y + centre.y);
  return { here, popup: page.locator(`${fig} .maplibregl-popup`) };
}

test('services at the same point are one marker with their number, which opens a list of them all', async ({
  page,
}) => {
  // The smallest such place: its pop-up fits on any screen.
  const shared = placesOnMap.filter((p) => p.ids.size >= 2).sort((a, b) => a.ids.size - b.ids.size)[0];
  test.skip(!shared, 'no two live services share a point');
  const services = [...shared.ids].map((id) => content.services.find((s) => s.id === id)!);
  await openMap(page);
  const { here, popup } = await clickPoint(page, shared, '#map');
  // One marker, not one icon on top of another.
  expect(here).toHaveLength(1);
  expect(here[0].cluster).toBe(1);
  await expect(popup).toBeVisible();
  for (const s of services) await expect(popup.getByRole('link', { name: s.title.fi, exact: true })).toBeVisible();
  await expect(popup).toContainText(`${services.length} palvelua`);

  // The same on the district's own page, in the reader's language.
  await page.goto(`/sv/alueet/${shared.district}/`);
  await page.locator('#district-map .map-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#district-map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  const district = await clickPoint(page, shared, '#district-map');
  expect(district.here).toHaveLength(1);
  for (const s of services)
    await expect(district.popup.getByRole('link', { name: s.title.sv ?? s.title.fi, exact: true })).toBeVisible();
  await expect(district.popup).toContainText(`${services.length} tjänster`);
});

test('a chosen district is named on the map, and in the caption for screen readers', async ({ page }) => {
  const inFrame = async (fig: string, name: string) => {
    const label = page.locator(`${fig} .map-place`);
    await expect(label).toBeVisible();
    await expect(label).toHaveText(name);
    // Inside the map's frame, not above or below it.
    const frame = (await page.locator(`${fig} .map-canvas`).boundingBox())!;
    const box = (await label.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
    expect(box.y).toBeGreaterThanOrEqual(frame.y);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
    await expect(page.locator(`${fig} figcaption`)).toContainText(name);
  };
  // A district page.
  const district = content.districts.find((d) => mappable.some((s) => s.locations.some((l) => l.district === d.id)))!;
  await page.goto(`/alueet/${district.id}/`);
  await page.locator('#district-map .map-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#district-map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await inFrame('#district-map', district.name.fi);

  // The map page: nothing named until a district is chosen, then that one, in the page's language.
  await page.goto('/sv/kartta/');
  await page.locator('#map .map-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(page.locator('#map .map-place')).toBeHidden();
  await page.getByLabel('Gå till området').selectOption(district.id);
  await inFrame('#map', district.name.sv);
  // The district is drawn as chosen, as on its own page.
  const filter = await page.evaluate(() =>
    (
      document.querySelector('#map') as unknown as { ptMap: { map: { getFilter(l: string): unknown } } }
    ).ptMap.map.getFilter('district-focus'),
  );
  expect(JSON.stringify(filter)).toContain(`"${district.id}"`);
});

test('each map explains only the markers it can show: groups to zoom into on the full map, services at one place on a district’s', async ({
  page,
}) => {
  const legend = async (path: string) => {
    await page.goto(path);
    return page.locator('.map-figure .legend').first().textContent();
  };
  const sv = t('sv');
  expect(await legend('/sv/kartta/')).toBe(sv.mapLegend);
  const district = placesOnMap.find((p) => p.district)!.district!;
  expect(await legend(`/sv/alueet/${district}/`)).toBe(sv.mapLegendFew);
  expect(await legend(`/sv/palvelut/${mappable[0].id}/`)).toBe(sv.mapLegendService);
});
