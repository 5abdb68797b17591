// Findable by search engines: every page says what it is, names its one address and its other
// languages with absolute URLs, and the sitemap lists every built page.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { content, live, mappable } from './content';

const dist = join(import.meta.dirname, '..', 'dist');
const LANGS = ['fi', 'sv', 'en'] as const;
const prefix = (lang: string) => (lang === 'fi' ? '' : `/${lang}`);
// Written here from the URL scheme, not with routes.ts, so that a mistake there shows.
const inLang = (path: string, lang: string) => `${prefix(lang)}${path.replace(/^\/(sv|en)(?=\/)/, '')}`;

const service = mappable[0] ?? live[0];
const ended = content.services.find((s) => s.status === 'ended');
const PAGES: Record<string, string> = {
  home: '/',
  themes: '/teemat/',
  theme: `/teemat/${service.themes[0]}/`,
  districts: '/alueet/',
  district: `/alueet/${service.locations[0]?.district ?? content.districts[0].id}/`,
  providers: '/jarjestajat/',
  provider: `/jarjestajat/${service.provider}/`,
  service: `/palvelut/${service.id}/`,
  ...(ended ? { ended: `/palvelut/${ended.id}/` } : {}),
  index: '/palvelut/',
  search: '/haku/',
  shortlist: '/oma-lista/',
  map: '/kartta/',
  form: '/lisaa-palvelu/',
};

/** Every built page's path, from the files in dist/ (404.html is not an address). */
function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') out.push(`/${relative(dist, dir).split(sep).join('/')}/`.replace(/^\/+/, '/'));
    }
  };
  walk(dist);
  return out.sort();
}

test('every page type in every language has a description, an absolute canonical address and absolute hreflang links', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const origins = new Set<string>();
  for (const [type, path] of Object.entries(PAGES))
    for (const lang of LANGS) {
      const url = inLang(path, lang);
      await page.goto(url);
      const head = page.locator('head');
      await expect(head.locator('meta[name="description"]'), url).toHaveAttribute('content', /\S{3}/);
      const canonical = (await head.locator('link[rel="canonical"]').getAttribute('href'))!;
      expect(canonical, `${type} ${url}`).toMatch(/^https?:\/\/[^/]+\//);
      expect(new URL(canonical).pathname).toBe(url);
      origins.add(new URL(canonical).origin);
      const links = await head
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('hreflang'), e.getAttribute('href')]));
      expect(Object.fromEntries(links), url).toEqual({
        fi: `${new URL(canonical).origin}${inLang(path, 'fi')}`,
        sv: `${new URL(canonical).origin}${inLang(path, 'sv')}`,
        en: `${new URL(canonical).origin}${inLang(path, 'en')}`,
        'x-default': `${new URL(canonical).origin}${inLang(path, 'fi')}`,
      });
    }
  // One site address for all of them: the one astro.config.mjs was built with.
  expect(origins.size).toBe(1);
  if (process.env.SITE_URL) expect([...origins][0]).toBe(new URL(process.env.SITE_URL).origin);
});

test('the 404 page has a description, no canonical address, and asks not to be indexed', async ({ page }) => {
  for (const lang of LANGS) {
    const response = await page.goto(`${prefix(lang)}/ei-ole-tallaista/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', /\S{3}/);
    await expect(page.locator('head link[rel="canonical"], head link[hreflang]')).toHaveCount(0);
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  }
});

test('the sitemap lists every built page but ended services, each with its languages and x-default', async ({
  request,
}) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();
  expect(xml).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/,
  );
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(body)![1],
    links: Object.fromEntries(
      [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]),
    ),
  }));
  const origin = new URL(entries[0].loc).origin;
  expect(origin).toMatch(/^https?:\/\//);

  // Ended services keep their page but are not offered to search engines.
  const endedPaths = content.services
    .filter((s) => s.status === 'ended')
    .flatMap((s) => LANGS.map((l) => `${prefix(l)}/palvelut/${s.id}/`));
  const built = builtPages();
  expect(built.length).toBeGreaterThan(100);
  for (const p of endedPaths) expect(built).toContain(p);
  expect(entries.map((e) => e.loc).sort()).toEqual(
    built
      .filter((p) => !endedPaths.includes(p))
      .map((p) => `${origin}${p}`)
      .sort(),
  );

  const problems: string[] = [];
  for (const { loc, links } of entries) {
    const path = new URL(loc).pathname;
    const expected = {
      fi: inLang(path, 'fi'),
      sv: inLang(path, 'sv'),
      en: inLang(path, 'en'),
      'x-default': inLang(path, 'fi'),
    };
    const want = Object.fromEntries(Object.entries(expected).map(([k, p]) => [k, `${origin}${p}`]));
    if (JSON.stringify(links) !== JSON.stringify(want)) problems.push(`${path}: ${JSON.stringify(links)}`);
  }
  expect(problems).toEqual([]);
});

test('robots.txt allows everything and names the sitemap by its absolute address', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)![1];
  expect(sitemap).toMatch(/^https?:\/\/[^/]+\/sitemap\.xml$/);
  expect((await request.get(new URL(sitemap).pathname)).status()).toBe(200);
});
