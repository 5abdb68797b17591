// Accessibility as the readers meet it: axe (WCAG 2.0–2.2 A and AA, target size included)
// on every page type, in all three languages, at phone and desktop width, in both colour
// themes; no horizontal scrolling at 320 px (200 % zoom); text size and targets.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { content, live, mappable } from './content';

const service = mappable[0] ?? live[0];
const district = service.locations[0]?.district ?? content.districts[0].id;
const PAGES: Record<string, string> = {
  home: '/',
  theme: `/teemat/${service.themes[0]}/`,
  district: `/alueet/${district}/`,
  service: `/palvelut/${service.id}/`,
  provider: `/jarjestajat/${service.provider}/`,
  search: '/haku/?q=jumppa',
  shortlist: '/oma-lista/',
  index: '/palvelut/',
  map: '/kartta/',
  form: '/lisaa-palvelu/',
  // The list other sites frame, as a host page would ask for it, and the page that explains how.
  embed: `/upotus/?teema=${service.themes[0]}`,
  embedGuide: '/upotus/ohje/',
  notFound: '/ei-ole/',
};
const LANGS = ['fi', 'sv', 'en'] as const;
const prefix = (lang: string) => (lang === 'fi' ? '' : `/${lang}`);

async function prepare(page: Page, contrast: 'normal' | 'high') {
  await page.addInitScript(
    ([c, ids]) => {
      localStorage.setItem('pt-settings', JSON.stringify({ contrast: c }));
      localStorage.setItem('pt-shortlist', ids);
    },
    [
      contrast,
      live
        .slice(0, 2)
        .map((s) => s.id)
        .join(','),
    ] as const,
  );
}

for (const contrast of ['normal', 'high'] as const)
  for (const width of [375, 1280])
    for (const lang of LANGS)
      test(`axe finds no violation: ${lang}, ${width} px, ${contrast} contrast`, async ({ page }) => {
        test.setTimeout(240_000);
        await page.setViewportSize({ width, height: 900 });
        await prepare(page, contrast);
        const violations: string[] = [];
        for (const [type, path] of Object.entries(PAGES)) {
          const url = type === 'notFound' ? `${prefix(lang)}${path}` : `${prefix(lang)}${path}`;
          await page.goto(url);
          if (type === 'search') await expect(page.locator('#search-status')).not.toBeEmpty();
          if (type === 'shortlist') await expect(page.locator('#shortlist-items li').first()).toBeVisible();
          if (type === 'map') {
            await page.locator('#map .map-canvas').scrollIntoViewIfNeeded();
            await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
          }
          const result = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          for (const v of result.violations)
            violations.push(
              `${url} ${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`,
            );
        }
        expect(violations).toEqual([]);
      });

test('at 320 px (a 1280 px screen at 400 %, or 640 px at 200 %) no page scrolls sideways', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 700 });
  await prepare(page, 'normal');
  const wide: string[] = [];
  for (const lang of LANGS)
    for (const path of Object.values(PAGES)) {
      await page.goto(`${prefix(lang)}${path}`);
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      if (w > 320) wide.push(`${prefix(lang)}${path}: ${w}px`);
    }
  expect(wide).toEqual([]);
});

test('body text is at least 18 px with line height 1.5, and controls are at least 44 × 44 px', async ({ page }) => {
  for (const path of [PAGES.home, PAGES.service, PAGES.search, PAGES.form]) {
    await page.goto(path);
    const { size, line } = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
    });
    expect(size).toBeGreaterThanOrEqual(18);
    expect(line).toBeGreaterThanOrEqual(1.5);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'button, select, input:not([type=checkbox]):not([type=radio]), summary, nav a, .button, label:has(input[type=checkbox]), label:has(input[type=radio])',
        ),
      ]
        .filter((e) => e.offsetParent !== null && !e.closest('.maplibregl-map'))
        .map((e) => ({ e: e.outerHTML.slice(0, 60), r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 44 || r.width < 44)
        .map(({ e, r }) => `${e} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small, path).toEqual([]);
  }
});

test('display settings: chosen by keyboard, remembered, and applied before the page is painted', async ({ page }) => {
  await page.goto('/');
  const summary = page.locator('.settings summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('radio', { name: 'Suuri', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
  await page.getByRole('radio', { name: 'Suuri kontrasti' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  const base = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(base).toBeGreaterThanOrEqual(24);
  // On the next page the attributes are there before <body> exists: no flash of small text.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.body) {
        (window as unknown as { atBody: string }).atBody =
          `${document.documentElement.dataset.text}/${document.documentElement.dataset.contrast}`;
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/palvelut/');
  expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('large/high');
});

test('the Listen button appears only when the browser has a voice for the page language', async ({ page, context }) => {
  await page.goto(PAGES.service);
  await expect(page.locator('#listen')).toBeHidden();
  const withVoice = await context.newPage();
  await withVoice.addInitScript(() => {
    const voice = { lang: 'fi-FI', name: 'Testi', default: true, localService: true, voiceURI: 'testi' };
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [voice] });
    Object.defineProperty(speechSynthesis, 'speak', {
      value: (u: SpeechSynthesisUtterance) =>
        ((window as unknown as { spoken: string }).spoken = `${u.lang}: ${u.text}`),
    });
  });
  await withVoice.goto(PAGES.service);
  const listen = withVoice.locator('#listen');
  await expect(listen).toBeVisible();
  await listen.focus();
  await withVoice.keyboard.press('Enter');
  expect(await withVoice.evaluate(() => (window as unknown as { spoken: string }).spoken)).toContain(
    `fi: ${service.title.fi}`,
  );
});

test('keyboard only: skip link, a theme, a service, its call link', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  const theme = page.locator('.themes a').first();
  await theme.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('.service-list .card-title a').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/palvelut\/[^/]+\/$/);
  // The URL changes as soon as the new page is committed, before its body
  // exists; tabbing then would measure nothing (CI once saw activeElement null).
  await page.waitForLoadState('load');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Every focusable element shows a focus indicator.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { tag: String(el?.tagName), shown: false };
      const s = getComputedStyle(el);
      return { tag: el.tagName, shown: s.outlineStyle !== 'none' || s.boxShadow !== 'none' };
    });
    expect(focused, `Tab ${i + 1} focused ${focused.tag} without a visible indicator`).toMatchObject({ shown: true });
  }
});
