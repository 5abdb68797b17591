import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import type { District, Provider, Service, WeeklySlot } from '../schema';
import { keyFacts, plain, timesShort, unknownWords } from './key-facts';

const provider = { id: 'yhdistys', name: { fi: 'Yhdistys ry' } } as Provider;
const districtById = new Map([
  ['runosmaki', { id: 'runosmaki', name: { fi: 'Runosmäki', sv: 'Runosbacken' } } as District],
]);
const c = { providers: new Map([['yhdistys', provider]]), districtById };
const service = (extra: Partial<Service>): Service =>
  ({
    id: 'palvelu',
    provider: 'yhdistys',
    title: { fi: 'Palvelu' },
    summary: { fi: 'Palvelu.' },
    channels: ['in-person'],
    locations: [],
    lastVerified: new Date().toISOString().slice(0, 10),
    source: [{ url: 'https://example.fi/', date: '2026-01-01' }],
    ...extra,
  }) as Service;
const fi = t('fi');

describe('keyFacts', () => {
  it('answers who, when, where, cost and joining in a few words each', () => {
    const f = keyFacts(
      service({
        schedule: { weekly: [{ day: 'tue', start: '10:00', end: '11:30' }] },
        locations: [{ name: 'Aurala', street: 'Aurakatu 1', city: 'Turku', accessibility: [], busLines: [] }],
        cost: { type: 'fee', price: { fi: '5 euroa' } },
        join: { type: 'registration' },
      }),
      c,
      'fi',
    );
    expect(plain(f.who)).toBe('Yhdistys ry');
    expect(plain(f.when)).toBe('ti 10.00–11.30');
    expect(plain(f.where)).toBe('Aurakatu 1');
    expect(plain(f.cost)).toBe('Maksullinen: 5 euroa');
    expect(plain(f.join)).toBe('Ilmoittaudu etukäteen');
    expect(f.unknown).toEqual([]);
  });

  it('puts everything the listing leaves out into one line', () => {
    const f = keyFacts(service({ locations: [{ city: 'Turku', accessibility: [], busLines: [] }] }), c, 'fi');
    expect(f.unknown).toEqual(['when', 'where', 'cost', 'join']);
    expect(`${fi.askLabel}: ${unknownWords(f.unknown, fi)}`).toBe(
      'Kysy järjestäjältä: aika, paikka, hinta, miten pääsee mukaan',
    );
    // "Paid" without a price: the amount is asked about.
    expect(keyFacts(service({ cost: { type: 'fee' } }), c, 'fi').unknown).toContain('cost');
    const free = keyFacts(service({ cost: { type: 'free', price: { fi: 'Kahvi 1 euro.' } } }), c, 'fi');
    expect(free.unknown).not.toContain('cost');
    expect(plain(free.cost)).toBe('Maksuton');
  });

  it('says where a service without a place is given, and asks for the place of one met in person', () => {
    const byPhone = keyFacts(service({ channels: ['phone', 'home-visit'] }), c, 'fi');
    expect(plain(byPhone.where)).toBe('Puhelimessa · Kotikäynti');
    expect(byPhone.unknown).not.toContain('where');
    const placeAndPhone = service({
      channels: ['in-person', 'phone'],
      locations: [{ street: 'Aurakatu 1', city: 'Turku', accessibility: [], busLines: [] }],
    });
    expect(plain(keyFacts(placeAndPhone, c, 'fi').where)).toBe('Aurakatu 1');
    const both = keyFacts(service({ channels: ['in-person', 'online'] }), c, 'fi');
    expect(plain(both.where)).toBe('Verkossa');
    expect(both.unknown).toContain('where');
    const many = keyFacts(
      service({
        locations: [
          { district: 'runosmaki', city: 'Turku', accessibility: [], busLines: [] },
          { name: 'Kirkko', city: 'Turku', accessibility: [], busLines: [] },
          { name: 'Talo', city: 'Turku', accessibility: [], busLines: [] },
        ],
      }),
      c,
      'sv',
    );
    expect(plain(many.where)).toBe('Runosbacken och 2 andra platser');
  });

  it('says an old timetable is old, and marks Finnish text on a Swedish page', () => {
    const f = keyFacts(
      service({
        lastVerified: '2013-09-01',
        schedule: { weekly: [{ day: 'wed', start: '13:00' }], period: { fi: 'syksy 2013' } },
        cost: { type: 'fee', price: { fi: '2 euroa' } },
      }),
      c,
      'sv',
    );
    expect(plain(f.when)).toBe('on 13.00 (gammal tidtabell, syksy 2013)');
    expect(f.cost).toEqual([{ text: 'Avgiftsbelagd' }, { text: ': ' }, { text: '2 euroa', lang: 'fi' }]);
    expect(f.who).toEqual([{ text: 'Yhdistys ry', lang: 'fi' }]);
  });
});

describe('timesShort', () => {
  it('gives days in a row with the same times one range, and keeps a slot with a note apart', () => {
    const weekly: WeeklySlot[] = [
      { day: 'fri', start: '09:00', end: '12:00' },
      { day: 'mon', start: '09:00', end: '12:00' },
      { day: 'tue', start: '09:00', end: '12:00' },
      { day: 'wed', start: '09:00', end: '12:00' },
      { day: 'thu', start: '09:00', end: '12:00', note: { fi: 'parilliset viikot' } },
      { day: 'sun', start: '18:00' },
    ];
    expect(timesShort(weekly, 'fi')).toBe(
      'ma–ke 09.00–12.00, to 09.00–12.00 (parilliset viikot), pe 09.00–12.00, su 18.00',
    );
    expect(timesShort(weekly.slice(0, 3), 'en')).toBe('Mon, Tue 09.00–12.00, Fri 09.00–12.00');
  });
});
