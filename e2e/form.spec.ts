// The listing form, by keyboard only: a field error appears at the field, is fixed, and the
// finished YAML passes the same validation as `npm run validate`; the GitHub link carries it.
import { expect, test, type Page } from '@playwright/test';
import { validateCorpus } from '../src/validation/corpus';
import { content } from './content';
import { readContentFiles } from '../src/validation/fs';
import { join } from 'node:path';

async function typeInto(page: Page, label: string | RegExp, text: string) {
  const field = page.getByLabel(label).first();
  await field.focus();
  await page.keyboard.type(text);
}

test('an association fills in the form with the keyboard only and gets a valid file', async ({ page }) => {
  await page.goto('/lisaa-palvelu/');
  await typeInto(page, /^Palvelun nimi suomeksi/, 'Tuolijumppa Pansiossa');
  await typeInto(page, /^Lyhyt kuvaus selkokielellä/, 'Kevyttä jumppaa tuolilla istuen. Sopii kaikille.');
  await page.getByLabel(/^Järjestäjä/).focus();
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
  await typeInto(page, /^Lähteen verkko-osoite/, 'https://www.turku.fi/');
  await typeInto(page, /^Puhelin/, '02 262 6000');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).focus();
  await page.keyboard.press('Enter');

  const summary = page.locator('#submit-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Lomakkeessa on 1 virhe');
  const postal = page.getByLabel('Postinumero');
  await expect(postal).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-locations-0-postalCode-error')).toHaveText(/Postinumerossa pitää olla viisi numeroa/);

  await summary.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(postal).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type('0');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.locator('#submit-status')).toHaveText(/Tiedot ovat kunnossa/);
  await expect(page.locator('#submit-preview h3')).toHaveText('Tuolijumppa Pansiossa');
  const yaml = await page.locator('#submit-yaml').inputValue();
  expect(yaml).toContain('id: tuolijumppa-pansiossa');

  const files = readContentFiles(join(import.meta.dirname, '..'));
  const path = 'content/services/tuolijumppa-pansiossa.yaml';
  const problems = validateCorpus([...files, { path, text: yaml }]).problems.filter((p) => p.file === path);
  expect(problems).toEqual([]);

  const pr = new URL((await page.locator('#submit-pr').getAttribute('href'))!);
  expect(pr.pathname).toMatch(/\/new\/main$/);
  expect(pr.searchParams.get('filename')).toBe(path);
  expect(pr.searchParams.get('value')).toBe(yaml);
  await expect(page.locator('#submit-download')).toHaveAttribute('download', 'tuolijumppa-pansiossa.yaml');
});

test('the form, like the validator, asks for a way to act when neither the listing nor its organiser gives one', async ({
  page,
}) => {
  const silent = content.providers.find((p) => !p.contact?.phone && !p.contact?.email && !p.contact?.web);
  test.skip(!silent, 'every provider has a contact');
  await page.goto('/lisaa-palvelu/');
  await typeInto(page, /^Palvelun nimi suomeksi/, 'Keskusteluryhmä');
  await typeInto(page, /^Lyhyt kuvaus selkokielellä/, 'Ryhmä keskustelee. Sopii kaikille.');
  await page.getByLabel(/^Järjestäjä/).selectOption(silent!.id);
  await page.getByRole('checkbox', { name: 'Seura' }).check();
  await page
    .getByRole('radio', { name: /^Ilmoittaudu/ })
    .first()
    .check();
  await page.getByLabel('Kaupunginosa').selectOption('pansio');
  await typeInto(page, /^Lähteen verkko-osoite/, 'https://www.turku.fi/');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.locator('#submit-summary')).toContainText('Lomakkeessa on 1 virhe');
  await expect(page.locator('#contact-error')).toHaveText(/Palvelusta ei voi ottaa yhteyttä.*lisää contact/);
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
  await page.getByLabel(/^Järjestäjä/).selectOption({ index: 1 });
  await page.getByRole('checkbox', { name: 'Liikunta' }).check();
  await page.getByRole('radio', { name: 'Maksuton' }).check();
  await page.getByRole('radio', { name: 'Tule paikalle, ei ilmoittautumista' }).check();
  await page.getByLabel('Kaupunginosa').selectOption('runosmaki');
  await typeInto(page, /^Puhelin/, '02 262 6000');
  await typeInto(page, /^Lähteen verkko-osoite/, 'https://www.turku.fi/');
  // Swapped, as people often write them.
  await typeInto(page, /^Leveysaste/, '22,25');
  await typeInto(page, /^Pituusaste/, '60,49');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.locator('#f-locations-0-coordinates-error')).toHaveText(
    /Koordinaatit ovat Turun seudun ulkopuolella/,
  );
  await page.getByLabel(/^Leveysaste/).fill('60,49');
  await page.getByLabel(/^Pituusaste/).fill('22,25');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.locator('#submit-status')).toHaveText(/Tiedot ovat kunnossa/);
  const yaml = await page.locator('#submit-yaml').inputValue();
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

test('the built pages forbid inline and third-party scripts', async ({ page }) => {
  await page.goto('/lisaa-palvelu/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-inline' ;");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  const inline = await page.locator('script:not([src])').count();
  expect(inline).toBe(0);
});
