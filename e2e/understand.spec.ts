// One understanding of a query for both searches (issue #22): what residents type — typos,
// feelings, sentences, "seuraa" — finds the services that answer it first, the page says what
// it searched, an empty search starts somewhere, and every filter is a step of history.
import { expect, test, type Page } from '@playwright/test';
import { content, live } from './content';

const providerType = (id: string) =>
  content.providers.find((p) => p.id === live.find((s) => s.id === id)?.provider)?.type;

async function topIds(page: Page, path: string, n = 3) {
  await page.goto(path);
  await expect(page.locator('#search-status')).toContainText(/\d/);
  return page
    .locator('#search-results article')
    .evaluateAll((els, k) => els.slice(0, k).map((e) => (e as HTMLElement).dataset.service!), n);
}

async function quickIds(page: Page, q: string, n = 3) {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.locator('#qf-input').fill(q);
  await expect(page.locator('#qf-list [role=option]').first()).toBeVisible();
  return page
    .locator('#qf-list [role=option]')
    .evaluateAll((els, k) => els.slice(0, k).map((e) => (e as HTMLElement).dataset.service!), n);
}

test('a typo is corrected to the catalogue’s word, and the page says what it searched', async ({ page }) => {
  const top = await topIds(page, '/haku/?q=kunsali');
  await expect(page.locator('#search-status')).toContainText('Näytetään tulokset haulle kuntosali');
  const first = live.find((s) => s.id === top[0])!;
  expect(first.title.fi.toLowerCase()).toContain('kuntosal');
});

test('a feeling finds the services that answer it first', async ({ page }) => {
  // The services that answer loneliness (scripts/bench/relevance.yaml), not pension associations.
  const lonely = [
    'spr-turku-ystavatoiminta',
    'ikatuki-tukihenkilo-tukenasi',
    'alueolohuoneet-turku',
    'vahvikelinja',
    'ystavapiiri-ryhmat-varha',
    'viadia-turku-lahimmaistyo-vanhuksille',
    'liiku-lahella-ryhmat',
    'vertaisvapaaehtoiset-katariinan-seurakunta',
    'kirkon-keskusteluapu',
  ];
  const top = await topIds(page, `/haku/?q=${encodeURIComponent('olen yksinäinen')}`, 8);
  for (const id of top.slice(0, 3)) expect(lonely, id).toContain(id);
  // The Red Cross friend service was 39th: now on the first screen.
  expect(top).toContain('spr-turku-ystavatoiminta');
  const talk = await topIds(page, `/haku/?q=${encodeURIComponent('haluan puhua jonkun kanssa')}`);
  expect(talk.length).toBe(3);
  expect(talk.some((id) => ['kirkon-keskusteluapu', 'vahvikelinja', 'mieli-kriisipuhelin'].includes(id))).toBe(true);
});

test('"seuraa" is company, not the parish: no parish service among the first three', async ({ page }) => {
  const top = await topIds(page, '/haku/?q=seuraa');
  expect(top.length).toBe(3);
  for (const id of top) expect(providerType(id), id).not.toBe('parish');
});

test('quick find and the search page agree on their first three', async ({ page }) => {
  for (const q of ['jumppa', 'yksinäinen', 'kunsali', 'ruoka-apu']) {
    const quick = await quickIds(page, q);
    const full = await topIds(page, `/haku/?q=${encodeURIComponent(q)}`);
    expect([...full].sort(), q).toEqual([...quick].sort());
  }
});

test('on the Swedish page a service offered in Swedish comes first, and cards say their languages', async ({
  page,
}) => {
  const top = await topIds(page, '/sv/haku/?q=gymnastik');
  expect(live.find((s) => s.id === top[0])!.languages).toContain('sv');
  await expect(page.locator('#search-results article').first().locator('.tags')).toContainText('Språk:');
  await page.goto(`/teemat/liikunta/`);
  await expect(page.locator('.card .tags').first()).toContainText('Kieli:');
});

test('an empty search shows the topics and the advice line, never a blank area', async ({ page }) => {
  await page.goto('/');
  await page.locator('form.search button').first().click();
  await page.waitForURL(/\/haku\//);
  await expect(page.locator('#search-next')).toBeVisible();
  await expect(page.locator('#search-next a').first()).toBeVisible();
  await expect(page.locator('#search-status')).not.toBeEmpty();
  await expect(page.locator('#search-advice')).toBeVisible();
});

test('each filter change is one step of history: Back undoes it and stays in the search', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/haku/?q=apu');
  await expect(page.locator('#search-status')).toContainText(/\d/);
  await page.locator('input[name=cost][value=free]').check();
  await expect(page).toHaveURL(/cost=free/);
  await page.locator('input[name=theme][value=ruoka]').check();
  await expect(page).toHaveURL(/theme=ruoka/);
  await page.goBack();
  await expect(page).toHaveURL(/cost=free/);
  await expect(page).not.toHaveURL(/theme=ruoka/);
  await expect(page.locator('input[name=theme][value=ruoka]')).not.toBeChecked();
  await expect(page.locator('input[name=cost][value=free]')).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\/haku\/\?q=apu$/);
  await expect(page.locator('input[name=cost][value=free]')).not.toBeChecked();
});

test('near me orders by the nearest of a service’s places, not its first one', async ({ page }) => {
  // A service with places in several districts; its last place's district is chosen.
  const many = live.find((s) => new Set(s.locations.map((l) => l.district).filter(Boolean)).size > 2)!;
  const district = [...many.locations].reverse().find((l) => l.district)!.district!;
  await page.goto(`/haku/?near=${district}`);
  await expect(page.locator('#search-status')).toContainText('Lähimmät ensin.');
  await expect(page.locator(`#search-results [data-service="${many.id}"] .tags`)).toContainText('alle 1 km');
});
