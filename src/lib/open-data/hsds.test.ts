import { describe, expect, it } from 'vitest';
import { makeCatalog } from '../catalog';
import { validateCorpus } from '../../validation/corpus';
import { loadValidContent } from '../../validation/fs';
import { corpus, goodProvider, goodService } from '../../validation/test-helpers';
import { hsdsId, nestedServices, serviceFile, TABLES, toHsds, type Hsds, type Row, type Table } from './hsds';
import { assertValidHsds, hsdsProblems } from './hsds-validate';
import { uuidv5 } from './uuid';

const SITE = 'https://palvelutori.example/';
const content = loadValidContent();
const real = toHsds(makeCatalog(content), SITE);

function fromCorpus(opts: Parameters<typeof corpus>[0]) {
  const { content: c, problems } = validateCorpus(corpus(opts));
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return toHsds(makeCatalog(c), SITE);
}
const one = (h: Hsds, table: Table, where: (r: Row) => boolean = () => true) => h.tables[table].filter(where);
/** A deep copy in which `edit` has broken something. */
function broken(h: Hsds, edit: (h: Hsds) => void): Hsds {
  const copy = structuredClone(h);
  edit(copy);
  return copy;
}

describe('the real content as HSDS 3.0', () => {
  it('validates against the official schemas: every record of every table, and the nested documents', () => {
    expect(hsdsProblems(real)).toEqual([]);
    expect(() => assertValidHsds(real)).not.toThrow();
  });

  it('has one record per listing and provider, ended listings included as inactive', () => {
    expect(real.tables.service).toHaveLength(content.services.length);
    expect(real.tables.organization).toHaveLength(content.providers.length);
    const ended = content.services.filter((s) => s.status === 'ended');
    expect(
      one(real, 'service', (r) => r.status === 'inactive')
        .map((r) => r.id)
        .sort(),
    ).toEqual(ended.map((s) => hsdsId.service(s.id)).sort());
    expect(real.tables.taxonomy_term).toHaveLength(content.themes.length);
    expect(real.tables.attribute).toHaveLength(content.services.reduce((n, s) => n + s.themes.length, 0));
    expect(real.tables.service_at_location).toHaveLength(content.services.reduce((n, s) => n + s.locations.length, 0));
    const weekly = content.services.reduce((n, s) => n + (s.schedule?.weekly.length ?? 0), 0);
    expect(one(real, 'schedule', (r) => r.freq === 'WEEKLY')).toHaveLength(weekly);
  });

  it('is the same from build to build', () => {
    expect(toHsds(makeCatalog(loadValidContent()), SITE)).toEqual(real);
  });

  it('gives every record a table-wide unique UUID and an origin in a content file', () => {
    for (const t of TABLES) {
      expect(new Set(real.tables[t].map((r) => r.id)).size).toBe(real.tables[t].length);
      expect(real.origins[t]).toHaveLength(real.tables[t].length);
      for (const o of real.origins[t])
        expect(o.file).toMatch(/^content\/(services|providers)\/[a-z0-9-]+\.yaml$|^content\/themes\.yaml$/);
    }
  });
});

describe('a record that does not fit HSDS', () => {
  const s = content.services[0];
  const serviceIndex = (h: Hsds) => h.tables.service.findIndex((r) => r.id === hsdsId.service(s.id));

  it('is caught, and named by its listing file and field: a bad status', () => {
    const bad = broken(real, (h) => {
      h.tables.service[serviceIndex(h)].status = 'closed';
    });
    const problems = hsdsProblems(bad);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: serviceFile(s.id), field: 'status' });
    expect(problems[0].message).toMatch(/service\.status.*allowed values.*inactive/);
  });

  it('is caught: a bad uuid, a missing required field, a key to nothing', () => {
    const bad = broken(real, (h) => {
      h.tables.service[serviceIndex(h)].organization_id = 'turun-kaupunki';
      delete h.tables.organization[0].name;
      h.tables.attribute[0].taxonomy_term_id = uuidv5('taxonomy_term:theme/no-such-theme');
    });
    const problems = hsdsProblems(bad);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: serviceFile(s.id),
        message: expect.stringMatching(/organization_id.*format "uuid"/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: real.origins.organization[0].file,
        field: 'name.fi',
        message: expect.stringMatching(/required property 'name'/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: real.origins.attribute[0].file,
        message: expect.stringMatching(/taxonomy_term_id refers to no taxonomy_term/),
      }),
    );
  });

  it('stops the build with a message naming the file and the field', () => {
    const bad = broken(real, (h) => {
      h.tables.service[serviceIndex(h)].assured_date = 20250101;
    });
    expect(() => assertValidHsds(bad)).toThrow(
      new RegExp(`${serviceFile(s.id)}: lastVerified: HSDS service\\.assured_date: /assured_date must be string`),
    );
  });
});

describe('mapping a listing', () => {
  const h = fromCorpus({
    providers: [
      {
        ...goodProvider,
        name: { fi: 'Esimerkkiyhdistys ry', sv: 'Exempelföreningen rf' },
        businessId: '0245437-2',
        contact: { phone: '02 262 6000', address: { street: 'Katu 2', postalCode: '20100' } },
      },
    ],
    services: [
      {
        ...goodService,
        audience: ['65+', '75+'],
        schedule: {
          weekly: [
            { day: 'tue', start: '10:00', end: '11:30' },
            { day: 'fri', start: '09:15' },
          ],
          period: { fi: 'syksy 2025' },
        },
      },
      {
        ...goodService,
        id: 'tauolla',
        status: 'paused',
        statusNote: { since: '2025-06-01', reason: { fi: 'Ohjaaja on lomalla.' } },
        audience: ['65+', 'caregivers'],
        locations: [{ district: 'runosmaki' }],
        cost: { type: 'fee', price: { fi: '5 euroa' } },
        source: [{ notice: true, by: 'Esimerkkiyhdistys ry', date: '2025-06-01' }],
        lastVerified: '2025-06-01',
      },
      {
        ...goodService,
        id: 'paattynyt',
        status: 'ended',
        statusNote: { reason: { fi: 'Ryhmä lopetti.' } },
        locations: [{ street: 'Katu 3', district: 'runosmaki' }],
      },
    ],
  });
  const service = (id: string) => one(h, 'service', (r) => r.id === hsdsId.service(id))[0];
  const locationsOf = (id: string) =>
    one(h, 'service_at_location', (r) => r.service_id === hsdsId.service(id)).map(
      (sal) => one(h, 'location', (l) => l.id === sal.location_id)[0],
    );

  it('validates', () => {
    expect(hsdsProblems(h)).toEqual([]);
  });

  it('derives ids from the project ids (UUID v5)', () => {
    expect(service('tuolijumppa').id).toBe(uuidv5('service:tuolijumppa'));
    expect(service('tuolijumppa').organization_id).toBe(uuidv5('organization:esimerkkiyhdistys'));
  });

  it('maps the status: active, paused → temporarily closed, ended → inactive, with the reason as an alert', () => {
    expect(service('tuolijumppa')).toMatchObject({ status: 'active' });
    expect(service('tuolijumppa').alert).toBeUndefined();
    expect(service('tauolla')).toMatchObject({
      status: 'temporarily closed',
      alert: 'Tämä palvelu on tauolla 1.6.2025 alkaen. Ohjaaja on lomalla.',
    });
    expect(service('paattynyt')).toMatchObject({
      status: 'inactive',
      alert: 'Tämä palvelu on päättynyt. Ryhmä lopetti.',
    });
  });

  it('takes assured_date from lastVerified, and a minimum age only when every audience is an age group', () => {
    expect(service('tuolijumppa')).toMatchObject({ assured_date: goodService.lastVerified, minimum_age: 65 });
    expect(service('tauolla').minimum_age).toBeUndefined();
  });

  it('writes weekly times as WEEKLY schedules with byday, opens_at and closes_at in local time', () => {
    const schedules = one(h, 'schedule', (r) => r.service_id === hsdsId.service('tuolijumppa'));
    expect(
      schedules.map(({ freq, byday, opens_at, closes_at, notes }) => ({ freq, byday, opens_at, closes_at, notes })),
    ).toEqual([
      { freq: 'WEEKLY', byday: 'TU', opens_at: '10:00:00', closes_at: '11:30:00', notes: 'Aikataulu: syksy 2025.' },
      { freq: 'WEEKLY', byday: 'FR', opens_at: '09:15:00', closes_at: undefined, notes: 'Aikataulu: syksy 2025.' },
    ]);
  });

  it('gives coordinates only to an exact place, and an address only with a postal code', () => {
    const [exact] = locationsOf('tuolijumppa');
    expect(exact).toMatchObject({
      latitude: goodService.locations[0].coordinates.lat,
      longitude: goodService.locations[0].coordinates.lon,
      name: 'Olohuone',
    });
    expect(one(h, 'address', (a) => a.location_id === exact.id)).toEqual([
      expect.objectContaining({
        address_1: 'Katu 1',
        postal_code: '20360',
        city: 'Turku',
        state_province: 'Varsinais-Suomi',
        country: 'FI',
        address_type: 'physical',
      }),
    ]);
    const [district] = locationsOf('tauolla');
    expect(district.latitude).toBeUndefined();
    expect(district.description).toMatch(/Runosmäki/);
    const [noPostalCode] = locationsOf('paattynyt');
    expect(one(h, 'address', (a) => a.location_id === noPostalCode.id)).toEqual([]);
    expect(noPostalCode.description).toMatch(/Katu 3/);
  });

  it('maps the organisation with its phone, postal address and business id', () => {
    const org = one(h, 'organization')[0];
    expect(org).toMatchObject({
      name: 'Esimerkkiyhdistys ry',
      alternate_name: 'Exempelföreningen rf',
      legal_status: 'Järjestö',
      uri: `${SITE}jarjestajat/esimerkkiyhdistys/`,
    });
    expect(one(h, 'phone', (p) => p.organization_id === org.id)).toEqual([
      expect.objectContaining({ number: '02 262 6000' }),
    ]);
    expect(one(h, 'organization_identifier')).toEqual([
      expect.objectContaining({ organization_id: org.id, identifier: '0245437-2' }),
    ]);
    const postal = one(h, 'location', (l) => l.location_type === 'postal');
    expect(one(h, 'address', (a) => a.location_id === postal[0].id)).toEqual([
      expect.objectContaining({ address_1: 'Katu 2', address_type: 'postal' }),
    ]);
  });

  it("lists each source beside HSDS; the organiser's own notice without an address, by its sender", () => {
    expect(h.sources.filter((r) => r.service_id === service('tauolla').id)).toEqual([
      expect.objectContaining({ title: 'Esimerkkiyhdistys ry', date: '2025-06-01', notice: 'true' }),
    ]);
    expect(h.sources.find((r) => r.service_id === service('tauolla').id)!.url).toBeUndefined();
    expect(h.sources.find((r) => r.service_id === service('tuolijumppa').id)).toMatchObject({
      url: 'https://example.fi/',
      notice: 'false',
    });
  });

  it('links services to their themes through a taxonomy', () => {
    const [attr] = one(h, 'attribute', (a) => a.link_id === service('tuolijumppa').id);
    const term = one(h, 'taxonomy_term', (t) => t.id === attr.taxonomy_term_id)[0];
    expect(term).toMatchObject({ code: 'liikunta', taxonomy_id: one(h, 'taxonomy')[0].id });
  });

  it("nests services as in HSDS's service_full example", () => {
    const nested = nestedServices(h).find((s) => s.id === service('tuolijumppa').id) as Record<string, any>;
    expect(nested.organization.name).toBe('Esimerkkiyhdistys ry');
    expect(nested.schedules).toHaveLength(2);
    expect(nested.service_at_locations[0].location.addresses[0].address_1).toBe('Katu 1');
    expect(nested.attributes[0].taxonomy_term.code).toBe('liikunta');
    expect(nested.organization_id).toBeUndefined();
  });
});
