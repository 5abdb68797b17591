import { describe, expect, it } from 'vitest';
import { phone as phoneSchema } from '../../src/schema/common';
import {
  cleanText,
  fit,
  hoursText,
  mapService,
  normalisePhone,
  themesFor,
  toCoordinates,
  uniqueId,
  weeklySlots,
  type MapContext,
} from './map';
import { v11Channel, v11Service, type V11Channel, type V11ServiceHour } from './v11';

const ctx: MapContext = {
  api: 'https://api.palvelutietovaranto.suomi.fi/api/v11',
  provider: 'turun-kaupunki',
  themes: { 'P4.3': 'kotiapu', P5: 'terveys' },
  defaultTheme: 'neuvonta',
};

const hour = (openings: [string, string, string][], extra: Partial<V11ServiceHour> = {}): V11ServiceHour => ({
  serviceHourType: 'DaysOfTheWeek',
  validFrom: null,
  validTo: null,
  isClosed: false,
  validForNow: true,
  isAlwaysOpen: false,
  isReservation: false,
  additionalInformation: [],
  openingHour: openings.map(([dayFrom, from, to]) => ({ dayFrom, dayTo: '', from, to })),
  ...extra,
});
const weekdays = (from: string, to: string): [string, string, string][] =>
  ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => [d, from, to]);

describe('phones', () => {
  it('normalises PTV numbers to our format, and leaves foreign ones out', () => {
    const cases: [Parameters<typeof normalisePhone>[0], string | undefined][] = [
      [{ prefixNumber: '+358', number: '22626000', isFinnishServiceNumber: false }, '02 262 6000'],
      [{ prefixNumber: '+358', number: '40 123 4567', isFinnishServiceNumber: false }, '040 123 4567'],
      [{ prefixNumber: null, number: '0401234567', isFinnishServiceNumber: false }, '040 123 4567'],
      [{ prefixNumber: null, number: '+358 9 1234 567', isFinnishServiceNumber: false }, '09 123 4567'],
      [{ prefixNumber: '+358', number: '2 330 000', isFinnishServiceNumber: false }, '02 330 000'],
      [{ prefixNumber: null, number: '0800 12345', isFinnishServiceNumber: true }, '0800 12345'],
      [{ prefixNumber: null, number: '029 123 4567', isFinnishServiceNumber: true }, '029 123 4567'],
      [{ prefixNumber: '+46', number: '812345678', isFinnishServiceNumber: false }, undefined],
      [{ prefixNumber: null, number: '+46 8 123 456', isFinnishServiceNumber: false }, undefined],
      [{ prefixNumber: '+358', number: '12', isFinnishServiceNumber: false }, undefined],
    ];
    for (const [input, want] of cases) {
      const got = normalisePhone(input);
      expect(got, input.number).toBe(want);
      if (got) expect(phoneSchema.safeParse(got).success, got).toBe(true);
    }
  });
});

describe('coordinates', () => {
  it('turns ETRS-TM35FIN into WGS84 and keeps only points in the Turku region', () => {
    const turku = toCoordinates('6711089', '239742');
    expect(turku!.lat).toBeCloseTo(60.4518, 4);
    expect(turku!.lon).toBeCloseTo(22.2666, 3);
    expect(toCoordinates('6653270', '382880')).toBeUndefined(); // Helsinki
    expect(toCoordinates(60.45, 22.27)).toEqual({ lat: 60.45, lon: 22.27 }); // already degrees
    expect(toCoordinates('0', '0')).toBeUndefined();
    expect(toCoordinates(null, undefined)).toBeUndefined();
    expect(toCoordinates('', '')).toBeUndefined();
  });
});

describe('hours', () => {
  it('writes regular hours per language, grouping days with the same times', () => {
    const h = hoursText([
      hour([
        ...weekdays('08:00:00', '16:00:00').slice(0, 4),
        ['Friday', '08:00:00', '14:30:00'],
        ['Saturday', '10:00:00', '13:00:00'],
      ]),
    ]);
    expect(h).toEqual({
      fi: 'ma–to klo 8–16, pe klo 8–14.30, la klo 10–13',
      sv: 'mån–tor kl. 8–16, fre kl. 8–14.30, lör kl. 10–13',
      en: 'Mon–Thu 8:00–16:00, Fri 8:00–14:30, Sat 10:00–13:00',
    });
  });

  it('says always open, by appointment, and a dated period; leaves out holiday exceptions', () => {
    expect(hoursText([hour([], { isAlwaysOpen: true })])?.fi).toBe('avoinna aina');
    expect(
      hoursText([hour([], { isReservation: true, additionalInformation: [{ language: 'fi', value: 'soita ensin' }] })]),
    ).toEqual({ fi: 'ajanvarauksella (soita ensin)', sv: 'enligt tidsbokning', en: 'by appointment' });
    expect(
      hoursText([
        hour(weekdays('09:00', '12:00'), {
          validForNow: false,
          validFrom: '2026-06-01T00:00:00',
          validTo: '2026-08-31T00:00:00',
        }),
      ])?.fi,
    ).toBe('1.6.2026–31.8.2026: ma–pe klo 9–12');
    expect(
      hoursText([hour([], { serviceHourType: 'Exceptional', isClosed: true, validFrom: '2026-12-24T00:00:00' })]),
    ).toBeUndefined();
  });

  it('gives weekly slots only when the regular hours are unambiguous', () => {
    expect(
      weeklySlots([
        hour([
          ['Monday', '09:00:00', '12:00:00'],
          ['Monday', '13:00:00', '15:00:00'],
        ]),
      ]),
    ).toEqual([
      { day: 'mon', start: '09:00', end: '12:00' },
      { day: 'mon', start: '13:00', end: '15:00' },
    ]);
    expect(weeklySlots([hour(weekdays('09:00', '12:00')), hour(weekdays('13:00', '15:00'))])).toBeUndefined();
    expect(
      weeklySlots([hour([['Friday', '22:00:00', '02:00:00']], { serviceHourType: 'OverMidnight' })]),
    ).toBeUndefined();
    expect(weeklySlots([hour([], { isAlwaysOpen: true })])).toBeUndefined();
    expect(
      weeklySlots([hour(weekdays('09:00', '12:00'), { validForNow: false, validFrom: '2026-06-01T00:00:00' })]),
    ).toBeUndefined();
  });
});

describe('texts, themes and ids', () => {
  it('cleans and shortens text at a word', () => {
    expect(cleanText(' Avoin  <b>kahvila</b>\n ')).toBe('Avoin kahvila');
    expect(fit('Ikäihmisten neuvonta ja palveluohjaus', 20)).toBe('Ikäihmisten…');
    expect(fit('lyhyt', 20)).toBe('lyhyt');
  });

  it('takes themes from service classes, then their parents, else the default', () => {
    expect(themesFor(['P4.3', 'P5.13', 'P4.2'], ctx.themes, 'neuvonta')).toEqual(['kotiapu', 'terveys']);
    expect(themesFor(['P99.1'], ctx.themes, 'neuvonta')).toEqual(['neuvonta']);
  });

  it('makes a file name from the Finnish name that no listing has', () => {
    const taken = new Set(['kotihoito']);
    expect(uniqueId('Kotihoito', taken)).toBe('kotihoito-2');
    expect(uniqueId('Kotihoito', taken)).toBe('kotihoito-3');
    expect(uniqueId('Ääneen ja Öisin', taken)).toBe('aaneen-ja-oisin');
    expect(uniqueId('112', taken)).toBe('palvelu-112');
  });
});

describe('mapService', () => {
  const base = {
    id: '10000000-0000-4000-a000-000000000001',
    serviceNames: [{ language: 'fi', value: 'Testi', type: 'Name' }],
    serviceDescriptions: [{ language: 'fi', value: 'Lyhyt kuvaus.', type: 'Summary' }],
    publishingStatus: 'Published',
    modified: '2026-02-03T10:00:00.000Z',
    serviceChannels: [{ serviceChannel: { id: '20000000-0000-4000-a000-000000000001', name: 'x' } }],
  };
  const channel = (extra: Record<string, unknown>): V11Channel =>
    v11Channel.parse({
      id: '20000000-0000-4000-a000-000000000001',
      serviceChannelType: 'WebPage',
      serviceChannelNames: [{ language: 'fi', value: 'Verkossa', type: 'Name' }],
      publishingStatus: 'Published',
      modified: '2026-02-01T00:00:00',
      webPages: [{ url: 'https://example.fi/palvelu', value: 'x', language: 'fi' }],
      ...extra,
    });
  const channels = (c: V11Channel) => new Map([[c.id, c]]);

  it('maps a web-only service to the online channel', () => {
    const r = mapService(v11Service.parse(base), channels(channel({})), ctx);
    expect(r.ok && r.listing).toMatchObject({
      channels: ['online'],
      locations: [],
      contact: { web: 'https://example.fi/palvelu' },
      lastVerified: '2026-02-03',
      themes: ['neuvonta'],
    });
  });

  it('skips a service with no Finnish name, or with no way to reach it', () => {
    const sv = v11Service.parse({ ...base, serviceNames: [{ language: 'sv', value: 'Test', type: 'Name' }] });
    expect(mapService(sv, channels(channel({})), ctx)).toEqual({ ok: false, reason: 'has no name in Finnish' });
    const r = mapService(v11Service.parse(base), channels(channel({ publishingStatus: 'Draft' })), ctx);
    expect(r).toEqual({ ok: false, reason: 'has no service location, phone number or web page in PTV' });
  });

  it('uses the description when there is no summary, and shortens a long name', () => {
    const long = 'Hyvin pitkä palvelun nimi, joka jatkuu ja jatkuu vielä pitkään ja vielä vähän pidempään kuin saa';
    const r = mapService(
      v11Service.parse({
        ...base,
        serviceNames: [{ language: 'fi', value: long, type: 'Name' }],
        serviceDescriptions: [{ language: 'fi', value: 'Kuvaus.', type: 'Description' }],
      }),
      channels(channel({})),
      ctx,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.listing.summary).toEqual({ fi: 'Kuvaus.' });
    expect(r.listing.title.fi.length).toBeLessThanOrEqual(90);
    expect(r.listing.title.fi.endsWith('…')).toBe(true);
    expect(r.warnings).toEqual(['the name (fi) was too long and was shortened']);
  });
});
