import { describe, expect, it } from 'vitest';
import { makeCatalog } from '../../src/lib/catalog';
import { validateCorpus } from '../../src/validation/corpus';
import { corpus, goodProvider, goodService } from '../../src/validation/test-helpers';
import { MAILTO_LIMIT, organiserLanguage, organiserMessage } from './messages';
import { answerLine, answerLinesIn, parseAnswerLine } from './protocol';

const config = { maintainerEmail: 'toimitus@example.org', repository: 'https://github.com/o/r', siteUrl: '' };

// A listing that says little: no time, cost, way to join or contact, and only a district.
const sparse = {
  id: 'keskustelupiiri',
  title: { fi: 'Keskustelupiiri', sv: 'Samtalsgrupp' },
  summary: { fi: 'Puhumme päivän asioista.' },
  provider: 'esimerkkiyhdistys',
  themes: ['seura'],
  audience: ['65+'],
  locations: [{ district: 'runosmaki' }],
  lastVerified: '2019-03-01',
  source: [{ url: 'https://example.fi/piiri', date: '2019-03-01' }],
};
const provider = { ...goodProvider, contact: { phone: '02 765 4321' } };

function message(services: Record<string, unknown>[], p: Record<string, unknown> = provider, cfg = config) {
  const { content, problems } = validateCorpus(corpus({ providers: [p], services }));
  expect(problems.filter((x) => x.severity === 'error')).toEqual([]);
  return organiserMessage({
    provider: content.providers[0],
    stale: content.services,
    live: content.services,
    catalog: makeCatalog(content),
    config: cfg,
  });
}

const subjectOf = (link: string) => new URL(link).searchParams.get('subject')!;
const bodyOf = (link: string) => decodeURIComponent(link.split('&body=')[1]);

describe('the language of an organiser', () => {
  const l = (languages: string[], audience: string[] = ['65+']) =>
    ({ languages, audience }) as Parameters<typeof organiserLanguage>[0][number];
  it('is Swedish when every live listing is held in Swedish and not Finnish', () => {
    expect(organiserLanguage([l(['sv']), l(['sv', 'en'])])).toBe('sv');
  });
  it('is both when only some are, or a listing is for Swedish speakers', () => {
    expect(organiserLanguage([l(['sv']), l(['fi'])])).toBe('fi+sv');
    expect(organiserLanguage([l(['fi', 'sv'], ['65+', 'swedish-speakers'])])).toBe('fi+sv');
  });
  it('is Finnish otherwise, also for listings held in both languages', () => {
    expect(organiserLanguage([l(['fi']), l(['fi', 'sv'])])).toBe('fi');
  });
});

describe("an organiser's message", () => {
  const msg = message([goodService, sparse]);

  it('lists each listing as a reader sees it: name, id, when, where, cost, joining, contact, date of the facts', () => {
    expect(msg.lang).toBe('fi');
    expect(msg.subject).toBe('Palvelutori Turku: Ovatko palvelujenne tiedot ajan tasalla?');
    // In order of title: Keskustelupiiri, then Tuolijumppa.
    const [few, full] = msg.text.split(/^\d\. /m).slice(1);
    expect(full).toContain('Tuolijumppa\n   Tunnus: tuolijumppa\n');
    expect(full).toContain('Milloin: Tiistai 10.00–11.00');
    expect(full).toContain('Missä: Olohuone, Katu 1, 20360 Turku');
    expect(full).toContain('Hinta: Maksuton');
    expect(full).toContain('Miten mukaan: Tule paikalle, ei ilmoittautumista');
    expect(full).toContain('Puhelin: 02 123 4567\n');
    expect(full).toContain('Sähköposti: info@example.fi');
    expect(full).toContain('Verkkosivu: https://example.fi/');
    expect(full).toContain('Tietojen päivämäärä: 15.1.2025');
    // The facts' date has its own line: no "old timetable" warning meant for readers.
    expect(msg.text).not.toContain('Aikataulu on vanha');
    expect(few).toContain('Keskustelupiiri\n   Tunnus: keskustelupiiri\n');
    expect(few).toContain('Milloin: Ei tiedossa.');
    expect(few).toContain('Missä: Alue Runosmäki. Tarkka osoite ei tiedossa.');
    expect(few).toContain('Hinta: Ei tiedossa.');
    expect(few).toContain('Miten mukaan: Ei tiedossa.');
    // The organiser's number is what a reader of this listing is offered.
    expect(few).toContain('Puhelin: 02 765 4321 (järjestäjän yleinen yhteystieto)');
    expect(few).toContain('Sähköposti: Ei tiedossa.');
    expect(few).toContain('Tietojen päivämäärä: 1.3.2019');
    expect(msg.oldest).toBe('2019-03-01');
  });

  it('offers a ready e-mail for each answer, to the maintainer, with every id in the subject', () => {
    const [links] = msg.mailto;
    for (const v of ['ok', 'changed'] as const) {
      expect(links[v].startsWith('mailto:toimitus@example.org?')).toBe(true);
      expect(subjectOf(links[v])).toBe(answerLine('esimerkkiyhdistys', v, ['keskustelupiiri', 'tuolijumppa']));
      expect(answerLinesIn(bodyOf(links[v]))).toEqual([parseAnswerLine(subjectOf(links[v]))]);
      expect(msg.text).toContain(`   ${links[v]}\n`);
    }
    expect(bodyOf(links.changed)).toContain('\r\nkeskustelupiiri: \r\ntuolijumppa: ');
    expect(msg.issue[0].ok).toMatch(/^https:\/\/github\.com\/o\/r\/issues\/new\?template=recheck\.yml&/);
    expect(msg.text).toContain(msg.issue[0].changed);
  });

  it('never carries an answer line itself, so a reply that quotes it is not read as an answer', () => {
    expect(answerLinesIn(msg.text)).toEqual([]);
  });

  it('keeps a long ready e-mail short enough: the answer line only in its subject', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...goodService,
      id: `tuolijumppa-ryhma-numero-${i + 1}-runosmaki`,
    }));
    const m = message(many);
    const ok = m.mailto[0].ok;
    expect(ok.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(parseAnswerLine(subjectOf(ok))?.ids).toHaveLength(30);
    expect(answerLinesIn(bodyOf(ok))).toEqual([]);
    // A short one carries the line in its text too.
    expect(answerLinesIn(bodyOf(msg.mailto[0].ok))).toHaveLength(1);
  });

  it('leaves out the GitHub links without a repository, and links the pages with a site address', () => {
    const m = message([goodService], provider, { ...config, repository: '', siteUrl: 'https://palvelutori.example' });
    expect(m.issue).toEqual([]);
    expect(m.text).not.toContain('github');
    expect(m.text).toContain('Sivu: https://palvelutori.example/palvelut/tuolijumppa/');
  });
});

describe('Swedish and bilingual messages', () => {
  const sv = { ...goodService, id: 'stolgympa', languages: ['sv'], audience: ['65+', 'swedish-speakers'] };

  it('writes to a Swedish-speaking organiser in Swedish', () => {
    const m = message([sv, { ...sparse, languages: ['sv'] }]);
    expect(m.lang).toBe('sv');
    expect(m.subject).toBe('Palvelutori Turku: Stämmer uppgifterna om er verksamhet?');
    expect(m.text).toMatch(/^Hej!/);
    expect(m.text).toContain('   När: Tisdag 10.00–11.00');
    expect(m.text).toContain('   Pris: Avgiftsfri');
    expect(m.text).toContain('   Var: Område Runosbacken. Exakt adress saknas.');
    expect(m.text).toContain('Stolgympa');
    expect(m.text).not.toContain('Hei!');
    expect(bodyOf(m.mailto[0].ok)).toContain('Uppgifterna stämmer.');
  });

  it('writes in both languages when only some listings are Swedish', () => {
    const m = message([goodService, sv]);
    expect(m.lang).toBe('fi+sv');
    expect(m.text).toContain('Hei!');
    expect(m.text).toContain('Hej!');
    expect(m.mailto).toHaveLength(2);
    expect(subjectOf(m.mailto[1].ok)).toBe(subjectOf(m.mailto[0].ok));
  });
});
