import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { providerSchema, serviceSchema, type Provider, type Service } from '../schema';
import { goodProvider, goodService } from '../validation/test-helpers';
import { validateContentDir } from '../validation/fs';
import { makeCatalog } from './catalog';
import { jsonForScript, serviceJsonLd } from './structured-data';

const { content } = validateContentDir(join(import.meta.dirname, '../..'));
const c = makeCatalog(content);
const site = 'https://palvelutori.example';
const ctx = { lang: 'fi' as const, site, districtById: c.districtById };
const service = (over: Record<string, unknown> = {}): Service => serviceSchema.parse({ ...goodService, ...over });
const provider = (over: Record<string, unknown> = {}): Provider => providerSchema.parse({ ...goodProvider, ...over });
// What a page would put in its block, read back as a search engine would.
const roundTrip = (s: Service, p: Provider, extra: Partial<Parameters<typeof serviceJsonLd>[2]> = {}) =>
  JSON.parse(jsonForScript(serviceJsonLd(s, p, { ...ctx, ...extra }))) as Record<string, any>;

describe('schema.org JSON-LD for a service page', () => {
  it('gives every real live listing, in every language, valid JSON with its context, type, name and absolute url', () => {
    expect(c.live.length).toBeGreaterThan(100);
    for (const lang of ['fi', 'sv', 'en'] as const)
      for (const s of c.live) {
        const data = roundTrip(s, c.providers.get(s.provider)!, { lang });
        expect(data['@context'], s.id).toBe('https://schema.org');
        expect(['Service', 'GovernmentService'], s.id).toContain(data['@type']);
        expect(data.name, s.id).toBe(s.title[lang] ?? s.title.fi);
        expect(data.url, s.id).toBe(`${site}${lang === 'fi' ? '' : `/${lang}`}/palvelut/${s.id}/`);
        expect(data.provider.name, s.id).toBeTruthy();
        expect(data.mainEntityOfPage.dateModified, s.id).toBe(s.lastVerified);
      }
  });

  it('calls a city or state service a GovernmentService with a GovernmentOrganization, others a Service with an Organization', () => {
    const city = roundTrip(
      service(),
      provider({ type: 'public', contact: { phone: '02 330 000', web: 'https://www.turku.fi/' } }),
    );
    expect(city['@type']).toBe('GovernmentService');
    expect(city.provider).toMatchObject({
      '@type': 'GovernmentOrganization',
      name: 'Esimerkkiyhdistys ry',
      url: 'https://www.turku.fi/',
      telephone: '+3582330000',
    });
    const ngo = roundTrip(service(), provider());
    expect(ngo['@type']).toBe('Service');
    expect(ngo.provider['@type']).toBe('Organization');
    // Nothing unknown is stated, not even as an empty value.
    expect(ngo.provider).not.toHaveProperty('telephone');
    expect(ngo.provider).not.toHaveProperty('url');
  });

  it('serves Turku and the districts the listing names, and gives its place with address and point', () => {
    const data = roundTrip(
      service({
        locations: [
          { street: 'Katu 1', postalCode: '20360', district: 'runosmaki', coordinates: { lat: 60.49, lon: 22.25 } },
          { district: 'pansio' },
        ],
      }),
      provider(),
    );
    expect(data.areaServed.map((a: { '@type': string; name: string }) => `${a['@type']} ${a.name}`)).toEqual([
      'City Turku',
      'Place Runosmäki',
      'Place Pansio',
    ]);
    const places = data.availableChannel.filter((ch: Record<string, unknown>) => ch.serviceLocation);
    // The district-only place is an area, not a door: it is not a service location.
    expect(places).toHaveLength(1);
    expect(places[0].serviceLocation).toMatchObject({
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Katu 1',
        postalCode: '20360',
        addressLocality: 'Turku',
        addressCountry: 'FI',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 60.49, longitude: 22.25 },
    });
    const reach = data.availableChannel.find((ch: Record<string, unknown>) => ch.servicePhone);
    expect(reach).toMatchObject({
      serviceUrl: 'https://example.fi/',
      servicePhone: { '@type': 'ContactPoint', telephone: '+35821234567' },
    });
    expect(roundTrip(service(), provider(), { lang: 'sv' }).areaServed[0].name).toBe('Åbo');
  });

  it('lends the organiser’s phone to a service without its own, as the page does', () => {
    const data = roundTrip(
      service({ contact: { web: 'https://palvelu.fi/' } }),
      provider({ contact: { phone: '02 222 2222' } }),
    );
    expect(data.availableChannel[0]).toMatchObject({
      serviceUrl: 'https://palvelu.fi/',
      servicePhone: { telephone: '+35822222222' },
    });
  });

  it('states the weekly times as opening hours only while the listing is current', () => {
    const s = service({
      lastVerified: '2026-03-01',
      schedule: {
        weekly: [
          { day: 'tue', start: '10:00', end: '11:00' },
          { day: 'sun', start: '13:00' },
        ],
        validFrom: '2026-01-10',
        validUntil: '2026-05-31',
      },
    });
    const current = roundTrip(s, provider(), { now: new Date('2026-11-30T12:00:00Z') });
    expect(current.hoursAvailable).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Tuesday',
        opens: '10:00',
        closes: '11:00',
        validFrom: '2026-01-10',
        validThrough: '2026-05-31',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Sunday',
        opens: '13:00',
        validFrom: '2026-01-10',
        validThrough: '2026-05-31',
      },
    ]);
    const old = roundTrip(s, provider(), { now: new Date('2027-03-01T12:00:00Z') });
    expect(old).not.toHaveProperty('hoursAvailable');
  });

  it('gives a price only where the cost is sourced: free is 0 €, a fee is described in words', () => {
    expect(roundTrip(service({ cost: { type: 'free' } }), provider()).offers).toEqual({
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      description: 'Maksuton',
    });
    expect(roundTrip(service({ cost: { type: 'fee', price: { fi: '5 euroa kerta' } } }), provider()).offers).toEqual({
      '@type': 'Offer',
      description: 'Maksullinen. 5 euroa kerta',
    });
    expect(roundTrip(service({ cost: undefined }), provider())).not.toHaveProperty('offers');
  });

  it('dates the page from lastVerified', () => {
    const data = roundTrip(service({ lastVerified: '2025-06-02' }), provider());
    expect(data.mainEntityOfPage).toMatchObject({
      '@type': 'WebPage',
      '@id': data.url,
      dateModified: '2025-06-02',
      lastReviewed: '2025-06-02',
      inLanguage: 'fi',
    });
  });
});

describe('jsonForScript', () => {
  it('keeps text from closing the script block or opening a comment, and reads back unchanged', () => {
    const hostile = {
      name: 'a</script><script>alert(1)</script>',
      description: '<!-- x --> & </SCRIPT >',
      line: 'x\u2028y',
    };
    const out = jsonForScript(hostile);
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('<!--');
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(hostile);
  });

  it('escapes every real listing the same way', () => {
    for (const s of c.live) {
      const out = jsonForScript(serviceJsonLd(s, c.providers.get(s.provider)!, ctx));
      expect(out, s.id).not.toMatch(/[<>]/);
    }
  });
});
