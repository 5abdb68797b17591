// The embeddable list (/upotus/) inside another site's <iframe>: a host page served by the
// test on another port (another origin) frames it; it shows only the services asked for,
// its links open the service page in place of the host page, and every other page of the
// site refuses to be framed (frame-ancestors 'none').
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LINKS_PER_PAGE } from '../src/lib/paginate';
import { isStale } from '../src/lib/stale';
import { content, live } from './content';

// The theme, district and organiser with the most live services: a filter that leaves some out.
const most = (ids: string[]) =>
  [...ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>())].sort(
    (a, b) => b[1] - a[1],
  )[0][0];
const theme = most(live.flatMap((s) => s.themes));
const district = most(
  live.flatMap((s) => [...new Set(s.locations.map((l) => l.district).filter((x): x is string => !!x))]),
);
const withTheme = live.filter((s) => s.themes.includes(theme));
const inDistrict = live.filter((s) => s.locations.some((l) => l.district === district));

let host: Server;
let hostUrl: string;
let frames: Record<string, string> = {};
test.beforeAll(async () => {
  host = createServer((req, res) => {
    const src = frames[new URL(req.url ?? '/', 'http://x').pathname];
    if (!src) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="fi"><head><title>Seurakunnan sivu</title></head><body><h1>Seurakunnan sivu</h1><iframe id="frame" src="${src}" title="Palvelutori Turku" width="100%" height="600"></iframe></body></html>`,
      );
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((ok) => host.close(() => ok())));

test('a page on another site shows the list for one theme, and its links open the service page in place of the host page', async ({
  page,
  baseURL,
}) => {
  frames = { '/': `${baseURL}/upotus/?teema=${theme}` };
  expect(new URL(hostUrl).origin).not.toBe(new URL(baseURL!).origin);
  const files: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/upotus/') && path.endsWith('.json')) files.push(path);
  });
  await page.goto(`${hostUrl}/`);
  const frame = page.frameLocator('#frame');
  const shown = frame.locator('#embed-list > li:visible');
  await expect(shown).toHaveCount(withTheme.length);
  // The page holds the first services A–Ö; the theme's own file holds the rest of its list.
  expect(files).toEqual([`/upotus/teema/${theme}.json`]);
  expect(withTheme.length).toBeLessThan(live.length);
  for (const t of await shown.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.t!)))
    expect(t.split(' ')).toContain(theme);
  const themeName = content.themes.find((t) => t.id === theme)!.name.fi;
  await expect(frame.locator('#embed-status')).toHaveText(`${withTheme.length} palvelua. Aihe: ${themeName}.`);
  await expect(frame.getByRole('button', { name: 'Näytä lisää' })).toBeHidden();
  await expect(frame.locator('.credit')).toHaveText('Tiedot: Palvelutori Turku');
  const first = shown.first().locator('a');
  const href = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page).toHaveURL(`${baseURL}${href}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(`${hostUrl}/`);
});

test('choices combine, Swedish is Swedish, and a choice with no services says so', async ({ page, baseURL }) => {
  const provider = inDistrict[0].provider;
  const expected = inDistrict.filter((s) => s.provider === provider);
  frames = {
    '/both': `${baseURL}/sv/upotus/?alue=${district}&jarjestaja=${provider}`,
    '/none': `${baseURL}/upotus/?teema=ei-tallaista-aihetta`,
  };
  const files: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/upotus/') && path.endsWith('.json')) files.push(path);
  });
  await page.goto(`${hostUrl}/both`);
  const frame = page.frameLocator('#frame');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(frame.locator('#embed-list > li:visible')).toHaveCount(expected.length);
  // The organiser's file answers both choices: its items carry their districts.
  expect(files).toEqual([`/sv/upotus/jarjestaja/${provider}.json`]);
  await expect(frame.locator('#embed-list > li:visible a').first()).toHaveAttribute('href', /^\/sv\/palvelut\//);
  await expect(frame.locator('#embed-none')).toBeHidden();
  await page.goto(`${hostUrl}/none`);
  await expect(frame.locator('#embed-list > li:visible')).toHaveCount(0);
  await expect(frame.locator('#embed-none')).toBeVisible();
  await expect(frame.locator('#embed-none')).toContainText('Näillä valinnoilla ei löytynyt palveluja.');
});

test('a long choice shows a page of services at a time, reading the next file on "show more"', async ({ page }) => {
  // The real catalogue has no theme longer than one file, so the theme's files are stood in
  // for here: 130 services in two files, as the build cuts a long theme (embed-items.test.ts).
  const real = (await (await page.request.get(`/upotus/teema/${theme}.json`)).json()) as {
    n: string;
    s: { i: string; t: string; h: string }[];
  };
  const items = Array.from({ length: 130 }, (_, k) => ({
    ...real.s[k % real.s.length],
    i: `palvelu-${k}`,
    t: `Palvelu ${String(k).padStart(3, '0')}`,
  }));
  const files: string[] = [];
  for (const [n, s] of [
    [1, items.slice(0, 120)],
    [2, items.slice(120)],
  ] as const)
    await page.route(`**/upotus/teema/${theme}${n > 1 ? `/${n}` : ''}.json`, async (route) => {
      files.push(new URL(route.request().url()).pathname);
      // The second file is slow: a second press meanwhile must not add the same services again.
      if (n > 1) await new Promise((ok) => setTimeout(ok, 500));
      return route.fulfill({ json: { n: real.n, s, total: 130, pages: 2 } });
    });
  await page.goto(`/upotus/?teema=${theme}`);
  const shown = page.locator('#embed-list > li');
  await expect(page.locator('#embed-status')).toHaveText(`130 palvelua. Aihe: ${real.n}.`);
  await expect(shown).toHaveCount(120);
  expect(files).toEqual([`/upotus/teema/${theme}.json`]);
  const more = page.getByRole('button', { name: 'Näytä lisää' });
  await expect(more).toBeVisible();
  await more.press('Enter');
  await more.press('Enter');
  await expect(shown).toHaveCount(130);
  await page.waitForTimeout(700);
  await expect(shown).toHaveCount(130);
  expect(files).toEqual([`/upotus/teema/${theme}.json`, `/upotus/teema/${theme}/2.json`]);
  await expect(more).toBeHidden();
  // The keyboard goes on from the first new service.
  await expect(shown.nth(120).locator('a')).toBeFocused();
  await expect(shown.nth(120)).toContainText('Palvelu 120');
});

test('every other page of the site refuses to be framed by another site', async ({ page, baseURL, request }) => {
  for (const path of ['/', '/upotus/ohje/', `/palvelut/${live[0].id}/`]) {
    frames = { '/': `${baseURL}${path}` };
    const refused = page.waitForEvent('console', (m) => m.text().includes('frame-ancestors'));
    await page.goto(`${hostUrl}/`);
    await refused;
    // Chromium shows its own error page in the frame instead of the site's page.
    const frame = (await (await page.$('#frame'))!.contentFrame())!;
    expect(frame.url(), path).not.toContain(baseURL!);
    await expect(page.frameLocator('#frame').locator('.skip-link')).toHaveCount(0);
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
  for (const path of ['/upotus/', '/sv/upotus/', '/en/upotus/']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toBe('frame-ancestors *');
    expect(headers['x-frame-options'], path).toBeUndefined();
  }
});

test('without JavaScript the list shows the first page of every live service, a way to the rest, and says so', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/upotus/?teema=${theme}`);
  await expect(page.locator('#embed-list > li:visible')).toHaveCount(Math.min(live.length, LINKS_PER_PAGE));
  await expect(page.locator('#embed-status')).toHaveText(`Kaikki palvelut: ${live.length}.`);
  if (live.length > LINKS_PER_PAGE) await expect(page.locator('#embed-more a')).toHaveAttribute('href', '/palvelut/');
  // The freshness rule of every list: a listing says the year of its facts.
  const shown = await page.locator('#embed-list > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const old = live.find((s) => isStale(s.lastVerified) && shown.includes(`/palvelut/${s.id}/`))!;
  await expect(page.locator(`#embed-list a[href="/palvelut/${old.id}/"] + .meta`)).toContainText(
    `Tiedot vuodelta ${old.lastVerified.slice(0, 4)}`,
  );
  await context.close();
});

// Axe checks the list and the guide in every language, width and colour theme in
// e2e/a11y.spec.ts; here the one state that page does not reach: nothing matches.
test('axe finds no violation when nothing matches', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto('/upotus/?teema=ei-ole');
  await expect(page.locator('#embed-none')).toBeVisible();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    ),
  ).toEqual([]);
});

test('the guide builds the iframe code from the choices, previews it and copies it', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/upotus/ohje/');
  const code = page.locator('#embed-code');
  await expect(code).toHaveValue(/<iframe src="https:\/\/[^"]+\/upotus\/" title="Palvelutori Turku: [^"]+"/);
  await page.getByLabel('Aihe').selectOption(theme);
  await page.getByLabel('Listan kieli').selectOption('sv');
  await expect(code).toHaveValue(new RegExp(`src="https://[^"]+/sv/upotus/\\?teema=${theme}"`));
  await expect(page.locator('#embed-preview')).toHaveAttribute('src', `/sv/upotus/?teema=${theme}`);
  await expect(page.frameLocator('#embed-preview').locator('#embed-list > li:visible')).toHaveCount(withTheme.length);
  await page.getByRole('button', { name: 'Kopioi koodi' }).click();
  await expect(page.locator('#embed-copied')).toHaveText('Koodi kopioitu.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
});

test('without JavaScript the guide still offers the code for the whole list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/upotus/ohje/');
  await expect(page.locator('#embed-code')).toHaveValue(/<iframe src="https:\/\/[^"]+\/en\/upotus\/"/);
  // The choices need JavaScript: they are not shown where they would do nothing.
  await expect(page.locator('#embed-form')).toBeHidden();
  await expect(page.locator('#embed-copy')).toBeHidden();
  await context.close();
});
