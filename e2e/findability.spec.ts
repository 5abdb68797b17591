// Rough edges a new user hit (issue: findability): each test here failed before its fix.
import { expect, test, type Locator } from '@playwright/test';
import { t } from '../src/i18n';
import { reachOf } from '../src/lib/reach';
import { content, live, providerOf } from './content';

test('a hidden control stays hidden whatever its class: no "more results" button under a short list', async ({
  page,
}) => {
  // A word only one listing uses: a short list (a listing's full title now also brings the
  // listings that share its words, ranked after it).
  await page.goto(`/haku/?q=nollalinja`);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  expect(await page.locator('#search-results > li').count()).toBeLessThanOrEqual(8);
  await expect(page.locator('#search-more')).toBeHidden();
  // Everywhere: an element with the hidden attribute is not displayed.
  for (const path of ['/', '/haku/', `/palvelut/${live[0].id}/`, '/oma-lista/']) {
    await page.goto(path);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[hidden]')]
        .filter((e) => getComputedStyle(e).display !== 'none')
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(shown, path).toEqual([]);
  }
});

test('a search from the home page brings its results into view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const box = page.getByRole('search').getByRole('searchbox').first();
  await box.fill('muisti');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/haku\/\?q=muisti/);
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.querySelector('#search-status')!.getBoundingClientRect().top))
    .toBeLessThan(800 * 0.6);
});

test('at the largest text on a 375 px phone the near-me box fits and the header leaves room for the page', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('pt-settings', JSON.stringify({ text: 'largest' })));
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/haku/');
  const near = (await page.locator('fieldset.near').boundingBox())!;
  expect(near.x + near.width).toBeLessThanOrEqual(375);
  const select = (await page.locator('#f-near').boundingBox())!;
  expect(select.x + select.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.goto(`/palvelut/${live[0].id}/`);
  const header = (await page.locator('header.site').boundingBox())!;
  expect(header.height).toBeLessThan(667 * 0.4);
  await expect(page.locator('h1')).toBeInViewport();
});

test('the printed shortlist gives a web address when that is the only way to reach a service', async ({ page }) => {
  const webOnly = live.find((s) => {
    const r = reachOf(s, providerOf(s.provider));
    return !r.call && !r.own.email && !r.organiser?.email && (r.own.web || r.organiser?.web);
  });
  test.skip(!webOnly, 'every listing has a phone or an e-mail');
  const r = reachOf(webOnly!, providerOf(webOnly!.provider));
  const web = (r.own.web ?? r.organiser!.web)!;
  await page.goto(`/oma-lista/?s=${webOnly!.id}`);
  await expect(page.locator('#shortlist-items li')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const item = page.locator('#shortlist-items li');
  await expect(item).toBeVisible();
  await expect(item).toContainText(web.replace(/^https?:\/\//, '').replace(/\/$/, ''));
});

test('the weekday filter says that several days mean any of them', async ({ page }) => {
  await page.goto('/haku/');
  const days = page.getByRole('group', { name: 'Viikonpäivä' });
  await expect(days).toHaveAccessibleDescription(/jonakin niistä/);
  await expect(page.getByRole('group', { name: 'Esteettömyys' })).toHaveAccessibleDescription(/kaikki valitut/);
});

test('benefits say "apply", a taxi "order", and a bus line is a transport service', async ({ page }) => {
  const apply = live.find((s) => s.join?.type === 'apply' && s.provider === 'kela')!;
  await page.goto(`/palvelut/${apply.id}/`);
  await expect(page.locator('section[aria-labelledby="join"]')).toContainText('Hae hakemuksella');
  await expect(page.locator('section[aria-labelledby="join"]')).not.toContainText('Ilmoittaudu etukäteen');
  const transport = live.find((s) => s.channels.includes('transport') && s.locations.length === 0)!;
  await page.goto(`/palvelut/${transport.id}/`);
  await expect(page.locator('section[aria-labelledby="where"]')).toContainText('Palvelu kuljettaa sinut.');
  await expect(page.locator('section[aria-labelledby="where"]')).not.toContainText('Palvelu toimii verkossa.');
  await page.goto('/haku/');
  await expect(page.getByRole('group', { name: 'Miten mukaan' }).getByLabel(t('fi').joinShort.apply)).toBeAttached();
});

test('how-to-join tags read as facts, not as buttons: no edge to press, on cards and in search results', async ({
  page,
}) => {
  // "Hae" (apply) in a bordered box was taken for a button and pressed.
  const applying = live.find((s) => s.join?.type === 'apply' && s.provider === 'kela')!;
  const label = t('fi').joinShort.apply;
  const look = (l: Locator) =>
    l.evaluate((el) => {
      const s = getComputedStyle(el);
      const sides = [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth];
      return { edged: sides.some((w) => parseFloat(w) > 0), background: s.backgroundColor };
    });
  await page.goto(`/jarjestajat/${applying.provider}/`);
  const card = page.locator(`.card[data-service="${applying.id}"]`);
  // The button beside the tags has the edge that says "press me"; the tag has none.
  expect((await look(card.locator('.tool-button'))).edged).toBe(true);
  const tag = card.locator('.tags li').filter({ hasText: label });
  await expect(tag).toHaveCount(1);
  const onCard = await look(tag);
  expect(onCard.edged).toBe(false);
  await page.goto(`/haku/?q=${encodeURIComponent(applying.title.fi)}`);
  const result = page.locator(`#search-results [data-service="${applying.id}"]`);
  await expect(result.locator('.tags li').filter({ hasText: label })).toHaveCount(1);
  expect(await look(result.locator('.tags li').filter({ hasText: label }))).toEqual(onCard);
  expect((await look(result.locator('.tool-button'))).edged).toBe(true);
});

test('result cards show cost and how to join, and the distance when near me is on', async ({ page }) => {
  const withBoth = live.find((s) => s.cost && s.join && s.locations.some((l) => l.district))!;
  const district = withBoth.locations.find((l) => l.district)!.district!;
  await page.goto(`/haku/?q=${encodeURIComponent(withBoth.title.fi)}`);
  const card = page.locator(`#search-results [data-service="${withBoth.id}"]`);
  await expect(card.locator('.tags')).toContainText(/Maksuton|Maksullinen|Jäsenmaksu|Palveluseteli/);
  await expect(card.locator('.tags')).toContainText(t('fi').joinShort[withBoth.join!.type]);
  await page.goto(`/haku/?q=${encodeURIComponent(withBoth.title.fi)}&near=${district}`);
  await expect(page.locator(`#search-results [data-service="${withBoth.id}"] .tags`)).toContainText(/km/);
  expect(content.districts.length).toBe(82);
});

test('an advisor sends the shortlist to the client by e-mail or text message, and prints it in large type', async ({
  page,
}) => {
  const withPhones = live.filter((s) => reachOf(s, providerOf(s.provider)).call).slice(0, 2);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`/oma-lista/?s=${withPhones.map((s) => s.id).join(',')}`);
  await expect(page.locator('#shortlist-items li')).toHaveCount(2);
  const mail = (await page.locator('#shortlist-mail').getAttribute('href'))!;
  expect(mail.startsWith('mailto:?subject=')).toBe(true);
  const body = decodeURIComponent(mail.split('body=')[1]);
  for (const s of withPhones) {
    expect(body).toContain(s.title.fi);
    expect(body).toContain(reachOf(s, providerOf(s.provider)).call!.phone);
  }
  expect(body).toMatch(/Lista verkossa: http:\/\/[^\s]+\/oma-lista\/\?s=/);
  const sms = decodeURIComponent((await page.locator('#shortlist-sms').getAttribute('href'))!);
  expect(sms).toMatch(/^sms:\?&body=.*\/oma-lista\/\?s=/);
  expect(requests.every((u) => u.startsWith('http://127.0.0.1'))).toBe(true);

  await page.getByLabel(/Suuri teksti tulosteeseen/).check();
  await page.emulateMedia({ media: 'print' });
  const style = await page
    .locator('#shortlist-items li')
    .first()
    .evaluate((li) => ({
      size: getComputedStyle(li).fontSize,
      phone: getComputedStyle(li.querySelector('.phone')!).fontWeight,
      columns: getComputedStyle(li.parentElement!).columnCount,
    }));
  expect(style.size).toBe('24px');
  expect(Number(style.phone)).toBeGreaterThanOrEqual(700);
  expect(['auto', '1']).toContain(style.columns);
});

test('a search of everyday words never ends empty while one of them finds something, and says so', async ({ page }) => {
  // No listing holds both words, so Pagefind alone would answer nothing for the pair.
  await page.goto('/haku/?q=petankki%20siivous');
  await expect(page.locator('#search-status')).toContainText('Näytetään tulokset, joissa on osa hakusanoista.');
  expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
  await expect(page.locator('#search-next')).toBeVisible();
  await expect(page.locator('#search-next a').first()).toHaveAttribute('href', /\/teemat\//);
  // A sentence: its small words do not decide the results.
  await page.goto('/haku/?q=apua%20tietokoneen%20kanssa');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  const ids = await page
    .locator('#search-results [data-service]')
    .evaluateAll((els) => els.slice(0, 3).map((e) => (e as HTMLElement).dataset.service));
  expect(ids.some((id) => live.find((s) => s.id === id)?.themes.includes('digituki'))).toBe(true);
});
