// Every listing leads somewhere: the first screen of a phone shows what the service is, who
// runs it, when, where, what it costs, how to join, how old the facts are and a way to act; ended services say so first and point elsewhere;
// every page offers a way to report an error; nobody is left at an empty result.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { titlePrefixes } from '../src/lib/quick-search';
import { adviceLineOf, makeCatalog } from '../src/lib/catalog';
import { telHref } from '../src/lib/phone';
import { reachOf } from '../src/lib/reach';
import { factsAge } from '../src/lib/freshness';
import { t } from '../src/i18n';
import type { Service } from '../src/schema';
import { site } from '../src/site.config';
import { content, live, providerOf } from './content';

const ended = content.services.filter((s) => s.status === 'ended');

const fi = t('fi');
type Shown = { limit: number; firstLine: number; factsBottom: number; rows: Record<string, string> };
/** Where the key facts are on the first screen, and what each row says (its label left out). */
const keyFactsShown = () => {
  const bar = [...document.querySelectorAll<HTMLElement>('.call-bar')].find(
    (e) => getComputedStyle(e).display !== 'none',
  );
  const facts = document.querySelector('.key-facts');
  const box = facts?.getBoundingClientRect();
  return {
    limit: bar ? bar.getBoundingClientRect().top : innerHeight,
    firstLine: facts && box ? box.top + parseFloat(getComputedStyle(facts).lineHeight) : Infinity,
    factsBottom: box?.bottom ?? Infinity,
    rows: Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.key-facts .fact')].map((f) => [
        f.dataset.fact,
        f.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
      ]),
    ),
  } satisfies Shown;
};

test('on a 375 × 740 phone every service page answers what, who, when, where, cost, joining and how old, with a way to act, on the first screen', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 375, height: 740 });
  const wrong: string[] = [];
  for (const s of live) {
    await page.goto(`/palvelut/${s.id}/`);
    const r = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const bar = [...document.querySelectorAll<HTMLElement>('.call-bar')].find(
        (e) => getComputedStyle(e).display !== 'none',
      );
      const act = bar?.querySelector('a');
      return {
        limit: bar ? bar.getBoundingClientRect().top : innerHeight,
        h1: box('h1').bottom,
        summary: box('#service-summary').top,
        fresh: box('.freshness').bottom,
        act: act ? act.getAttribute('href') : null,
        actBottom: act ? act.getBoundingClientRect().bottom : Infinity,
        freshText: document.querySelector('.freshness')!.textContent!,
        // The key facts come right under the summary, the freshness right under them.
        order: document.querySelector('#service-summary + .key-facts + .freshness') !== null,
      };
    });
    const facts = await page.evaluate(keyFactsShown);
    const problems = [
      r.h1 < r.limit && r.summary < r.limit && r.fresh <= r.limit + 1 ? '' : 'not on the first screen',
      r.act && /^(tel:|mailto:|https?:|#where)/.test(r.act) && r.actBottom <= 740 ? '' : 'no way to act',
      /Tiedot (tarkistettu|ovat vuodelta)|Järjestäjä vahvisti|palvelutietovarannosta/.test(r.freshText)
        ? ''
        : 'freshness',
      r.order ? '' : 'order',
      facts.factsBottom <= facts.limit + 1 ? '' : `key facts end at ${Math.round(facts.factsBottom)}`,
      ...answers(s, facts.rows),
    ].filter(Boolean);
    if (problems.length) wrong.push(`${s.id}: ${problems.join(', ')} ${JSON.stringify(facts.rows)}`);
  }
  expect(wrong).toEqual([]);
});

/**
 * What is wrong with a page's key facts, from the listing itself: the organiser named; each of
 * when, where, cost and joining either answered or named in the one "ask the organiser" line.
 */
function answers(s: Service, rows: Record<string, string>): string[] {
  const ask = rows.ask?.split(', ') ?? [];
  const asked = (f: keyof typeof fi.unknownFact) => ask.includes(fi.unknownFact[f]);
  const out: string[] = [];
  if (!rows.who?.includes(providerOf(s.provider).name.fi)) out.push('organiser');
  for (const f of ['when', 'where', 'cost', 'join'] as const)
    if (!rows[f] && !asked(f)) out.push(`${f} neither said nor asked`);
  const times = (s.schedule?.weekly.length ?? 0) > 0 || !!s.schedule?.hours;
  if (times !== !!rows.when || times === asked('when')) out.push('when');
  if (s.cost ? !rows.cost?.startsWith(fi.cost[s.cost.type]) : !asked('cost')) out.push('cost');
  if (s.cost && !s.cost.price && s.cost.type !== 'free' && !asked('cost')) out.push('a price to ask');
  if (s.join ? rows.join !== fi.join[s.join.type] : !asked('join')) out.push('join');
  const street = s.locations.find((l) => l.street)?.street;
  if (street && s.locations[0].street === street && !rows.where?.startsWith(street)) out.push('street');
  if (!s.locations.length && s.channels.every((c) => c !== 'in-person') && (!rows.where || asked('where')))
    out.push('where without a place');
  return out;
}

test('at the largest text the key facts still start on the first screen of a typical service page', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // A typical page: its name and summary no longer than the median. The longest cannot: at
  // this size the site's header alone takes a quarter of the screen.
  const length = (s: Service) => s.title.fi.length + s.summary.fi.length;
  const median = live.map(length).sort((a, b) => a - b)[live.length >> 1];
  const typical = live.filter((s) => length(s) <= median);
  await page.addInitScript(() => localStorage.setItem('pt-settings', JSON.stringify({ text: 'largest' })));
  await page.setViewportSize({ width: 375, height: 740 });
  const below: string[] = [];
  for (const s of typical) {
    await page.goto(`/palvelut/${s.id}/`);
    const facts = await page.evaluate(keyFactsShown);
    // Its first line on the first screen; the rest a short scroll away.
    if (!(facts.firstLine <= facts.limit) || answers(s, facts.rows).length) below.push(`${s.id} ${facts.firstLine}`);
  }
  expect(typical.length).toBeGreaterThan(20);
  expect(below).toEqual([]);
});

test('an old listing says how old under its summary and on its card, and shows its timetable as old', async ({
  page,
}) => {
  const old = live.find((s) => factsAge(s).band === 'very-old' && (s.schedule?.weekly.length ?? 0) > 0)!;
  const year = old.lastVerified.slice(0, 4);
  await page.goto(`/palvelut/${old.id}/`);
  await expect(page.locator('.freshness')).toContainText(
    `Tiedot ovat vuodelta ${year} eikä niitä ole vahvistettu sen jälkeen.`,
  );
  await expect(page.locator('section[aria-labelledby="when"] .schedule-age')).toContainText('Aikataulu on vanha');
  await page.goto(`/jarjestajat/${old.provider}/`);
  await expect(page.locator(`[data-service="${old.id}"] .tags`)).toContainText(`Tiedot vuodelta ${year}`);
  await page.goto(`/haku/?q=${encodeURIComponent(old.title.fi)}`);
  await expect(page.locator(`#search-results [data-service="${old.id}"] .tags`)).toContainText(
    `Tiedot vuodelta ${year}`,
  );
});

test('facts over five years old have the way to ask right after them; one to five years old ask to check first', async ({
  page,
}) => {
  const veryOld = live.find((s) => factsAge(s).band === 'very-old' && reachOf(s, providerOf(s.provider)).call)!;
  await page.goto(`/palvelut/${veryOld.id}/`);
  const call = reachOf(veryOld, providerOf(veryOld.provider)).call!;
  await expect(page.locator(`.freshness + .call-row a[href="${telHref(call.phone)}"]`)).toBeVisible();
  await page.setViewportSize({ width: 375, height: 667 });
  await expect(page.locator(`.call-bar a[href="${telHref(call.phone)}"]`)).toBeInViewport();
  const middle = live.find((s) => ['recent', 'old'].includes(factsAge(s).band))!;
  await page.goto(`/palvelut/${middle.id}/`);
  await expect(page.locator('.freshness')).toContainText(
    `Tiedot ovat vuodelta ${middle.lastVerified.slice(0, 4)}, ne voivat olla muuttuneet.`,
  );
});

test('no page calls an estimated date checked, and no listing uses the one-size "over a year old" words', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const wrong: string[] = [];
  for (const s of live) {
    await page.goto(`/palvelut/${s.id}/`);
    const text = await page.locator('.freshness').innerText();
    if (/yli vuoden vanhoja/.test(text) || (factsAge(s).estimated && /tarkistettu/i.test(text)))
      wrong.push(`${s.id}: ${text}`);
  }
  expect(wrong).toEqual([]);
});

test('a service without a number of its own shows the organiser’s, labelled as the organiser’s general contact', async ({
  page,
}) => {
  const lent = live.find((s) => reachOf(s, providerOf(s.provider)).call?.organiser)!;
  await page.goto(`/palvelut/${lent.id}/`);
  await expect(page.locator('.call-row a.call')).toContainText('Soita järjestäjälle');
  await expect(page.getByRole('heading', { name: /Järjestäjän yleiset yhteystiedot/ })).toBeVisible();
  await page.setViewportSize({ width: 375, height: 667 });
  await expect(page.locator('.call-bar a.call')).toHaveAccessibleName(/järjestäjälle/);
});

test('an ended service keeps its page, says so first with its evidence, and points to live ones', async ({
  page,
  request,
}) => {
  test.skip(ended.length === 0, 'no ended listing in the content');
  const s = ended[0];
  await page.goto(`/palvelut/${s.id}/`);
  const status = page.locator('.status');
  await expect(status).toContainText('Tämä palvelu on päättynyt');
  await expect(status.locator('a')).toHaveAttribute('href', /^https?:/);
  // Nothing between the heading and the notice, and no call to a service that has ended.
  expect(
    await page.evaluate(() => document.querySelector('h1')!.nextElementSibling!.classList.contains('status')),
  ).toBe(true);
  await expect(page.locator('article.service a.call, .call-bar')).toHaveCount(0);
  const alternatives = page.locator('section[aria-labelledby="alternatives"] .card');
  expect(await alternatives.count()).toBeGreaterThan(0);
  for (const id of await alternatives.evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.service!)))
    expect(live.map((x) => x.id)).toContain(id);
  // Left out of every list, the quick find index and the search index.
  const pages = [
    `/teemat/${s.themes[0]}/`,
    `/jarjestajat/${s.provider}/`,
    '/palvelut/',
    '/',
    '/kartta/',
    ...s.locations.filter((l) => l.district).map((l) => `/alueet/${l.district}/`),
  ];
  for (const p of pages) expect(await (await request.get(p)).text(), p).not.toContain(`/palvelut/${s.id}/`);
  expect(await (await request.get('/haku/pikahaku.json')).text()).not.toContain(`"${s.id}"`);
  // …nor the quick-find file of its title's beginning, nor the map list's district files.
  const prefix = titlePrefixes(s.title.fi)[0];
  const qf = await request.get(`/haku/pikahaku/a/${prefix}.json`);
  if (qf.ok()) expect(await qf.text()).not.toContain(`"${s.id}"`);
  for (const l of s.locations.filter((x) => x.district)) {
    const shard = await request.get(`/kartta/alueet/${l.district}.json`);
    if (shard.ok()) expect(await shard.text()).not.toContain(`"${s.id}"`);
  }
  expect(await page.locator('main[data-pagefind-body]').count()).toBe(0);
  // An organiser whose every service has ended leaves the list of organisers.
  const providersPage = await (await request.get('/jarjestajat/')).text();
  for (const p of content.providers.filter((p) => !live.some((x) => x.provider === p.id)))
    expect(providersPage).not.toContain(`/jarjestajat/${p.id}/`);
});

test('every service page offers “Report an error” as a prefilled issue built from the site config', async ({
  page,
}) => {
  test.skip(!site.repository && !site.maintainerEmail, 'no repository or maintainer address configured');
  const s = live[0];
  await page.goto(`/sv/palvelut/${s.id}/`);
  await expect(page.getByRole('heading', { name: 'Rapportera fel' })).toBeVisible();
  if (site.repository) {
    const href = (await page.locator('#report-github').getAttribute('href'))!;
    const u = new URL(href);
    expect(href.startsWith(`${site.repository}/issues/new?`)).toBe(true);
    expect(u.searchParams.get('body')).toContain(`id: ${s.id}`);
    expect(u.searchParams.get('body')).toContain(`/sv/palvelut/${s.id}/`);
    expect(u.searchParams.get('title')).toContain(s.title.sv ?? s.title.fi);
  }
  if (site.maintainerEmail) {
    const mail = (await page.locator('#report-email').getAttribute('href'))!;
    expect(mail.startsWith(`mailto:${site.maintainerEmail}?subject=`)).toBe(true);
    expect(decodeURIComponent(mail)).toContain(`id: ${s.id}`);
    // E-mail first: most readers who see an error have no GitHub account. And what happens next.
    const report = page.locator('section', { has: page.getByRole('heading', { name: 'Rapportera fel' }) });
    await expect(report.getByRole('link').first()).toHaveText('Skicka e-post');
    await expect(report).toContainText('Redaktionen granskar anmälan');
  } else await expect(page.locator('#report-email')).toHaveCount(0);
});

test('the advice line is in the footer and under an empty search, only when its listing gives a number', async ({
  page,
}) => {
  const advice = adviceLineOf(
    makeCatalog({ ...content, themes: [], districts: [], majorDistricts: [], synonyms: [] }),
    site.adviceLine,
  );
  await page.goto('/');
  if (!advice) {
    await expect(page.locator('#footer-advice')).toHaveCount(0);
    return;
  }
  const tel = telHref(advice.phone);
  await expect(page.locator('#footer-advice a.call')).toHaveAttribute('href', tel);
  await page.goto('/haku/?q=zxqvwy');
  await expect(page.locator('#search-status')).toContainText('Palveluja ei löytynyt');
  await expect(page.locator('#search-advice')).toBeVisible();
  await expect(page.locator('#search-advice a.call')).toHaveAttribute('href', tel);
  await page.goto('/haku/?q=jumppa');
  await expect(page.locator('#search-status')).not.toContainText('Palveluja ei löytynyt');
  await expect(page.locator('#search-advice')).toBeHidden();
  // Quick find (an advisor's tool at a desk) shows it too when nothing is found, and only then.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.locator('#qf-open').click();
  await page.locator('#qf-input').fill('zxqvwy');
  await expect(page.locator('#qf-status')).toHaveText('Palveluja ei löytynyt.');
  await expect(page.locator('#qf-dialog .advice a.call')).toBeVisible();
  await expect(page.locator('#qf-dialog .advice a.call')).toHaveAttribute('href', tel);
  await page.locator('#qf-input').fill('jumppa');
  await expect(page.locator('#qf-list [role="option"]').first()).toBeVisible();
  await expect(page.locator('#qf-dialog .advice')).toBeHidden();
});

test('no Finnish or Swedish page carries an English editorial note', () => {
  const dist = join(import.meta.dirname, '../dist');
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (full !== join(dist, 'en')) walk(full);
      } else if (name.endsWith('.html')) pages.push(full);
    }
  };
  walk(dist);
  expect(pages.length).toBeGreaterThan(200);
  const notes = /date estimated|day estimated|\(estimated\)|page shows no date|press release/i;
  expect(pages.filter((p) => notes.test(readFileSync(p, 'utf8')))).toEqual([]);
});
