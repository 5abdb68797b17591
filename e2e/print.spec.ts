// A service page prints as one clean A4 page: no navigation, the phone number kept. The
// shortlist prints as a handout that carries everything.
import { expect, test } from '@playwright/test';
import { t } from '../src/i18n';
import { adviceLineOf, makeCatalog } from '../src/lib/catalog';
import { ageShort, factsAge } from '../src/lib/freshness';
import { keyFacts, plain, unknownWords } from '../src/lib/key-facts';
import { reachOf, type ContactSet } from '../src/lib/reach';
import type { Service } from '../src/schema';
import { site } from '../src/site.config';
import { content, live, providerOf } from './content';

test('service pages print on one A4 page without navigation', async ({ page, request }) => {
  const html = await (await request.get('/palvelut/')).text();
  const links = [...html.matchAll(/href="(\/palvelut\/[^"/]+\/)"/g)].map((m) => m[1]);
  // The longest pages are the hardest case: check the three with the most text.
  const sized = await Promise.all(
    links.map(async (l) => ({ l, n: (await (await request.get(l)).text()).replace(/<[^>]+>/g, '').length })),
  );
  for (const { l } of sized.sort((a, b) => b.n - a.n).slice(0, 3)) {
    await page.goto(l);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site')).toBeHidden();
    await expect(page.locator('footer.site')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, `${l} printed on ${pages.length} pages`).toBe(1);
  }
});

// An advisor's printed shortlist is all a client takes home: every service says who runs it,
// every way to reach it, where, when, what it costs and how to join; the sheet says when it
// was printed, where it came from, and whom to call when nothing else answers.
const fi = t('fi');
const reach = (s: Service) => reachOf(s, providerOf(s.provider));
const has = (c: ContactSet | undefined): c is ContactSet => !!(c && (c.phone || c.email || c.web));
/** Every route a service's page gives: its own, and its organiser's where it has none (src/lib/reach.ts). */
const routesOf = (s: Service) => [reach(s).own, reach(s).organiser].filter(has);
const organiserOnly = live.find((s) => !has(reach(s).own) && has(reach(s).organiser))!;
const withMail =
  live.find((s) => reach(s).own.email && reach(s).own.phoneHours) ?? live.find((s) => reach(s).own.email)!;
const withPhone = live.find((s) => s !== withMail && reach(s).own.phone && reach(s).own.web)!;
const three = [organiserOnly, withMail, withPhone];

test('the three services chosen have a phone, an e-mail and a web address between them, one only its organiser’s', () => {
  const routes = three.flatMap(routesOf);
  expect(routes.some((c) => c.phone) && routes.some((c) => c.email) && routes.some((c) => c.web)).toBe(true);
  expect(new Set(three).size).toBe(3);
});

test('the printed shortlist gives each service its organiser, every way to reach it and its key facts, with the print date and the advice line', async ({
  page,
}) => {
  await page.addInitScript((ids) => localStorage.setItem('pt-shortlist', ids), three.map((s) => s.id).join(','));
  await page.goto('/oma-lista/');
  await expect(page.locator('#shortlist-items > li')).toHaveCount(3);
  await page.emulateMedia({ media: 'print' });
  const c = makeCatalog({ ...content, themes: [], districts: content.districts, majorDistricts: [], synonyms: [] });
  for (const s of three) {
    const item = page.locator(`#shortlist-items > li[data-service="${s.id}"]`);
    await expect(item).toBeVisible();
    await expect(item).toContainText(providerOf(s.provider).name.fi);
    for (const route of routesOf(s)) {
      if (route.phone) await expect(item).toContainText(route.phone);
      if (route.phoneHours) await expect(item).toContainText(route.phoneHours.fi);
      if (route.email) await expect(item).toContainText(route.email);
      if (route.web) await expect(item).toContainText(route.web.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''));
    }
    if (!has(reach(s).own)) await expect(item).toContainText(fi.organiserContact);
    // The same key facts as the service page's first screen, and the year of the facts.
    const facts = keyFacts(s, c, 'fi');
    const row = (label: string) => item.locator(`dt:text-is("${label}") + dd`);
    if (s.cost) await expect(row(fi.factLabel.cost)).toContainText(fi.cost[s.cost.type]);
    if (s.cost?.price) await expect(row(fi.factLabel.cost)).toContainText(s.cost.price.fi);
    if (facts.join) await expect(row(fi.factLabel.join)).toHaveText(plain(facts.join));
    if (facts.unknown.length) await expect(row(fi.askLabel)).toHaveText(unknownWords(facts.unknown, fi));
    else await expect(row(fi.askLabel)).toHaveCount(0);
    await expect(item).toContainText(ageShort(factsAge(s), fi));
  }
  const today = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki' }).format(new Date());
  await expect(page.locator('main')).toContainText(today);
  await expect(page.locator('main')).toContainText(site.name);
  const advice = adviceLineOf(c, site.adviceLine);
  if (advice) await expect(page.locator('main .advice').getByText(advice.phone)).toBeVisible();
});

test('large print makes the note and the headings large on paper too', async ({ page }) => {
  await page.addInitScript((ids) => localStorage.setItem('pt-shortlist', ids), three.map((s) => s.id).join(','));
  await page.goto('/oma-lista/');
  await expect(page.locator('#shortlist-items > li')).toHaveCount(3);
  await page.locator('#shortlist-note').fill('Soita tiistaina.');
  await page.locator('#shortlist-large').check();
  await page.emulateMedia({ media: 'print' });
  const size = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(await size('#shortlist-note-print')).toBeGreaterThanOrEqual(24);
  expect(await size('#shortlist-items dd')).toBeGreaterThanOrEqual(24);
  expect(await size('#shortlist-items h2')).toBeGreaterThanOrEqual(28);
  expect(await size('main h1')).toBeGreaterThanOrEqual(28);
});
