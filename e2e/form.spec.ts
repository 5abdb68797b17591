// The listing form as volunteers use it: by keyboard only, in everyday words and formats, with
// a new organisation, ending at an e-mail to the editors that `npm run intake` turns into files
// that pass the same validation as the build. GitHub links carry the same files.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intake } from '../scripts/intake';
import { site } from '../src/site.config';
import { validateCorpus } from '../src/validation/corpus';
import { readContentFiles, validateContentDir } from '../src/validation/fs';
import { content } from './content';

async function typeInto(page: Page, label: string | RegExp, text: string) {
  const field = page.getByLabel(label).first();
  await field.focus();
  await page.keyboard.type(text);
}

/** A file as the form's GitHub link carries it. */
async function fileOf(page: Page, path: string): Promise<string> {
  for (const link of await page.getByRole('link', { name: 'Avaa muutosehdotus GitHubissa' }).all()) {
    const u = new URL((await link.getAttribute('href'))!);
    if (u.searchParams.get('filename') === path) return u.searchParams.get('value')!;
  }
  throw new Error(`no link for ${path}`);
}

/** The body of the form's e-mail, as the mail program receives it. */
async function mailBody(page: Page): Promise<string> {
  const href = (await page.getByRole('link', { name: 'Lähetä sähköpostilla' }).getAttribute('href'))!;
  expect(href.startsWith(`mailto:${site.maintainerEmail}?subject=`)).toBe(true);
  return decodeURIComponent(href.split('&body=')[1]);
}

/** axe on the form as it stands (errors shown, or the last step open). */
async function axeViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page })
    .include('#submit-form')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** A weekly memory circle of a listed organisation, as its own notice: every required answer. */
async function fillMemoryCircle(page: Page, provider: string) {
  await page.getByLabel(/^Palvelun nimi suomeksi/).fill('Muistelupiiri');
  await page.getByLabel(/^Lyhyt kuvaus selkokielellä/).fill('Muistelemme yhdessä vanhoja aikoja. Sopii kaikille.');
  await page.getByRole('combobox', { name: /^Järjestäjä/ }).selectOption(provider);
  await page.getByRole('checkbox', { name: 'Seura' }).check();
  await page.getByLabel('Kaupunginosa').selectOption({ label: 'Runosmäki' });
  await page.getByLabel('Päivä 1').selectOption({ label: 'Maanantai' });
  await page.getByLabel('Alkaa').first().fill('13');
}

/** `npm run intake` on a message, in a copy of the content; the copy then validates as a whole. */
function intakeInCopy(body: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'pt-form-'));
  cpSync(join(import.meta.dirname, '..', 'content'), join(root, 'content'), { recursive: true });
  const { written, problems } = intake(root, body);
  expect(problems).toEqual([]);
  expect(validateContentDir(root).problems.filter((p) => p.severity === 'error')).toEqual([]);
  return written;
}

test('an association fills in the form with the keyboard only and gets a valid file', async ({ page }) => {
  await page.goto('/lisaa-palvelu/');
  await typeInto(page, /^Palvelun nimi suomeksi/, 'Tuolijumppa Pansiossa');
  await typeInto(page, /^Lyhyt kuvaus selkokielellä/, 'Kevyttä jumppaa tuolilla istuen. Sopii kaikille.');
  await page.getByRole('combobox', { name: /^Järjestäjä/ }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('checkbox', { name: 'Liikunta' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('radio', { name: 'Maksuton' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('radio', { name: 'Tule paikalle, ei ilmoittautumista' }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Kaupunginosa').focus();
  await page.keyboard.type('Pansio');
  await typeInto(page, 'Postinumero', '2046');
  await typeInto(page, /^Puhelin/, '02 262 6000');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).focus();
  await page.keyboard.press('Enter');

  const summary = page.locator('#submit-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Lomakkeessa on 1 virhe');
  const postal = page.getByLabel('Postinumero');
  await expect(postal).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-locations-0-postalCode-error')).toHaveText(
    'Kirjoita postinumero viidellä numerolla, esimerkiksi 20100.',
  );

  await summary.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(postal).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type('0');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.locator('#submit-status')).toHaveText(/Tiedot ovat kunnossa/);
  await expect(page.locator('#submit-preview h3')).toHaveText('Tuolijumppa Pansiossa');
  const path = 'content/services/tuolijumppa-pansiossa.yaml';
  const pr = new URL((await page.getByRole('link', { name: 'Avaa muutosehdotus GitHubissa' }).getAttribute('href'))!);
  expect(pr.pathname).toMatch(/\/new\/main$/);
  expect(pr.searchParams.get('filename')).toBe(path);
  const yaml = pr.searchParams.get('value')!;
  expect(yaml).toContain('id: tuolijumppa-pansiossa');
  const files = readContentFiles(join(import.meta.dirname, '..'));
  const problems = validateCorpus([...files, { path, text: yaml }]).problems.filter((p) => p.file === path);
  expect(problems).toEqual([]);
  await expect(page.getByRole('link', { name: 'Lataa tiedosto' })).toHaveAttribute(
    'download',
    'tuolijumppa-pansiossa.yaml',
  );
});

test('the form, like the validator, asks for a way to act when neither the listing nor its organiser gives one', async ({
  page,
}) => {
  const silent = content.providers.find((p) => !p.contact?.phone && !p.contact?.email && !p.contact?.web);
  test.skip(!silent, 'every provider has a contact');
  await page.goto('/lisaa-palvelu/');
  await typeInto(page, /^Palvelun nimi suomeksi/, 'Keskusteluryhmä');
  await typeInto(page, /^Lyhyt kuvaus selkokielellä/, 'Ryhmä keskustelee. Sopii kaikille.');
  await page.getByRole('combobox', { name: /^Järjestäjä/ }).selectOption(silent!.id);
  await page.getByRole('checkbox', { name: 'Seura' }).check();
  await page
    .getByRole('radio', { name: /^Ilmoittaudu/ })
    .first()
    .check();
  await page.getByLabel('Kaupunginosa').selectOption('pansio');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.locator('#submit-summary')).toContainText('Lomakkeessa on 1 virhe');
  await expect(page.locator('#contact-error')).toHaveText(
    'Kerro ainakin yksi tapa ottaa yhteyttä: puhelin, sähköposti tai verkkosivu.',
  );
  await typeInto(page, /^Sähköposti/, 'ryhma@example.org');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.locator('#submit-status')).toHaveText(/Tiedot ovat kunnossa/);
});

test('the form takes the place’s coordinates, and refuses ones outside the Turku region as the validator does', async ({
  page,
}) => {
  await page.goto('/lisaa-palvelu/');
  await typeInto(page, /^Palvelun nimi suomeksi/, 'Kävelyryhmä');
  await typeInto(page, /^Lyhyt kuvaus selkokielellä/, 'Kävelemme yhdessä. Sopii kaikille.');
  await page.getByRole('combobox', { name: /^Järjestäjä/ }).selectOption({ index: 1 });
  await page.getByRole('checkbox', { name: 'Liikunta' }).check();
  await page.getByRole('radio', { name: 'Maksuton' }).check();
  await page.getByRole('radio', { name: 'Tule paikalle, ei ilmoittautumista' }).check();
  await page.getByLabel('Kaupunginosa').selectOption('runosmaki');
  await typeInto(page, /^Puhelin/, '02 262 6000');
  // Swapped, as people often write them.
  await typeInto(page, /^Leveysaste/, '22,25');
  await typeInto(page, /^Pituusaste/, '60,49');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.locator('#f-locations-0-coordinates-error')).toHaveText(/^Paikka on Turun seudun ulkopuolella/);
  await page.getByLabel(/^Leveysaste/).fill('60,49');
  await page.getByLabel(/^Pituusaste/).fill('22,25');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.locator('#submit-status')).toHaveText(/Tiedot ovat kunnossa/);
  const yaml = await fileOf(page, 'content/services/kavelyryhma.yaml');
  const path = 'content/services/kavelyryhma.yaml';
  const { content: checked, problems } = validateCorpus([
    ...readContentFiles(join(import.meta.dirname, '..')),
    { path, text: yaml },
  ]);
  expect(problems.filter((p) => p.file === path)).toEqual([]);
  expect(checked.services.find((x) => x.id === 'kavelyryhma')!.locations[0]).toMatchObject({
    district: 'runosmaki',
    coordinates: { lat: 60.49, lon: 22.25 },
  });
});

test('a volunteer adds a weekly dance with a new association, in everyday words, and sends it by e-mail', async ({
  page,
}) => {
  test.skip(!site.maintainerEmail, 'no maintainer address configured (npm test sets one)');
  await page.goto('/lisaa-palvelu/');
  await page.getByLabel(/^Palvelun nimi suomeksi/).fill('Senioritanssit Runosmäessä');
  await page.getByLabel(/^Lyhyt kuvaus selkokielellä/).fill('Tanssimme yhdessä kerran viikossa. Sopii kaikille.');
  await page.getByRole('radio', { name: 'Ei, järjestäjä on uusi' }).check();
  await page.getByLabel(/^Järjestäjän nimi/).fill('Tanssiseura Pyörteet ry');
  await page.getByLabel('Järjestäjän sähköposti').fill('tanssi@example.org');
  await page.getByRole('checkbox', { name: 'Liikunta' }).check();
  await page.getByLabel('Hinta tarkemmin').fill('2 € kerta');
  await page.getByRole('radio', { name: 'Tule paikalle, ei ilmoittautumista' }).check();
  await page.getByLabel('Kaupunginosa').selectOption({ label: 'Runosmäki' });
  await page.getByLabel('Päivä 1').selectOption({ label: 'Keskiviikko' });
  await page.getByLabel('Alkaa').first().fill('klo 25');
  await page.getByLabel('Päättyy').first().fill('11.30');
  await page.getByRole('radio', { name: 'Tiedot ovat verkkosivulta' }).check();
  await page.getByLabel(/^Verkkosivun osoite/).fill('www.example.org/tanssi');
  await page.getByLabel(/^Verkkosivun päivämäärä/).fill('1.2.2026');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();

  // Each problem in everyday words, at its field and in the summary, in the order of the form.
  const summary = page.locator('#submit-summary');
  await expect(summary).toContainText('Lomakkeessa on 3 virhettä');
  await expect(summary.getByRole('listitem')).toHaveText([
    'Valitse, millainen järjestäjä on.',
    'Valitse, maksaako osallistuminen.',
    'Kirjoita kellonaika, esimerkiksi 10.00 tai klo 10.',
  ]);
  await expect(summary).not.toContainText(/free|fee|provider|'10:00'|VVVV|GitHub|CONTRIBUTING/);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('radio', { name: 'Järjestö' }).check();
  await page.getByRole('radio', { name: 'Maksullinen' }).check();
  await page.getByLabel('Alkaa').first().fill('klo 10');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.getByText(/^Tiedot ovat kunnossa/)).toBeVisible();
  await expect(page.locator('#submit-preview')).toContainText('Keskiviikko 10.00–11.30');

  // The last step: an e-mail to the editors, what happens next, and GitHub for those who use it.
  await expect(page.getByRole('heading', { name: 'Lähetä toimitukselle' })).toBeVisible();
  await expect(
    page.getByText('Toimitus tarkistaa ilmoituksen ja julkaisee sen yleensä viikon kuluessa.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Käytätkö GitHubia?' })).toBeVisible();
  const body = await mailBody(page);
  expect(body).toContain('Palvelu: Senioritanssit Runosmäessä');
  expect(body).toContain('Järjestäjä: Tanssiseura Pyörteet ry (uusi järjestäjä)');
  expect(await page.getByLabel('Viesti toimitukselle').inputValue()).toBe(body);
  expect(await axeViolations(page)).toEqual([]);

  expect(intakeInCopy(body)).toEqual([
    'content/providers/tanssiseura-pyorteet-ry.yaml',
    'content/services/senioritanssit-runosmaessa.yaml',
  ]);
  const { content: sent } = validateCorpus([
    ...readContentFiles(join(import.meta.dirname, '..')),
    {
      path: 'content/providers/tanssiseura-pyorteet-ry.yaml',
      text: await fileOf(page, 'content/providers/tanssiseura-pyorteet-ry.yaml'),
    },
    {
      path: 'content/services/senioritanssit-runosmaessa.yaml',
      text: await fileOf(page, 'content/services/senioritanssit-runosmaessa.yaml'),
    },
  ]);
  expect(sent.services.find((x) => x.id === 'senioritanssit-runosmaessa')).toMatchObject({
    provider: 'tanssiseura-pyorteet-ry',
    schedule: { weekly: [{ day: 'wed', start: '10:00', end: '11:30' }] },
    source: [{ url: 'https://www.example.org/tanssi', date: '2026-02-01' }],
    lastVerified: '2026-02-01',
  });
});

test("an association's own notice needs no web address: dated the day it is sent, confirmed by the organiser", async ({
  page,
}) => {
  test.skip(!site.maintainerEmail, 'no maintainer address configured (npm test sets one)');
  const org = content.providers.find((p) => p.contact?.phone)!;
  await page.goto('/lisaa-palvelu/');
  await fillMemoryCircle(page, org.id);
  await expect(page.getByRole('radio', { name: /^Järjestäjä: ilmoitan tiedot itse/ })).toBeChecked();
  await expect(page.getByLabel(/^Verkkosivun osoite/)).toBeHidden();
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.getByText(/^Tiedot ovat kunnossa/)).toBeVisible();

  const body = await mailBody(page);
  const [written] = intakeInCopy(body);
  expect(written).toBe('content/services/muistelupiiri.yaml');
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
  const text = await fileOf(page, written);
  const { content: sent } = validateCorpus([
    ...readContentFiles(join(import.meta.dirname, '..')),
    { path: written, text },
  ]);
  expect(sent.services.find((x) => x.id === 'muistelupiiri')).toMatchObject({
    source: [{ notice: true, by: org.name.fi, date: today }],
    lastVerified: today,
    verifiedBy: 'organiser',
    schedule: { weekly: [{ day: 'mon', start: '13:00' }] },
  });
});

test('a message too long for a mailto: link is copied first, and the e-mail asks for it to be pasted', async ({
  page,
}) => {
  test.skip(!site.maintainerEmail, 'no maintainer address configured (npm test sets one)');
  await page.goto('/sv/lisaa-palvelu/');
  await page.getByLabel(/^Tjänstens namn på finska/).fill('Muistelupiiri');
  await page.getByLabel(/^Kort beskrivning/).fill('Muistelemme yhdessä vanhoja aikoja. Sopii kaikille.');
  await page
    .getByLabel(/^Längre beskrivning/)
    .fill('Kerromme tarinoita, katsomme valokuvia ja laulamme yhdessä. '.repeat(15));
  await page.getByRole('combobox', { name: /^Arrangör/ }).selectOption({ index: 1 });
  await page.getByRole('checkbox', { name: 'Sällskap' }).check();
  await page.getByLabel('Stadsdel').selectOption({ label: 'Runosbacken' });
  await page
    .getByLabel(/^Telefon/)
    .first()
    .fill('02 262 6000');
  await page.getByRole('button', { name: 'Kontrollera och förhandsgranska' }).click();
  const mail = page.getByRole('link', { name: 'Kopiera meddelandet och öppna e-posten' });
  await expect(mail).toBeVisible();
  await expect(page.getByText('Meddelandet är långt. Knappen kopierar det först.')).toBeVisible();
  const href = (await mail.getAttribute('href'))!;
  expect(decodeURIComponent(href.split('&body=')[1])).toBe('Klistra in meddelandet du kopierade här.');
  // The whole message is on the page to copy, and reads back as the listing.
  const body = await page.getByLabel('Meddelande till redaktionen').inputValue();
  expect(encodeURIComponent(body).length).toBeGreaterThan(1800);
  expect(intakeInCopy(body)).toEqual(['content/services/muistelupiiri.yaml']);
});

test('the built pages forbid inline and third-party scripts', async ({ page }) => {
  await page.goto('/lisaa-palvelu/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-inline' ;");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  const inline = await page.locator('script:not([src])').count();
  expect(inline).toBe(0);
});

test('a name already in use is found by asking the site for its page, not from a list of every listing in the form', async ({
  page,
}) => {
  const taken = content.services[0].id;
  await page.goto('/lisaa-palvelu/');
  // The page holds no list of the catalogue's ids: that list grew with every listing.
  expect(await page.locator('#submit-form').getAttribute('data-known')).not.toContain(`"${taken}"`);
  const org = content.providers.find((p) => p.contact?.phone)!;
  await fillMemoryCircle(page, org.id);
  const id = page.getByLabel(/^Osoite Palvelutorilla/);
  await id.fill(taken);
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.locator('#f-id-error')).toHaveText(
    'Tällä osoitteella on jo palvelu. Lisää loppuun esimerkiksi paikan nimi.',
  );
  await id.fill(`${taken}-runosmaki`);
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.getByText(/^Tiedot ovat kunnossa/)).toBeVisible();
  await expect(page.locator('#f-id-error')).toBeHidden();
});
