import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t, type Lang } from '../../i18n';
import { loadValidContent } from '../../validation/fs';
import { checkAnswers, type Known } from './check';
import type { Values } from './listing';

const content = loadValidContent();
const withPhone = content.providers.find((p) => p.contact?.phone)!;
const known: Known = {
  providers: content.providers.map((p) => p.id),
  themes: content.themes.map((x) => x.id),
  districts: content.districts.map((x) => x.id),
  contacts: Object.fromEntries(content.providers.map((p) => [p.id, p.contact ?? null])),
  services: content.services.map((s) => s.id),
  names: Object.fromEntries(content.providers.map((p) => [p.id, p.name.fi])),
};
const TODAY = '2026-02-01';
const good: Values = {
  'title.fi': 'Senioritanssit',
  'summary.fi': 'Tanssimme yhdessä. Sopii kaikille.',
  id: 'senioritanssit',
  providerChoice: 'existing',
  provider: withPhone.id,
  themes: ['liikunta'],
  audience: ['65+'],
  languages: ['fi'],
  channels: ['in-person'],
  'cost.type': 'free',
  'join.type': 'drop-in',
  'locations.0.district': 'runosmaki',
  'schedule.weekly.0.day': 'wed',
  'schedule.weekly.0.start': 'klo 10',
  'schedule.weekly.0.end': '11.30',
  sourceKind: 'notice',
};
const check = (patch: Values, lang: Lang = 'fi') =>
  checkAnswers({ ...good, ...patch }, known, t(lang).formErrors, TODAY).problems;

describe('the form checks answers with the schema and says what to do', () => {
  it('accepts a volunteer’s everyday answers', () => {
    expect(check({})).toEqual([]);
  });

  it.each<[string, Values, string, string]>([
    [
      'a price with no choice of cost',
      { 'cost.type': '', 'cost.price.fi': '5 €' },
      'cost.type',
      'Valitse, maksaako osallistuminen.',
    ],
    [
      'a time that is no time',
      { 'schedule.weekly.0.start': '25.00' },
      'schedule.weekly.0.start',
      'Kirjoita kellonaika, esimerkiksi 10.00 tai klo 10.',
    ],
    ['a time with no day', { 'schedule.weekly.0.day': '' }, 'schedule.weekly.0.day', 'Valitse viikonpäivä.'],
    [
      'an end before the start',
      { 'schedule.weekly.0.end': '9.00' },
      'schedule.weekly.0',
      'Loppuaika on ennen alkamisaikaa. Tarkista ajat.',
    ],
    ['no organiser chosen', { provider: '' }, 'provider', 'Valitse järjestäjä listalta.'],
    [
      'a web source without its address',
      { sourceKind: 'web', 'source.0.date': '1.2.2026' },
      'source.0.url',
      'Kirjoita sen sivun osoite, josta tiedot ovat.',
    ],
    [
      'a web source with a date that is no date',
      { sourceKind: 'web', 'source.0.url': 'www.example.fi', 'source.0.date': '31.2.2026' },
      'source.0.date',
      'Kirjoita päivämäärä, esimerkiksi 1.2.2026.',
    ],
    ['no theme', { themes: [] }, 'themes', 'Valitse ainakin yksi aihe.'],
    [
      'a postal code of four digits',
      { 'locations.0.postalCode': '2010' },
      'locations.0.postalCode',
      'Kirjoita postinumero viidellä numerolla, esimerkiksi 20100.',
    ],
    [
      'an id in use',
      { id: content.services[0].id },
      'id',
      'Tällä osoitteella on jo palvelu. Lisää loppuun esimerkiksi paikan nimi.',
    ],
    [
      'HTML in a text',
      { 'summary.fi': 'Tule <b>mukaan</b>' },
      'summary.fi',
      'Kirjoita pelkkää tekstiä ilman merkkejä < ja >.',
    ],
    [
      'a text too long',
      { 'title.fi': 'x'.repeat(91) },
      'title.fi',
      'Teksti on liian pitkä. Lyhennä se enintään 90 merkkiin.',
    ],
  ])('%s', (_what, patch, field, message) => {
    expect(check(patch)).toEqual([{ field, message }]);
  });

  it('asks for a way to act when neither the service nor its organiser gives one', () => {
    const silent = content.providers.find((p) => !p.contact?.phone && !p.contact?.email && !p.contact?.web);
    if (!silent) return;
    expect(check({ provider: silent.id, 'locations.0.street': '' })).toEqual([
      { field: 'contact', message: 'Kerro ainakin yksi tapa ottaa yhteyttä: puhelin, sähköposti tai verkkosivu.' },
    ]);
  });

  it('checks a new organiser with the provider schema, and knows the names already listed', () => {
    const org = { providerChoice: 'new', 'org.name.fi': 'Tanssiseura Pyörteet ry', 'org.type': 'ngo' };
    const ok = checkAnswers(
      { ...good, ...org, 'org.contact.email': 'tanssi@example.org' },
      known,
      t('fi').formErrors,
      TODAY,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.provider?.id).toBe('tanssiseura-pyorteet-ry');
    expect(ok.service?.provider).toBe('tanssiseura-pyorteet-ry');
    expect(check({ ...org, 'org.name.fi': '', 'org.type': '' })).toEqual([
      { field: 'org.name.fi', message: 'Kirjoita järjestäjän nimi.' },
      { field: 'org.type', message: 'Valitse, millainen järjestäjä on.' },
    ]);
    expect(check({ ...org, 'org.name.fi': withPhone.name.fi, 'org.contact.phone': '123' })).toEqual([
      {
        field: 'org.contact.phone',
        message: 'Kirjoita suomalainen puhelinnumero, esimerkiksi 02 262 6000 tai 040 123 4567.',
      },
      { field: 'org.name.fi', message: 'Tällä nimellä on jo järjestäjä. Valitse se listalta.' },
    ]);
  });

  it('speaks Swedish and English on those pages', () => {
    expect(check({ 'cost.type': '', 'cost.price.fi': '5 €' }, 'sv')[0].message).toBe('Välj om det kostar att delta.');
    expect(check({ 'schedule.weekly.0.start': 'noon' }, 'en')[0].message).toBe(
      'Write a time, for example 10.00 or at 10.',
    );
  });

  // The file format never reaches the form: no field names, no YAML, no codes, in any language,
  // whatever mix of good, empty and broken answers is given.
  const FILE_TALK = [
    /\b(?:id|title|summary|provider|themes|audience|cost|join|type|languages|channels|locations|district|schedule|weekly|start|end|day|contact|phone|email|web|source|url|date|name|fi|sv|en|lat|lon|notice|by)\s*:/,
    /[{}[\]]/,
    /\b(?:free|fee|membership|voucher|drop-in|in-person|home-visit|ngo|parish|mon|tue|wed)\b(?!\s)/,
    /\b(?:lastVerified|phoneSource|postalCode|verifiedBy|dateEstimated|statusNote)\b/,
    /VVVV|YYYY|KK-PP|MM-DD|lainausmerk|quotes|citattecken|content\/|\.yaml|YAML|CONTRIBUTING|GitHub/i,
  ];
  const answer = (...xs: string[]) => fc.constantFrom('', ...xs);
  const answers = fc.record({
    'title.fi': answer('Tanssi', '<i>x</i>', 'x'.repeat(100), 'javascript:alert(1)'),
    'summary.fi': answer('Tanssimme.', ' ', 'y'.repeat(400)),
    id: answer('tanssi', 'Tanssi Ä', '123', content.services[0].id),
    providerChoice: fc.constantFrom('existing', 'new'),
    provider: answer(withPhone.id, 'ei-ole'),
    'org.name.fi': answer('Uusi ry', withPhone.name.fi, '<b>', '!!!'),
    'org.type': answer('ngo', 'alien'),
    'org.contact.phone': answer('040 123 4567', '123', 'puhelin'),
    'org.contact.email': answer('a@b.fi', 'ei sähköposti'),
    'org.contact.web': answer('www.x.fi', 'ftp://x', 'ei osoite'),
    themes: fc.subarray(['liikunta', 'seura', 'kulttuuri', 'digi', 'ei-teema']),
    audience: fc.subarray(['65+', '75+', 'muu']),
    channels: fc.subarray(['in-person', 'phone']),
    'cost.type': answer('free', 'fee', 'kallis'),
    'cost.price.fi': answer('5 €'),
    'join.type': answer('drop-in', 'jonossa'),
    'locations.0.district': answer('runosmaki', 'atlantis'),
    'locations.0.postalCode': answer('20100', '201', 'abcde'),
    'locations.0.coordinates.lat': answer('60,45', '22,25', 'pohjoinen'),
    'locations.0.coordinates.lon': answer('22,27', '60,49'),
    'schedule.weekly.0.day': answer('mon', 'joskus'),
    'schedule.weekly.0.start': answer('klo 10', '10', '25.00', 'aamulla', '10–9'),
    'schedule.weekly.0.end': answer('9.00', '11.30', 'myöhään'),
    'contact.phone': answer('02 262 6000', '12'),
    'contact.web': answer('www.x.fi', 'javascript:alert(1)'),
    sourceKind: fc.constantFrom('notice', 'web'),
    'source.0.url': answer('www.x.fi', 'ei osoite', 'javascript:x'),
    'source.0.date': answer('1.2.2026', '31.2.2026', 'eilen', '2026-02-01'),
    lang: fc.constantFrom<Lang>('fi', 'sv', 'en'),
  });

  // Each problem is shown at a field the form has, or at a group of them.
  const GROUPS = ['contact', 'locations', 'locations.0.coordinates', 'schedule.weekly.0'];
  it('never words a problem in the file format, and puts each at a field of the form', () => {
    fc.assert(
      fc.property(answers, ({ lang, ...values }) => {
        for (const p of checkAnswers(values, known, t(lang).formErrors, TODAY).problems) {
          expect([...Object.keys(values), 'contact.email', ...GROUPS]).toContain(p.field);
          for (const re of FILE_TALK) expect(p.message, `${p.field}: ${p.message}`).not.toMatch(re);
          expect(p.message).toMatch(/[.!?]$/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
