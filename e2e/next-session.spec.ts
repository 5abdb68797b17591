// "Next time Tue 2.12. at 10" is worked out in the reader's browser, on Helsinki's clock.
// No real listing has current weekly times today (all are older than 12 months), so the
// browser module is tested on a real service page into which the test puts a placeholder
// made by the same function the component uses; the browser's clock is set by the test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { t } from '../src/i18n';
import { nextSessionData, nextSessionLine, type Slot } from '../src/lib/next-session';
import { isStale } from '../src/lib/stale';
import { live } from './content';

const withTimes = live.filter((s) => s.status === 'active' && (s.schedule?.weekly.length ?? 0) > 0);
const current = withTimes.filter((s) => !isStale(s.lastVerified));
const host = withTimes[0];
const script = readdirSync(join(import.meta.dirname, '../dist/_astro')).find((n) =>
  /^NextSessionSlot\.astro_astro_type_script_index_0_lang\..+\.js$/.test(n),
);
const words = { text: t('fi').nextSession('{w}', '{d}', '{t}'), days: t('fi').weekdaysShort };
const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Opens `host`'s page with a placeholder for `slots` and the built script, at instant `now`. */
async function open(browser: Browser, now: Date, slots: Slot[], verified: string, js = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: js });
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  const data = nextSessionData({ slots, verified }, words, new Date(Date.parse(verified) + 86_400_000))!;
  await page.route(`**/palvelut/${host.id}/`, async (route) => {
    const html = await (await route.fetch()).text();
    await route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: html
        .replace(
          /<ul class="slots[ "]/,
          `<p class="next-session" data-next-session="${attr(JSON.stringify(data))}"></p>$&`,
        )
        .replace('</body>', `<script type="module" src="/_astro/${script}"></script></body>`),
    });
  });
  await page.goto(`/palvelut/${host.id}/`);
  return page;
}

test('the built page carries no next time for a listing older than 12 months', async ({ page }) => {
  test.skip(!host, 'no listing has weekly times');
  test.skip(!isStale(host.lastVerified), 'the first listing with times is current');
  await page.goto(`/palvelut/${host.id}/`);
  await expect(page.locator('.next-session')).toHaveCount(0);
  console.log(
    `Listings that show a next time today: ${current.length} of ${withTimes.length} with weekly times (${live.length} live).`,
  );
});

test('a current listing’s page says when it meets next, on the browser’s clock', async ({ page }) => {
  test.skip(current.length === 0, 'no live listing has weekly times checked within 12 months');
  const s = current[0];
  const now = new Date();
  await page.clock.setFixedTime(now);
  await page.goto(`/palvelut/${s.id}/`);
  // In the first screen's key facts and in the "When" section.
  for (const where of ['.key-facts', 'section[aria-labelledby="when"]']) {
    const slot = page.locator(`${where} .next-session`);
    const line = nextSessionLine(JSON.parse((await slot.getAttribute('data-next-session'))!), now);
    if (line) await expect(slot).toContainText(line.text);
    else await expect(slot).toBeEmpty();
  }
});

test.describe('the browser module on a service page', () => {
  test.skip(!host, 'no listing has weekly times');
  test.beforeAll(() => expect(script, 'the built next-session script in dist/_astro').toBeTruthy());

  test('says the next session on the day summer time starts, in Helsinki time', async ({ browser }) => {
    // Sunday 29.3.2026 at 10.30 summer time (07.30 UTC): Sunday's 10.00 has started.
    const page = await open(
      browser,
      new Date('2026-03-29T07:30:00Z'),
      [
        { day: 'sun', start: '10:00' },
        { day: 'tue', start: '09:30', note: 'Aamuryhmä' },
      ],
      '2026-03-01',
    );
    await expect(page.locator('.next-session')).toHaveText('Seuraava kerta ti 31.3. klo 9.30 (Aamuryhmä)');
  });

  test('on the day summer time ends, a session later that morning is still today', async ({ browser }) => {
    // Sunday 25.10.2026 at 10.30 winter time (08.30 UTC).
    const page = await open(browser, new Date('2026-10-25T08:30:00Z'), [{ day: 'sun', start: '11:00' }], '2026-10-01');
    await expect(page.locator('.next-session')).toHaveText('Seuraava kerta su 25.10. klo 11');
  });

  test('a placeholder stays empty once its listing is over 12 months old, and filling it moves nothing', async ({
    browser,
  }) => {
    const slots: Slot[] = [{ day: 'mon', start: '10:00' }];
    // How far below the placeholder the times start: the rest of the page differs with and
    // without JavaScript (the map), so the placeholder is the reference.
    const below = async (page: Page) =>
      (await page.locator('ul.slots').boundingBox())!.y - (await page.locator('.next-session').boundingBox())!.y;
    const old = await open(browser, new Date('2027-02-01T08:00:00Z'), slots, '2026-01-15');
    await expect(old.locator('ul.slots')).toBeVisible();
    await expect(old.locator('.next-session')).toBeEmpty();
    const filled = await open(browser, new Date('2026-12-01T08:00:00Z'), slots, '2026-01-15');
    await expect(filled.locator('.next-session')).toHaveText('Seuraava kerta ma 7.12. klo 10');
    const withoutJs = await open(browser, new Date('2026-12-01T08:00:00Z'), slots, '2026-01-15', false);
    await expect(withoutJs.locator('.next-session')).toBeEmpty();
    // Without JavaScript the weekly times are there as they are, in the same place.
    await expect(withoutJs.locator('ul.slots')).toBeVisible();
    expect(await below(filled)).toBe(await below(withoutJs));
    expect(await below(old)).toBe(await below(withoutJs));
  });
});
