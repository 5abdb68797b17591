import { describe, expect, it } from 'vitest';
import { validateCorpus } from './corpus';
import { formatProblem } from './problems';
import { corpus, goodProvider, goodService } from './test-helpers';

const lines = (files: ReturnType<typeof corpus>) => validateCorpus(files).problems.map(formatProblem);
const withService = (patch: Record<string, unknown>) => corpus({ services: [{ ...goodService, ...patch }] });

describe('validateCorpus', () => {
  it('accepts a good listing and reads it with defaults filled in', () => {
    const { content, problems } = validateCorpus(corpus());
    expect(problems).toEqual([]);
    expect(content.services[0].languages).toEqual(['fi']);
    expect(content.services[0].locations[0].city).toBe('Turku');
  });

  it('names file, line, field, problem and fix for a missing required field', () => {
    const { id: _id, summary: _s, ...rest } = goodService;
    const out = lines(corpus({ services: [{ id: 'tuolijumppa', ...rest }] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^content\/services\/tuolijumppa\.yaml:1 {2}virhe\/error {2}summary: Pakollinen kenttä puuttuu \(A required field is missing\) → kirjoita 1–3 lyhyttä lausetta/,
    );
  });

  it('refuses an id that is a plain number: /palvelut/2/ is the second page of the A–Ö index', () => {
    const out = lines(
      corpus({ services: [{ ...goodService, id: '2' }] }).map((f) =>
        f.path.startsWith('content/services/') ? { ...f, path: 'content/services/2.yaml' } : f,
      ),
    );
    expect(out).toEqual([
      expect.stringContaining(
        'id: Tunnuksessa pitää olla ainakin yksi kirjain (An id needs at least one letter) → pelkät numerot on varattu listojen sivunumeroille',
      ),
    ]);
  });

  it("accepts the organiser's own notice as a source: no address, its sender and the day it was sent", () => {
    const notice = { notice: true, by: 'Esimerkkiyhdistys ry', date: '2026-02-01' };
    const { content, problems } = validateCorpus(
      corpus({
        services: [{ ...goodService, source: [notice], lastVerified: '2026-02-01' }],
        providers: [
          { ...goodProvider, source: { ...notice }, contact: { phone: '040 123 4567', phoneSource: { ...notice } } },
        ],
      }),
    );
    expect(problems).toEqual([]);
    expect(content.services[0].source[0]).toEqual(notice);
  });

  it('says what a source lacks: an address, or for an own notice its sender; and refuses mixing the two', () => {
    const out = lines(
      withService({
        source: [
          { date: '2025-01-15' },
          { notice: true, date: '2025-01-15' },
          { notice: true, by: 'Yhdistys', url: 'https://example.fi/', date: '2025-01-15' },
          { url: 'https://example.fi/', by: 'Yhdistys', date: 'eilen' },
        ],
      }),
    );
    expect(out).toEqual([
      expect.stringContaining('source[0].url: Lähteen verkko-osoite puuttuu'),
      expect.stringContaining('source[1].by: Omasta ilmoituksesta puuttuu lähettäjä'),
      expect.stringContaining('source[2].url: Järjestäjän omalla ilmoituksella ei ole verkko-osoitetta'),
      // Reported together with the wrong date, not after it is fixed.
      expect.stringContaining('source[3].date: Päivämäärä ei kelpaa'),
      expect.stringContaining('source[3].by: Lähettäjä (by) kuuluu vain järjestäjän omaan ilmoitukseen'),
    ]);
  });

  it('reports a wrong time as that, not also as an end before the start', () => {
    const out = lines(withService({ schedule: { weekly: [{ day: 'tue', start: '25:00', end: '11:00' }] } }));
    expect(out).toEqual([expect.stringContaining('schedule.weekly[0].start: Kellonaika ei kelpaa')]);
  });

  it('rejects an unknown theme and lists the valid ones', () => {
    const out = lines(withService({ themes: ['jooga'] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('themes[0]: Tuntematon teema "jooga" (Unknown theme "jooga")');
    expect(out[0]).toContain('liikunta, seura');
  });

  it('rejects a provider reference that does not resolve and suggests the nearest', () => {
    const out = lines(withService({ provider: 'esimerkkiyhdistis' }));
    expect(out).toEqual([
      expect.stringContaining(
        'provider: Palveluntuottajaa "esimerkkiyhdistis" ei löydy (No provider "esimerkkiyhdistis") → tarkoititko "esimerkkiyhdistys"?',
      ),
    ]);
  });

  it('rejects a season that ends before it starts', () => {
    const out = lines(
      withService({
        schedule: { weekly: [{ day: 'tue', start: '10:00' }], validFrom: '2025-09-01', validUntil: '2025-05-31' },
      }),
    );
    expect(out).toEqual([
      expect.stringContaining(
        'schedule.validUntil: Kauden loppu on ennen sen alkua (The season ends before it starts)',
      ),
    ]);
    expect(
      lines(
        withService({
          schedule: { weekly: [{ day: 'tue', start: '10:00' }], validFrom: '2025-09-01', validUntil: '2025-09-01' },
        }),
      ),
    ).toEqual([]);
  });

  it('rejects coordinates outside the Turku region, e.g. swapped lat and lon', () => {
    const out = lines(withService({ locations: [{ district: 'runosmaki', coordinates: { lat: 22.25, lon: 60.49 } }] }));
    expect(out).toEqual([
      expect.stringContaining(
        'locations[0].coordinates: Koordinaatit ovat Turun seudun ulkopuolella (The coordinates are outside the Turku region)',
      ),
    ]);
  });

  it('rejects a malformed phone number and e-mail, with an example of each', () => {
    const out = lines(withService({ contact: { phone: '123-abc', email: 'info(at)example.fi' } }));
    expect(out).toHaveLength(2);
    expect(out.join('\n')).toContain(
      'contact.phone: Puhelinnumero ei kelpaa (Not a valid phone number) → kirjoita suomalainen numero, esim. 02 262 6000',
    );
    expect(out.join('\n')).toContain('contact.email: Sähköpostiosoite ei kelpaa (Not a valid e-mail address)');
  });

  it('rejects a duplicate id and a file name that does not match its id', () => {
    const files = corpus();
    files.push({
      path: 'content/services/kopio.yaml',
      text: files.find((f) => f.path.endsWith('tuolijumppa.yaml'))!.text,
    });
    const out = lines(files);
    expect(out).toContainEqual(
      expect.stringContaining(
        'content/services/kopio.yaml:1  virhe/error  id: Tunnus "tuolijumppa" ei vastaa tiedoston nimeä',
      ),
    );
    expect(out).toContainEqual(
      expect.stringContaining('id: Tunnus "tuolijumppa" on jo käytössä tiedostossa content/services/tuolijumppa.yaml'),
    );
  });

  it('rejects javascript: links in every link field and in text', () => {
    const out = lines(
      withService({ contact: { web: 'javascript:alert(1)' }, description: { fi: 'Klikkaa javascript:alert(1)' } }),
    );
    expect(out).toHaveLength(2);
    expect(out.join('\n')).toContain(
      'contact.web: Verkko-osoite ei kelpaa: vain https:// tai http:// -osoitteet ovat sallittuja',
    );
    expect(out.join('\n')).toContain('description.fi: Tekstissä on vaarallinen linkki');
  });

  it('reports every problem at once, one line each', () => {
    const out = lines(
      withService({ themes: ['x'], cost: { type: 'cheap' }, lastVerified: '2025-02-30', contact: { phone: 'abc' } }),
    );
    // cost, lastVerified, phone: schema errors; the theme is checked only after the schema passes.
    expect(out.length).toBe(3);
    expect(out.every((l) => !l.includes('\n'))).toBe(true);
    expect(out.join('\n')).toContain(
      'cost.type: Tuntematon arvo (Unknown value) → kirjoita jokin näistä: free, fee, membership, voucher',
    );
    expect(out.join('\n')).toContain('lastVerified: Päivämäärä ei kelpaa');
  });

  it('points at the line of the faulty field', () => {
    const text = [
      'id: tuolijumppa',
      'title: { fi: Tuolijumppa }',
      'summary: { fi: Jumppaa. }',
      'provider: esimerkkiyhdistys',
      'themes: [liikunta]',
      "audience: ['65+']",
      'cost: { type: free }',
      'join: { type: drop-in }',
      'locations:',
      '  - district: runosmaki',
      '    postalCode: 2036',
      'lastVerified: 2025-01-15',
      'source: [{ url: "https://example.fi/", date: 2025-01-15 }]',
    ].join('\n');
    const out = lines(corpus({ services: [], extra: [{ path: 'content/services/tuolijumppa.yaml', text }] }));
    expect(out).toEqual([
      expect.stringMatching(
        /^content\/services\/tuolijumppa\.yaml:11 .*locations\[0\]\.postalCode: Postinumerossa pitää olla viisi numeroa/,
      ),
    ]);
  });

  it('accepts a service without a place when it works by phone, and refuses one held in person', () => {
    expect(lines(withService({ locations: [], channels: ['phone'], join: { type: 'registration' } }))).toEqual([]);
    expect(lines(withService({ locations: [] }))).toEqual([
      expect.stringContaining('locations: Paikan päällä järjestettävällä palvelulla pitää olla paikka'),
    ]);
  });

  it('refuses "drop-in" where there is no place to come to: a phone line, a web page, a place without an address', () => {
    const dropIn =
      'join.type: Tule paikalle -palvelulla pitää olla paikka, jonne tulla (A drop-in service needs a place to come to)';
    expect(lines(withService({ locations: [], channels: ['phone'] }))).toEqual([expect.stringContaining(dropIn)]);
    expect(lines(withService({ locations: [], channels: ['online'] }))).toEqual([expect.stringContaining(dropIn)]);
    // A phone line's office address does not make the line a place to walk into.
    expect(lines(withService({ channels: ['phone'] }))).toEqual([expect.stringContaining(dropIn)]);
    // A name alone ("the market hall") is not an address.
    expect(lines(withService({ locations: [{ name: 'Olohuone' }] }))).toEqual([expect.stringContaining(dropIn)]);
    expect(lines(withService({ locations: [{ name: 'Olohuone' }] }))[0]).toContain('poista join');
    // A district, a street or a point each say where to go.
    expect(lines(withService({ locations: [{ district: 'varissuo' }] }))).toEqual([]);
    expect(lines(withService({ locations: [{ street: 'Katu 1' }] }))).toEqual([]);
    expect(lines(withService({ locations: [{ coordinates: { lat: 60.49, lon: 22.25 } }] }))).toEqual([]);
    expect(lines(withService({ locations: [], channels: ['phone'], join: undefined }))).toEqual([]);
  });

  it('accepts a location known only by its district', () => {
    expect(lines(withService({ locations: [{ district: 'varissuo' }] }))).toEqual([]);
    expect(lines(withService({ locations: [{ district: 'varisuo' }] }))).toEqual([
      expect.stringContaining('tarkoititko "varissuo"?'),
    ]);
  });

  it('suggests the right name for a mistyped field', () => {
    const out = lines(withService({ locations: [{ district: 'runosmaki', stret: 'Katu 1' }] }));
    expect(out).toEqual([
      expect.stringContaining(
        'locations[0]: Tuntematon kenttä "stret" (Unknown field "stret") → tarkoititko "street"?',
      ),
    ]);
  });

  it('checks a provider business id with its check digit', () => {
    const ok = lines(
      corpus({ providers: [{ id: 'esimerkkiyhdistys', name: { fi: 'E' }, type: 'ngo', businessId: '0204819-8' }] }),
    );
    const bad = lines(
      corpus({ providers: [{ id: 'esimerkkiyhdistys', name: { fi: 'E' }, type: 'ngo', businessId: '0204819-7' }] }),
    );
    expect(ok).toEqual([]);
    expect(bad).toEqual([expect.stringContaining('businessId: Y-tunnus ei kelpaa')]);
  });
});
