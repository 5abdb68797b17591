import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../validation/corpus';
import { corpus, goodService } from '../validation/test-helpers';
import {
  addressSourcesUsed,
  lookupAddress,
  parseStreetAddress,
  withAddressPoints,
  type AddressIndex,
} from './addresses';

// A hand-made index in the stored form (the importer's own output is tested with the fixtures
// in scripts/map/import-addresses.test.ts).
const index: AddressIndex = {
  version: 1,
  source: 'turku',
  from: 'test',
  importedAt: '2026-11-29T00:00:00Z',
  streets: {
    aurakatu: { '15': [22.2726, 60.4507], '15a': [22.273, 60.4509], '18': [22.2708, 60.4498] },
    yliopistonkatu: { '19': [22.269, 60.4516] },
    'itäinen pitkäkatu': { '49': [22.2817, 60.4471] },
    kaskenkatu: { '5-7': [22.2799, 60.4462], '5': [22.2799, 60.4462] },
  },
  aliases: { auragatan: 'aurakatu', universitetsgatan: 'yliopistonkatu', 'östra långgatan': 'itäinen pitkäkatu' },
};
const point = (street: string) => {
  const r = lookupAddress(index, street);
  return 'point' in r ? r.point : r.miss;
};

describe('matching a listing’s street address', () => {
  it('reads street, number and letter however they are spaced or capitalised', () => {
    expect(parseStreetAddress('Itäinen  Pitkäkatu 49')).toEqual({
      street: 'itäinen pitkäkatu',
      number: '49',
      letter: undefined,
    });
    expect(parseStreetAddress('Aurakatu 15a')).toEqual({ street: 'aurakatu', number: '15', letter: 'a' });
    expect(parseStreetAddress('Eerikinkatu 5 A 9')).toEqual({ street: 'eerikinkatu', number: '5', letter: 'a' });
    expect(parseStreetAddress('Kaskenkatu 5 – 7, 2. krs')).toEqual({
      street: 'kaskenkatu',
      number: '5-7',
      letter: undefined,
    });
    expect(parseStreetAddress('Kanslerintie')).toEqual({ street: 'kanslerintie' });
  });

  it('finds "15 a", "15a" and "15 A" at the same house, in Finnish or Swedish, and not at number 15', () => {
    const house = index.streets.aurakatu['15a'];
    for (const written of [
      'Aurakatu 15 a',
      'Aurakatu 15a',
      'Aurakatu 15 A',
      'AURAKATU  15A',
      'Auragatan 15 a',
      'auragatan 15A',
    ])
      expect(point(written), written).toEqual(house);
    expect(point('Aurakatu 15')).toEqual(index.streets.aurakatu['15']);
  });

  it('takes a staircase letter or a flat number as the building, and a range as its first house', () => {
    expect(point('Yliopistonkatu 19 B')).toEqual(index.streets.yliopistonkatu['19']);
    expect(point('Aurakatu 18 B 12')).toEqual(index.streets.aurakatu['18']);
    expect(point('Kaskenkatu 5-7')).toEqual(index.streets.kaskenkatu['5-7']);
    expect(point('Kaskenkatu 5 – 7')).toEqual(index.streets.kaskenkatu['5-7']);
  });

  it('tries both names of "Finnish (Swedish)"', () => {
    expect(point('Yliopistonkatu 19 B (Universitetsgatan 19 B)')).toEqual(index.streets.yliopistonkatu['19']);
    expect(point('Tuntematonkatu 3 (Östra Långgatan 49)')).toEqual(index.streets['itäinen pitkäkatu']['49']);
  });

  it('says why an address has no point: no number, a street not in the data, a number not in the data', () => {
    expect(point('Kanslerintie')).toBe('no-number');
    expect(point('Olematonkatu 3')).toBe('no-street');
    expect(point('Aurakatu 99')).toBe('no-number-match');
    // The most telling reason of the two names.
    expect(point('Aurakatu 99 (Olematon gatan 99)')).toBe('no-number-match');
  });
});

describe('withAddressPoints', () => {
  const { content } = validateCorpus(
    corpus({
      services: [
        {
          ...goodService,
          id: 'osoite',
          locations: [
            { street: 'Aurakatu 15 A', district: 'vi-kaupunginosa' },
            { street: 'Olematonkatu 3', district: 'runosmaki' },
          ],
        },
        {
          ...goodService,
          id: 'oma-piste',
          locations: [{ street: 'Aurakatu 18', coordinates: { lat: 60.44, lon: 22.25 } }],
        },
        { ...goodService, id: 'vain-alue', locations: [{ district: 'runosmaki' }] },
        {
          ...goodService,
          id: 'loppunut',
          status: 'ended',
          statusNote: { reason: { fi: 'Loppui.' } },
          locations: [{ street: 'Olematonkatu 5' }],
        },
      ],
    }),
  );

  it('changes nothing without an index: the same object comes back', () => {
    const r = withAddressPoints(content, undefined);
    expect(r.content).toBe(content);
    expect(r.unmatched).toEqual([]);
    expect(addressSourcesUsed(r.content.services)).toEqual([]);
  });

  it('gives a street address without coordinates its point, marked, and keeps a listing’s own point', () => {
    const { content: out, unmatched } = withAddressPoints(content, index);
    const byId = new Map(out.services.map((s) => [s.id, s]));
    expect(byId.get('osoite')!.locations[0]).toMatchObject({
      street: 'Aurakatu 15 A',
      coordinates: { lon: 22.273, lat: 60.4509 },
      coordinatesFrom: 'turku',
    });
    expect(byId.get('osoite')!.locations[1].coordinates).toBeUndefined();
    expect(byId.get('oma-piste')!.locations[0]).toEqual(
      content.services.find((s) => s.id === 'oma-piste')!.locations[0],
    );
    expect(byId.get('vain-alue')).toBe(content.services.find((s) => s.id === 'vain-alue'));
    // The input is not changed: the validator reads it after the build's copy is made.
    expect(content.services.find((s) => s.id === 'osoite')!.locations[0].coordinates).toBeUndefined();
    expect(unmatched).toEqual([{ service: 'osoite', location: 1, street: 'Olematonkatu 3', miss: 'no-street' }]);
    expect(addressSourcesUsed(out.services)).toEqual(['turku']);
  });
});
