// Search for residents (Pagefind) and advisors (quick find), near me, and the shortlist.
import { expect, test } from '@playwright/test';
import { content, live } from './content';

const byProvider = (pattern: RegExp) =>
  live.find((s) => pattern.test(content.providers.find((p) => p.id === s.provider)!.name.fi));

test('full-text search finds inflected Finnish forms and everyday synonyms', async ({ page }) => {
  const exercise = live.filter((s) => s.themes.includes('liikunta')).map((s) => s.id);
  for (const q of ['jumppaan', 'kuntosali']) {
    await page.goto(`/haku/?q=${q}`);
    await expect(page.locator('#search-status')).toContainText(/löytyi/);
    const found = await page
      .locator('#search-results article')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service));
    expect(found.length, q).toBeGreaterThan(0);
    expect(
      found.some((id) => exercise.includes(id!)),
      q,
    ).toBe(true);
  }
});

test('title, summary, provider and district are searchable; page boilerplate is not', async ({ page }) => {
  const ids = async (q: string) => {
    await page.goto(`/haku/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('#search-status')).toContainText(/löytyi|ei löytynyt/);
    const found = await page
      .locator('#search-results article')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service));
    // Eight are shown at a time; the count covers them all.
    return { found, count: Number((await page.locator('#search-status').textContent())!.match(/^\d+/)?.[0] ?? 0) };
  };
  // These words live in the metadata search-index.ts gives Pagefind (src/lib/search-meta.ts),
  // not in the indexed body; the page sent to readers does not carry it at all.
  const served = await (await page.request.get(`/palvelut/${live[0].id}/`)).text();
  expect(served).not.toMatch(/data-pagefind-(filter|meta|weight)/);
  const inRunosmaki = live.filter((s) => s.locations.some((l) => l.district === 'runosmaki'));
  expect(inRunosmaki.length).toBeGreaterThan(0);
  const runosmaki = await ids('Runosmäki');
  expect(runosmaki.found.some((id) => inRunosmaki.some((s) => s.id === id))).toBe(true);
  const kela = await ids('Kansaneläkelaitos');
  expect(kela.found).toContain(live.find((s) => s.provider === 'kela')!.id);
  // The "Where" heading is printed on every page and means nothing to search: only listings
  // that use the word themselves may match. (Indexed, the heading matched all of them.)
  const sayWhere = live.filter((s) => /missä/i.test(JSON.stringify(s))).length;
  expect(sayWhere).toBeLessThan(live.length / 2);
  expect((await ids('missä')).count).toBeLessThanOrEqual(sayWhere);
});

test('focusing the search box starts loading Pagefind, so the first search waits less', async ({ page }) => {
  await page.goto('/haku/');
  const wasm = page.waitForRequest((r) => /\/pagefind\/wasm\.fi\.pagefind$/.test(r.url()));
  await page.locator('#search-q').focus();
  await wasm;
  // Nothing is searched until the reader asks.
  await expect(page.locator('#search-results article')).toHaveCount(0);
});

test('results are announced, are real links, and show provider and summary', async ({ page }) => {
  await page.goto('/haku/?q=muisti');
  const status = page.locator('#search-status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText(/\d+ palvelua löytyi|1 palvelu löytyi/);
  const first = page.locator('#search-results article').first();
  await expect(first.locator('h2 a')).toHaveAttribute('href', /\/palvelut\/[^/]+\/$/);
  await expect(first.locator('p').first()).not.toBeEmpty();
});

test('filters narrow the results and survive a reload', async ({ page }) => {
  await page.goto('/haku/?q=turku');
  await page.goto('/haku/');
  await page.getByRole('checkbox', { name: 'Liikunta' }).check();
  await expect(page.locator('#search-status')).toHaveText(
    `${live.filter((s) => s.themes.includes('liikunta')).length} palvelua löytyi.`,
  );
  await page.getByRole('checkbox', { name: 'Maksuton' }).check();
  await expect(page).toHaveURL(/theme=liikunta/);
  await expect(page).toHaveURL(/cost=free/);
  const expected = live.filter((s) => s.themes.includes('liikunta') && s.cost?.type === 'free').length;
  const announced = expected === 1 ? '1 palvelu löytyi.' : `${expected} palvelua löytyi.`;
  await expect(page.locator('#search-status')).toHaveText(expected ? announced : /Palveluja ei löytynyt/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Maksuton' })).toBeChecked();
  await expect(page.locator('#search-status')).toHaveText(expected ? announced : /Palveluja ei löytynyt/);
});

test('on a phone the filters start closed, say how many are chosen, and Search shows the results', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/haku/');
  const panel = page.locator('details.filters');
  await expect(panel).not.toHaveAttribute('open');
  await page.getByLabel('Mitä etsit?').fill('jumppa');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-status')).toContainText('löytyi');
  await expect(page.locator('#search-status')).toBeInViewport();
  await page.getByText('Rajaa hakua').click();
  await page.getByRole('checkbox', { name: 'Maksuton' }).check();
  await expect(panel.locator('summary')).toHaveText('Rajaa hakua (1 valittu)');
  // A link with filters in it opens the panel, so the reader sees what narrows the results.
  await page.goto('/haku/?theme=liikunta&cost=free');
  await expect(panel).toHaveAttribute('open');
  await expect(panel.locator('summary')).toHaveText('Rajaa hakua (2 valittu)');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/haku/');
  await expect(panel).toHaveAttribute('open');
});

test('a theme page hands its theme to the search page, to narrow down or order nearest first', async ({ page }) => {
  const theme = content.themes.find((t) => live.filter((s) => s.themes.includes(t.id)).length > 1)!;
  const count = live.filter((s) => s.themes.includes(theme.id)).length;
  await page.goto(`/teemat/${theme.id}/`);
  await page.getByRole('link', { name: 'Rajaa lisää tai näytä lähimmät ensin' }).click();
  await expect(page).toHaveURL(new RegExp(`/haku/\\?theme=${theme.id}$`));
  await expect(page.getByRole('checkbox', { name: theme.name.fi })).toBeChecked();
  await expect(page.locator('#search-status')).toHaveText(`${count} palvelua löytyi.`);
});

test('search results show their short facts as the cards do, facts over a year old tinted as the stale notice', async ({
  page,
}) => {
  const look = (tag: import('@playwright/test').Locator) =>
    tag.evaluate((el) => {
      const s = getComputedStyle(el);
      return [
        s.fontSize,
        s.padding,
        s.borderRadius,
        s.borderTopWidth,
        s.borderTopStyle,
        s.backgroundColor,
        s.color,
      ].join(' ');
    });
  await page.goto('/teemat/liikunta/');
  const card = {
    fact: await look(page.locator('.card .tags li:not(.old)').first()),
    old: await look(page.locator('.card .tags li.old').first()),
  };
  // Old facts look different from the rest (the stale notice's colours), not like a button.
  expect(card.old).not.toBe(card.fact);
  expect(card.fact).toContain('0px none');
  await page.goto('/haku/?q=jumppa');
  await expect(page.locator('#search-results .tags').first()).toBeVisible();
  expect(await look(page.locator('#search-results .tags li:not(.old)').first())).toBe(card.fact);
  expect(await look(page.locator('#search-results .tags li.old').first())).toBe(card.old);
});

test('quick find: "/" opens it, a typo still finds the service, arrows and Enter open it', async ({ page }) => {
  const memory = byProvider(/muisti/i);
  test.skip(!memory, 'no memory association in content');
  await page.goto('/palvelut/');
  await page.keyboard.press('/');
  const input = page.getByRole('dialog').getByRole('combobox');
  await expect(input).toBeFocused();
  await input.fill('muistiyhdistis');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  const ids = await options.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service));
  const memoryIds = live.filter((s) => s.provider === memory!.provider).map((s) => s.id);
  expect(ids.some((id) => memoryIds.includes(id!))).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const target = await options.first().getAttribute('data-service');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/palvelut/${target}/$`));
  // The button is in place from the first paint (html.js); its script has run once the
  // document is parsed (module scripts run before DOMContentLoaded).
  await page.waitForLoadState('domcontentloaded');
  await expect(page.locator('#qf-open')).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('quick find’s dialog, its styles and its index load only when it is first opened, and it shows once styled', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const quickFind = () => fetched.filter((f) => /\/dialog\.|quick-search|pikahaku/.test(f));
  expect(quickFind()).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
  await expect(page.locator('#qf-dialog')).toHaveAttribute('data-ready', '');
  expect(await page.locator('#qf-dialog').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  expect(quickFind().some((f) => f.endsWith('.css'))).toBe(true);
  expect(quickFind()).toContain('/haku/pikahaku.json');
});

test('quick find tolerates a typo in "lähimmäispalvelu"', async ({ page }) => {
  const neighbour = byProvider(/lähimmäispalvelu/i);
  test.skip(!neighbour, 'no Lähimmäispalveluyhdistys in content');
  await page.goto('/');
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('combobox').fill('lähimäispalvelu');
  // The results come after the index files the query needs have arrived.
  const ofNeighbour = async () =>
    (await page.getByRole('option').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service))).some(
      (id) => live.find((s) => s.id === id)?.provider === neighbour!.provider,
    );
  await expect.poll(ofNeighbour).toBe(true);
});

test('an advisor builds a shortlist of three with the keyboard, shares the link, and a fresh browser sees the same three', async ({
  page,
  browser,
}) => {
  const three = live.slice(0, 3);
  for (const s of three) {
    await page.goto(`/palvelut/${s.id}/`);
    const toggle = page.locator('.call-row .shortlist-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
  await page.goto('/oma-lista/');
  await expect(page.locator('#shortlist-items > li')).toHaveCount(3);
  const link = await page.locator('#shortlist-link').inputValue();
  await page.locator('#shortlist-copy').click();
  await expect(page.locator('#shortlist-status')).toHaveText('Linkki kopioitu.');
  await expect(page.locator('#shortlist-qr')).toHaveAttribute('src', /^data:image\/png;base64,/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('#shortlist-items > li')).toHaveCount(3);
  const ids = await other
    .locator('#shortlist-items > li')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service));
  expect(ids).toEqual(three.map((s) => s.id));
  await expect(other.getByText('Tämä lista on jaettu sinulle linkillä.')).toBeVisible();
  await fresh.close();
});

test('a hostile shortlist link is ignored safely', async ({ page }) => {
  await page.goto(
    `/oma-lista/?s=${encodeURIComponent('<img src=x onerror=alert(1)>,javascript:alert(1),ei-ole-olemassa')}`,
  );
  await expect(page.locator('#shortlist-status')).toContainText('Listallasi ei ole vielä palveluja');
  await expect(page.locator('#shortlist-items > li')).toHaveCount(0);
});

test('a shared list opened in Swedish shows each service in Swedish, from the same file as in Finnish', async ({
  page,
}) => {
  const swedish = live.find((s) => s.title.sv && s.title.sv !== s.title.fi)!;
  const read: string[] = [];
  page.on('request', (r) => read.push(new URL(r.url()).pathname));
  await page.goto(`/sv/oma-lista/?s=${swedish.id}`);
  const item = page.locator('#shortlist-items > li');
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('heading', { level: 2 })).toHaveText(swedish.title.sv!);
  await expect(item.getByRole('link', { name: swedish.title.sv! })).toHaveAttribute(
    'href',
    `/sv/palvelut/${swedish.id}/`,
  );
  expect(read).toContain(`/oma-lista/tiedot/${swedish.id}.json`);
});

test('the shortlist reads only the services it shows: nothing when empty, and an ended one drops out of a shared link', async ({
  page,
}) => {
  const read: string[] = [];
  page.on('request', (r) => read.push(new URL(r.url()).pathname));
  await page.goto('/oma-lista/');
  await expect(page.locator('#shortlist-status')).toContainText('Listallasi ei ole vielä palveluja');
  await page.waitForLoadState('networkidle');
  expect(read.filter((p) => p.startsWith('/oma-lista/tiedot/'))).toEqual([]);
  const two = live.slice(0, 2).map((s) => s.id);
  const ended = content.services.find((s) => s.status === 'ended');
  read.length = 0;
  await page.goto(`/oma-lista/?s=${[...two, ...(ended ? [ended.id] : [])].join(',')}`);
  await expect(page.locator('#shortlist-items > li')).toHaveCount(2);
  await page.waitForLoadState('networkidle');
  expect(read.filter((p) => p.startsWith('/oma-lista/tiedot/')).sort()).toEqual(
    [...two, ...(ended ? [ended.id] : [])].map((id) => `/oma-lista/tiedot/${id}.json`).sort(),
  );
  expect(await page.locator('#shortlist-link').inputValue()).toContain(`s=${two.join('%2C')}`);
});

test('the printed shortlist holds names, addresses, times and phone numbers', async ({ page }) => {
  const withPhone = live.filter((s) => s.contact?.phone).slice(0, 3);
  await page.goto(`/oma-lista/?s=${withPhone.map((s) => s.id).join(',')}`);
  await expect(page.locator('#shortlist-items > li')).toHaveCount(withPhone.length);
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('main').innerText();
  for (const s of withPhone) {
    expect(text).toContain(s.title.fi);
    expect(text).toContain(s.contact!.phone!);
  }
  await expect(page.locator('#shortlist-tools')).toBeHidden();
  const size = await page
    .locator('#shortlist-items h2')
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
});

test("an advisor's note is printed at the top of the shortlist, and kept nowhere", async ({ page }) => {
  const ids = live.slice(0, 2).map((s) => s.id);
  await page.goto(`/oma-lista/?s=${ids.join(',')}`);
  const note = page.getByLabel('Muistiinpano tulosteeseen');
  await note.fill('Soita Liisalle maanantaina <b>klo 10</b>.');
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('#shortlist-note-print');
  await expect(printed).toBeVisible();
  await expect(printed).toHaveText('Soita Liisalle maanantaina <b>klo 10</b>.');
  const box = (await printed.boundingBox())!;
  expect(box.y).toBeLessThan((await page.locator('#shortlist-items').boundingBox())!.y);
  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toBeHidden();
  expect(await page.locator('#shortlist-link').inputValue()).not.toContain('Liisa');
  expect(JSON.stringify(await page.evaluate(() => ({ ...localStorage, ...sessionStorage })))).not.toContain('Liisa');
  await page.reload();
  await expect(page.getByLabel('Muistiinpano tulosteeseen')).toHaveValue('');
});

test('near me in search: a district puts its services first; an unknown postal code says so; the URL keeps it', async ({
  page,
}) => {
  const withDistrict = live.filter((s) => s.locations.some((l) => l.district));
  const district = withDistrict[0].locations.find((l) => l.district)!.district!;
  const mine = live.filter((s) => s.locations.some((l) => l.district === district)).map((s) => s.id);
  await page.goto('/haku/');
  await page.getByLabel('Asuinalue').selectOption(district);
  await expect(page.locator('#search-status')).toContainText('Lähimmät ensin.');
  await expect(page).toHaveURL(new RegExp(`near=${district}`));
  const ids = await page
    .locator('#search-results article')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.service));
  expect(ids.length).toBeGreaterThan(mine.length);
  expect(ids.slice(0, mine.length).sort()).toEqual([...mine].sort());

  await page.getByLabel('Asuinalue').selectOption('');
  await page.getByLabel('Postinumero').fill('99999');
  await expect(page.locator('#search-status')).toContainText('Tätä postinumeroa ei löydy');
});

test('near me in search: a postal code from our listings works like its district', async ({ page }) => {
  const loc = live.flatMap((s) => s.locations).find((l) => l.postalCode && l.district);
  test.skip(!loc, 'no listing with both a postal code and a district');
  await page.goto(`/haku/?postal=${loc!.postalCode}`);
  await expect(page.locator('#search-status')).toContainText('Lähimmät ensin.');
  const first = await page.locator('#search-results article').first().getAttribute('data-service');
  expect(live.find((s) => s.id === first)!.locations.some((l) => l.district === loc!.district)).toBe(true);
});

test('near me in search: the browser location is asked for only on a click', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 60.4518, longitude: 22.2666 });
  await page.goto('/haku/?q=jumppa');
  await expect(page.locator('#search-status')).not.toContainText('Lähimmät ensin.');
  await page.getByRole('button', { name: 'Näytä sijaintini' }).click();
  await expect(page.locator('#search-status')).toContainText('Lähimmät ensin.');
  expect(page.url()).not.toMatch(/60\.45|22\.26/);
});
