import { describe, expect, it } from 'vitest';
import type { District, Service } from '../schema';
import {
  adviceLineOf,
  alternativesTo,
  citywideByTitle,
  liveInDistrict,
  makeCatalog,
  mapListDistricts,
  mapListItem,
  mappableByDistrict,
  nearestElsewhere,
  once,
  popupWords,
  type Catalog,
} from './catalog';

const district = (id: string, lat: number, lon: number) =>
  ({ id, name: { fi: id }, majorDistrict: 'x', point: { lat, lon } }) as unknown as District;
const districtById = new Map(
  [district('home', 60.45, 22.25), district('near', 60.46, 22.25), district('far', 60.55, 22.25)].map((d) => [d.id, d]),
);
const service = (id: string, ...places: ({ district: string } | { coordinates: { lat: number; lon: number } })[]) =>
  ({
    id,
    title: { fi: id },
    locations: places.map((p) => ({ city: 'Turku', accessibility: [], busLines: [], ...p })),
  }) as unknown as Service;

const origin = districtById.get('home')!.point;
const ids = (xs: { service: Service }[]) => xs.map((x) => x.service.id);

describe('nearest services outside a district', () => {
  it('leaves out what is in the district and what has no place, and puts the nearest first', () => {
    const services = [
      service('c far', { district: 'far' }),
      service('b here', { district: 'home' }),
      service('a near', { district: 'near' }),
      service('phone only'),
    ];
    const got = nearestElsewhere(services, 'home', origin, districtById, 'fi', 10);
    expect(ids(got)).toEqual(['a near', 'c far']);
    expect(got[0].km).toBeCloseTo(1.11, 1);
  });
  it('measures a service with many places from its nearest one, exact points included', () => {
    const many = service('many', { district: 'far' }, { coordinates: { lat: 60.452, lon: 22.25 } });
    const [got] = nearestElsewhere(
      [many, service('near', { district: 'near' })],
      'home',
      origin,
      districtById,
      'fi',
      1,
    );
    expect(got.service.id).toBe('many');
    expect(got.location.coordinates).toBeDefined();
    expect(got.km).toBeLessThan(0.3);
  });
  it('breaks ties by title and stops at the limit', () => {
    const services = ['Ö', 'B', 'Ä', 'A'].map((t) => service(t, { district: 'near' }));
    expect(ids(nearestElsewhere(services, 'home', origin, districtById, 'fi', 3))).toEqual(['A', 'B', 'Ä']);
  });
});

describe('alternatives to an ended service', () => {
  const themed = (id: string, themes: string[], ...places: { district: string }[]) =>
    ({ ...service(id, ...places), themes }) as Service;
  it('offers live services of its first theme nearest to its place, then other shared themes, never itself or unrelated ones', () => {
    const ended = themed('ended', ['ruoka', 'seura'], { district: 'home' });
    const live = [
      ended,
      themed('far food', ['ruoka'], { district: 'far' }),
      themed('near food', ['ruoka'], { district: 'near' }),
      themed('company', ['seura'], { district: 'home' }),
      themed('sport', ['liikunta'], { district: 'home' }),
    ];
    expect(alternativesTo(ended, live, districtById, 'fi', 5).map((s) => s.id)).toEqual([
      'near food',
      'far food',
      'company',
    ]);
    expect(alternativesTo(ended, live, districtById, 'fi', 1).map((s) => s.id)).toEqual(['near food']);
  });
});

describe('the full map list, one file per district', () => {
  it('files a service under each of its districts, and a place known only by its point under the nearest district', () => {
    const services = [
      service('two', { district: 'home' }, { district: 'far' }),
      service('point', { coordinates: { lat: 60.461, lon: 22.25 } }),
      service('phone only'),
    ];
    const by = mappableByDistrict(services, districtById);
    expect(Object.fromEntries([...by].map(([d, xs]) => [d, xs.map((s) => s.id)]))).toEqual({
      home: ['two'],
      far: ['two'],
      near: ['point'],
    });
    // Every service with a place is in some file, so "show more" can reach all of them.
    expect(new Set([...by.values()].flat().map((s) => s.id))).toEqual(new Set(['two', 'point']));
    expect(mapListDistricts(services, districtById)).toContainEqual(['near', 60.46, 22.25, 1]);
  });
  it('gives a pop-up the organiser, every place, and else the first place a marker can stand for, as the cards do', () => {
    const providers = new Map([
      ['p', { id: 'p', name: { fi: 'Järjestäjä' }, type: 'ngo' }],
    ]) as unknown as Catalog['providers'];
    // The first place has no district and no point: no marker can stand for it.
    const s = { ...service('two places', { district: 'far' }), provider: 'p', themes: [] } as Service;
    s.locations.unshift({ ...s.locations[0], district: undefined, name: 'Somewhere' });
    const words = popupWords(s, { providers, districtById }, 'fi');
    expect(words.provider).toBe('Järjestäjä');
    expect(words.places.map(([d]) => d)).toEqual(['', 'far']);
    expect(words.address).toBe(words.places[1][1]);
    // The list item's point is the marker's: the place its address names.
    expect(mapListItem(s, { providers, districtById }, 'fi')).toMatchObject({ ...words, lat: 60.55, lon: 22.25 });
  });
});

describe('questions every page asks, answered once per catalogue', () => {
  const c = makeCatalog({
    services: [
      { ...service('b twice', { district: 'home' }, { district: 'home' }), channels: ['in-person'], status: 'active' },
      {
        ...service('a', { district: 'home' }, { district: 'far' }),
        channels: ['in-person', 'phone'],
        status: 'active',
      },
      { ...service('gone', { district: 'home' }), channels: ['phone'], status: 'ended' },
      {
        ...service('Ä line'),
        channels: ['phone'],
        status: 'active',
        contact: { phone: '+358 2 123 4567' },
      },
    ] as Service[],
    providers: [],
    themes: [],
    districts: [...districtById.values()],
    majorDistricts: [],
    synonyms: [],
  });

  it("lists a district's live services once each, and none for a district without any", () => {
    expect(liveInDistrict(c, 'home').map((s) => s.id)).toEqual(['b twice', 'a']);
    expect(liveInDistrict(c, 'far').map((s) => s.id)).toEqual(['a']);
    expect(liveInDistrict(c, 'near')).toEqual([]);
  });

  it('keeps the city-wide list in title order, without ended services', () => {
    expect(citywideByTitle(c, 'fi').map((s) => s.id)).toEqual(['a', 'Ä line']);
  });

  it('works an answer out only the first time it is asked', () => {
    let asked = 0;
    const answer = () => ++asked;
    expect([once(c, 'test-question', answer), once(c, 'test-question', answer)]).toEqual([1, 1]);
    expect(once(makeCatalog({ ...c, providers: [], services: [] }), 'test-question', answer)).toBe(2);
  });

  it('finds the advice line by id, and not once it has ended', () => {
    expect(adviceLineOf(c, 'Ä line')?.phone).toBe('+358 2 123 4567');
    expect(adviceLineOf(c, 'gone')).toBeUndefined();
    expect(adviceLineOf(c, 'missing')).toBeUndefined();
  });
});
