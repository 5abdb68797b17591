// Listings come from outside the team. Each hostile or broken file gets a clear message, and
// nothing crashes the validator.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateCorpus, type SourceFile } from './corpus';
import { formatProblem } from './problems';
import { corpus, goodProvider, goodService } from './test-helpers';

const dir = join(import.meta.dirname, 'fixtures');
const fixture = (name: string): SourceFile => ({
  path: `content/services/${name}.yaml`,
  text: readFileSync(join(dir, `${name}.yaml`), 'utf8'),
});
const check = (...files: SourceFile[]) =>
  validateCorpus(corpus({ services: [], extra: files })).problems.map(formatProblem);

describe('hostile and broken listings', () => {
  it('rejects raw HTML in text', () => {
    expect(check(fixture('script-tag'))).toEqual([
      expect.stringContaining('title.fi: Tekstissä on HTML-koodia (The text contains HTML) → kirjoita pelkkää tekstiä'),
    ]);
  });
  it('rejects javascript: and data: links', () => {
    const out = check(fixture('javascript-link'));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/:10 .*contact\.web: Verkko-osoite ei kelpaa/);
    expect(out[1]).toMatch(/:12 .*source\[0\]\.url: Verkko-osoite ei kelpaa/);
  });
  it('refuses a YAML bomb quickly, without expanding it', () => {
    const t0 = performance.now();
    expect(check(fixture('yaml-bomb'))).toEqual([
      expect.stringContaining('YAML-ankkurit (&) ja viittaukset (*) eivät ole sallittuja'),
    ]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
  it('refuses anchors and aliases even when harmless', () => {
    expect(check(fixture('anchors'))).toEqual([expect.stringMatching(/anchors\.yaml:2 .*YAML-ankkurit/)]);
  });
  it('explains wrong types field by field', () => {
    const out = check(fixture('wrong-types')).join('\n');
    expect(out).toContain('title: Väärä muoto: pitäisi olla kenttiä sisältävä kohta, nyt tekstiä');
    expect(out).toContain('summary.fi: Väärä muoto: pitäisi olla tekstiä, nyt numero');
    expect(out).toContain('themes: Väärä muoto: pitäisi olla lista, nyt tekstiä');
    expect(out).toContain('locations[0].coordinates.lat: Väärä muoto: pitäisi olla numero, nyt tekstiä');
    expect(out).toContain('lastVerified: Päivämäärä ei kelpaa');
  });
  it('names a mistyped field and an empty language text', () => {
    const out = check(fixture('typo-field')).join('\n');
    expect(out).toContain('locations[0]: Tuntematon kenttä "adress" (Unknown field "adress") → tarkoititko "street"?');
    expect(out).toContain('title.sv: Teksti on tyhjä (The text is empty)');
  });
  it('reports a provider that does not exist', () => {
    expect(check(fixture('missing-provider'))).toEqual([
      expect.stringContaining('provider: Palveluntuottajaa "ei-ole-olemassa" ei löydy'),
    ]);
  });
  it('reports a file that is not YAML at all, with its line', () => {
    expect(check(fixture('not-yaml'))).toEqual([expect.stringMatching(/not-yaml\.yaml:\d+ .*YAML-virhe/)]);
  });
  it('refuses a huge file without parsing it', () => {
    const huge = {
      path: 'content/services/huge.yaml',
      text: `id: huge\ndescription:\n  fi: "${'a'.repeat(200_000)}"\n`,
    };
    expect(check(huge)).toEqual([expect.stringContaining('Tiedosto on liian suuri')]);
  });
  it('refuses a live listing that gives no way to act, and says what to add', () => {
    const { contact: _c, ...noContact } = goodService;
    const dead = { ...noContact, id: 'umpikuja', join: { type: 'registration' } };
    const out = validateCorpus(corpus({ services: [dead] })).problems.map(formatProblem);
    expect(out).toEqual([
      expect.stringMatching(
        /umpikuja\.yaml:\d+ .*contact: Palvelusta ei voi ottaa yhteyttä.*→ lisää contact: \{ phone: .*content\/providers\/esimerkkiyhdistys\.yaml/,
      ),
    ]);
    expect(out[0]).toContain('(The listing gives no way to act');
    // The organiser's general contact, a walk-in address with a weekly time, or having ended, each settle it.
    expect(
      validateCorpus(corpus({ providers: [{ ...goodProvider, contact: { phone: '02 123 4567' } }], services: [dead] }))
        .problems,
    ).toEqual([]);
    expect(validateCorpus(corpus({ services: [{ ...dead, join: { type: 'drop-in' } }] })).problems).toEqual([]);
    const ended = { ...dead, status: 'ended', statusNote: { reason: { fi: 'Yhdistys lopetti toiminnan.' } } };
    expect(validateCorpus(corpus({ services: [ended] })).problems).toEqual([]);
  });
  it('asks why a listing has ended', () => {
    const out = check({
      path: 'content/services/loppui.yaml',
      text: stringify({ ...goodService, id: 'loppui', status: 'ended' }),
    });
    expect(out).toEqual([
      expect.stringContaining('statusNote: Päättyneellä tai tauolla olevalla palvelulla pitää kertoa syy'),
    ]);
  });
  it('refuses over-long fields', () => {
    const out = check({
      path: 'content/services/pitka.yaml',
      text: stringify({ ...goodService, id: 'pitka', summary: { fi: 'Sana. '.repeat(100) } }),
    });
    expect(out).toEqual([expect.stringContaining('summary.fi: Teksti on liian pitkä (enintään 300 merkkiä)')]);
  });
  it('refuses a provider file that claims another provider’s id', () => {
    const out = validateCorpus(
      corpus({ extra: [{ path: 'content/providers/tunkeilija.yaml', text: stringify(goodProvider) }] }),
    ).problems.map(formatProblem);
    expect(out).toContainEqual(
      expect.stringContaining(
        'content/providers/tunkeilija.yaml:1  virhe/error  id: Tunnus "esimerkkiyhdistys" ei vastaa tiedoston nimeä',
      ),
    );
    expect(out).toContainEqual(
      expect.stringContaining(
        'id: Tunnus "esimerkkiyhdistys" on jo käytössä tiedostossa content/providers/esimerkkiyhdistys.yaml',
      ),
    );
  });
  it('has a fixture for every case above', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'anchors.yaml',
      'javascript-link.yaml',
      'missing-provider.yaml',
      'not-yaml.yaml',
      'script-tag.yaml',
      'typo-field.yaml',
      'wrong-types.yaml',
      'yaml-bomb.yaml',
    ]);
  });
});

describe('random listings', () => {
  // Any input, valid or not, is either accepted or turned into readable one-line errors.
  const anyValue = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
    ),
  })).value;
  const mutated = fc.record({
    key: fc.constantFrom(...Object.keys(goodService), 'adress', 'extra'),
    value: anyValue,
  });

  it('never throws, and every problem is one readable line', () => {
    fc.assert(
      fc.property(fc.array(mutated, { maxLength: 4 }), (changes) => {
        const listing: Record<string, unknown> = { ...goodService };
        for (const { key, value } of changes) listing[key] = value;
        let text: string;
        try {
          text = stringify(listing);
        } catch {
          return true;
        }
        const { problems } = validateCorpus(
          corpus({ services: [], extra: [{ path: 'content/services/tuolijumppa.yaml', text }] }),
        );
        for (const p of problems) {
          const line = formatProblem(p);
          expect(line).not.toContain('\n');
          expect(line).toMatch(/^content\/services\/tuolijumppa\.yaml(:\d+)? {2}virhe\/error {2}/);
          expect(p.msg.fi.length).toBeGreaterThan(0);
          expect(p.msg.en.length).toBeGreaterThan(0);
          expect(line).not.toContain('ptmsg:');
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('accepts any well-formed listing built from valid parts', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0 && !/[<>:]/.test(s)),
          cost: fc.constantFrom('free', 'fee', 'membership', 'voucher'),
          join: fc.constantFrom('drop-in', 'registration', 'referral'),
          lat: fc.double({ min: 60.3, max: 60.6, noNaN: true }),
          lon: fc.double({ min: 22.0, max: 22.6, noNaN: true }),
        }),
        ({ title, cost, join, lat, lon }) => {
          const listing = {
            ...goodService,
            title: { fi: title },
            cost: { type: cost },
            join: { type: join },
            locations: [{ district: 'runosmaki', coordinates: { lat, lon } }],
          };
          const { problems } = validateCorpus(corpus({ services: [listing] }));
          expect(problems.map(formatProblem)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
