// The foundation: a resident finds a service and can call; every page is reachable, has its
// language, one h1 and headings in order; a wrong address gets a helpful 404.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { reachOf } from '../src/lib/reach';
import { FRAMABLE_PATHS } from '../src/lib/security';
import { content, live, mappable, providerOf } from './content';

test('a resident goes from the home page to a theme, a service and its call link', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await page
    .getByRole('link', { name: /Liikunta/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liikunta');
  const first = page.locator('.service-list a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // Every listing gives a way to act: a call, else an e-mail or web address at the same place.
  const call = page.locator('.call-row a.call');
  if (await call.count()) await expect(call).toHaveAttribute('href', /^tel:\+358\d{5,12}$/);
  else await expect(page.locator('.call-row a').first()).toHaveAttribute('href', /^(mailto:|https?:|#where)/);
});

test('choosing an area on the home page opens that district’s page, in the page’s language', async ({ page }) => {
  const district = content.districts[0];
  for (const prefix of ['', '/sv']) {
    await page.goto(`${prefix}/`);
    await page.locator('#go-district').selectOption(district.id);
    await page.locator('form.district-go button[type=submit]').click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/alueet/${district.id}/$`));
  }
});

test('a service page with a phone offers a large call link with an international tel: number', async ({ page }) => {
  const withPhone = live.find((s) => reachOf(s, providerOf(s.provider)).call)!;
  await page.goto(`/palvelut/${withPhone.id}/`);
  const call = page.locator('.call-row a.call');
  await expect(call).toHaveAttribute('href', /^tel:\+358\d{5,12}$/);
  const box = (await call.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
});

test("on a small phone the service's name and summary are on the first screen, under a short header", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  const s = live[0];
  await page.goto(`/palvelut/${s.id}/`);
  // The tagline is for the home page; elsewhere it would push the service down.
  await expect(page.locator('.brand-tag')).toBeHidden();
  const summary = (await page.locator('#service-summary').boundingBox())!;
  expect(summary.y + 40).toBeLessThan(667);
  await page.goto('/');
  await expect(page.locator('.brand-tag')).toBeVisible();
});

for (const text of ['normal', 'largest'] as const)
  test(`on a phone the call button stays on screen, covers nothing at the end, and never hides the focus (${text} text)`, async ({
    page,
  }) => {
    await page.addInitScript((t) => localStorage.setItem('pt-settings', JSON.stringify({ text: t })), text);
    await page.setViewportSize({ width: 375, height: 720 });
    const withPhone = live.find((s) => (s.contact?.phone ?? providerOf(s.provider).contact?.phone) && s.description)!;
    await page.goto(`/palvelut/${withPhone.id}/`);
    const bar = page.locator('.call-bar a.call');
    const inView = async () => {
      const box = (await bar.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 720;
    };
    expect(await inView()).toBe(true);
    await expect(bar).toHaveAttribute('href', /^tel:\+358/);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await inView()).toBe(true);
    // The last thing on the page ends above the bar.
    const barTop = (await page.locator('.call-bar').boundingBox())!.y;
    const lastBottom = await page.evaluate(() => {
      const last = [...document.querySelectorAll('footer.site *')].filter((e) => e.getClientRects().length).pop()!;
      return last.getBoundingClientRect().bottom;
    });
    expect(lastBottom).toBeLessThanOrEqual(barTop);
    // Tab through the page: no focused element is hidden under the bar (WCAG 2.4.11).
    await page.evaluate(() => window.scrollTo(0, 0));
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const hidden = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.call-bar')!;
        if (!el || bar.contains(el) || el === document.body) return false;
        const r = el.getBoundingClientRect();
        return r.top >= bar.getBoundingClientRect().top;
      });
      expect(hidden, `Tab ${i + 1}`).toBe(false);
    }
    // The narrowest phone still shows the whole number on one line.
    await page.setViewportSize({ width: 320, height: 640 });
    const box = (await bar.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await bar.evaluate((a) => a.querySelector(':scope > span')!.getClientRects().length)).toBe(1);
    // On a wide screen the call button near the top is enough.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.locator('.call-bar')).toBeHidden();
  });

test('at the largest text on a 320 px phone, headings and card titles hyphenate long words in their own language, body text keeps words whole, and nothing scrolls sideways', async ({
  page,
}) => {
  const long = live.filter((s) => /^(Ympärivuorokautinen|Omaishoitajan) /.test(s.title.fi));
  expect(long.length).toBeGreaterThan(0);
  await page.addInitScript(() => localStorage.setItem('pt-settings', JSON.stringify({ text: 'largest' })));
  await page.setViewportSize({ width: 320, height: 640 });
  const hyphens = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).hyphens);
  // The language hyphenation follows: the title's own (lang="fi" when a page shows its Finnish).
  const titleLang = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => (el.querySelector('[lang]') ?? el.closest('[lang]'))!.getAttribute('lang'));
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  for (const s of long)
    for (const lang of ['fi', 'en'] as const) {
      await page.goto(`${lang === 'fi' ? '' : '/en'}/palvelut/${s.id}/`);
      expect(await hyphens('h1')).toBe('auto');
      expect(await titleLang('h1')).toBe(s.title[lang] ? lang : 'fi');
      expect(await hyphens('#service-summary p')).toBe('manual');
      expect(await sideways(), `${lang} ${s.id}`).toBeLessThanOrEqual(0);
    }
  // A card of one of them, on its organiser's page.
  const s = long[0];
  await page.goto(`/jarjestajat/${s.provider}/`);
  const card = `.card[data-service="${s.id}"] .card-title`;
  await expect(page.locator(card)).toBeVisible();
  expect(await hyphens(card)).toBe('auto');
  expect(await titleLang(card)).toBe('fi');
  expect(await sideways()).toBeLessThanOrEqual(0);
});

test('an unknown address answers 404 with a way back home', async ({ page }) => {
  const response = await page.goto('/ei-tallaista-sivua/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');
  await page.getByRole('link', { name: 'Palaa etusivulle' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

async function crawl(request: APIRequestContext) {
  const seen = new Map<string, string>();
  const broken: string[] = [];
  const queue = ['/', '/sv/', '/en/'];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const res = await request.get(path);
    if (res.status() !== 200) {
      broken.push(`${path} → ${res.status()}`);
      seen.set(path, '');
      continue;
    }
    const type = res.headers()['content-type'] ?? '';
    const body = type.includes('text/html') ? await res.text() : '';
    seen.set(path, body);
    for (const [, href] of body.matchAll(/href="([^"]+)"/g)) {
      const url = new URL(href.replaceAll('&amp;', '&'), `http://x${path}`);
      if (url.host !== 'x') continue;
      if (!seen.has(url.pathname) && !queue.includes(url.pathname)) queue.push(url.pathname);
    }
  }
  return { seen, broken };
}

test('every internal link resolves, and every page has lang, one h1, ordered headings and a skip link', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const { seen, broken } = await crawl(request);
  expect(broken).toEqual([]);
  const pages = [...seen].filter(
    ([, body]) => body.startsWith('<!DOCTYPE html>') || body.startsWith('<!doctype html>'),
  );
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const [path, body] of pages) {
    const lang = /<html lang="(fi|sv|en)"/.exec(body)?.[1];
    const expected = path.startsWith('/sv/') ? 'sv' : path.startsWith('/en/') ? 'en' : 'fi';
    if (lang !== expected) problems.push(`${path}: lang=${lang}`);
    const levels = [...body.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    if (levels.filter((l) => l === 1).length !== 1)
      problems.push(`${path}: ${levels.filter((l) => l === 1).length} h1`);
    levels.forEach((l, i) => {
      if (i > 0 && l > levels[i - 1] + 1) problems.push(`${path}: h${levels[i - 1]} → h${l}`);
    });
    // The embeddable list has no header or menu to skip past (src/layouts/Embed.astro).
    if (!FRAMABLE_PATHS.includes(path) && !body.includes('class="skip-link" href="#main"'))
      problems.push(`${path}: no skip link`);
    // The Content Security Policy forbids inline script; none may be emitted. The one
    // exception is schema.org data for search engines, which must be inline to be read:
    // exactly type="application/ld+json", which browsers never execute (so CSP does not
    // govern it), holding JSON that parses. Anything else inline is a script.
    for (const [tag, open, inner] of body.matchAll(/(<script(?![^>]*\bsrc=)[^>]*>)([\s\S]*?)<\/script>/gi)) {
      if (open !== '<script type="application/ld+json">') problems.push(`${path}: inline script ${tag.slice(0, 80)}`);
      else {
        try {
          JSON.parse(inner);
        } catch {
          problems.push(`${path}: JSON-LD that does not parse`);
        }
      }
    }
    if (/<script[^>]*\bsrc="(?:https?:)?\/\//i.test(body)) problems.push(`${path}: third-party script`);
    // Fragment links must land on an element on the same page.
    for (const [, id] of body.matchAll(/href="#([^"]+)"/g))
      if (!body.includes(`id="${id}"`)) problems.push(`${path}: #${id} missing`);
  }
  expect(problems).toEqual([]);
});

// Scoped styles put a class on every element of a component: a fifth of the bytes of each
// page (astro.config.mjs). The pages whose number grows with the catalogue carry none.
test('a service’s page opens in at most 8 requests: one style sheet, one script for every page; the embeddable list fetches none of them', async ({
  browser,
}) => {
  /** What a fresh browser on a phone fetches to open a page, and the files the page names. */
  const open = async (path: string) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('response', (res) => fetched.push(new URL(res.url()).pathname));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const named = await page.evaluate(() => ({
      styles: [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((l) =>
        l.getAttribute('href')!,
      ),
      scripts: [...document.querySelectorAll<HTMLScriptElement>('script[type=module][src]')].map((x) =>
        x.getAttribute('src')!,
      ),
    }));
    await context.close();
    return { fetched, ...named };
  };
  const withMap = mappable[0];
  const withoutMap = live.find((s) => !mappable.includes(s))!;
  const home = await open('/');
  const services = [await open(`/palvelut/${withoutMap.id}/`), await open(`/palvelut/${withMap.id}/`)];
  // Every page's own files: those the home page and a service's page both name.
  const every = [...home.styles, ...home.scripts].filter((f) =>
    [...services[0].styles, ...services[0].scripts].includes(f),
  );
  expect(every).toHaveLength(2);
  for (const service of services) {
    expect(service.fetched.length, service.fetched.join('\n')).toBeLessThanOrEqual(8);
    expect(service.styles).toEqual(home.styles.filter((f) => every.includes(f)));
    // The map's library and tiles wait until the map is scrolled near.
    expect(service.fetched.filter((f) => /maplibre|\.pmtiles$/.test(f))).toEqual([]);
  }
  expect((await open('/upotus/')).fetched.filter((f) => every.includes(f))).toEqual([]);
});

test('pages that multiply with the catalogue carry no scoped-style marks', async ({ request }) => {
  const s = mappable.find((x) => x.locations.some((l) => l.district))!;
  const ended = content.services.find((x) => x.status === 'ended')!;
  const paths = [
    `/palvelut/${s.id}/`,
    `/sv/palvelut/${s.id}/`,
    `/palvelut/${ended.id}/`,
    `/teemat/${s.themes[0]}/`,
    `/alueet/${s.locations.find((l) => l.district)!.district}/`,
    `/jarjestajat/${s.provider}/`,
    '/jarjestajat/',
    '/palvelut/',
  ];
  for (const path of paths) {
    const body = await (await request.get(path)).text();
    expect(body.match(/\bastro-[a-z0-9]{8}\b/g) ?? [], path).toEqual([]);
  }
});

test('a service page describes itself to search engines as schema.org JSON-LD, and the policy still blocks inline script', async ({
  page,
}) => {
  const s = live[0];
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto(`/palvelut/${s.id}/`);
  const blocks = await page.locator('head script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]);
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    name: s.title.fi,
    mainEntityOfPage: { dateModified: s.lastVerified },
  });
  expect(new URL(data.url).pathname).toBe(`/palvelut/${s.id}/`);
  // The data block is not run, so the policy has nothing to refuse on the page...
  expect(refused).toEqual([]);
  // ...and it is as strict as before: an inline script added to the page is refused.
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(
    /script-src 'self' 'wasm-unsafe-eval';/,
  );
  await page.evaluate(() => {
    const el = document.createElement('script');
    el.textContent = 'window.ranInline = true';
    document.head.append(el);
  });
  expect(await page.evaluate(() => (window as unknown as { ranInline?: boolean }).ranInline)).toBeUndefined();
  await expect.poll(() => refused.length).toBeGreaterThan(0);
});
