import { describe, expect, it } from 'vitest';
import { serviceSchema } from '../../schema';
import { slugify } from '../../lib/slug';
import { formPath, toListing } from './listing';

describe('form values to a listing', () => {
  const values = {
    'title.fi': 'Tuolijumppa Pansiossa',
    id: 'tuolijumppa-pansio',
    'summary.fi': 'Kevyttä jumppaa.',
    provider: 'turun-kaupunki',
    themes: ['liikunta'],
    audience: ['65+'],
    languages: ['fi'],
    channels: ['in-person'],
    'cost.type': 'free',
    'join.type': 'drop-in',
    'cost.price.fi': '',
    'locations.0.district': 'pansio',
    'locations.0.street': '',
    'locations.0.coordinates.lat': '60,4321',
    'locations.0.coordinates.lon': '22.1',
    'schedule.weekly.0.day': '',
    'schedule.weekly.0.start': '',
    'schedule.weekly.1.day': 'tue',
    'schedule.weekly.1.start': '10:00',
    'schedule.weekly.2.day': '',
    'source.0.url': 'https://www.turku.fi/',
    'source.0.date': '2025-03-01',
  };
  it('builds a listing the schema accepts, leaving out empty answers', () => {
    const { listing, slotIndex } = toListing(values);
    expect(listing.cost).toEqual({ type: 'free' });
    expect(listing.locations).toEqual([{ district: 'pansio', coordinates: { lat: 60.4321, lon: 22.1 } }]);
    expect(listing.schedule).toEqual({ weekly: [{ day: 'tue', start: '10:00' }] });
    expect(listing.lastVerified).toBe('2025-03-01');
    expect(slotIndex).toEqual([1]);
    expect(serviceSchema.safeParse(listing).success).toBe(true);
  });
  it('points a schedule error at the row it came from', () => {
    expect(formPath(['schedule', 'weekly', 0, 'start'], [1])).toBe('schedule.weekly.1.start');
    expect(formPath(['locations', 0, 'postalCode'], [])).toBe('locations.0.postalCode');
  });
  it('makes ids from Finnish names', () => {
    expect(slugify('Muistikahvila Ääneen – Pääskyvuori')).toBe('muistikahvila-aaneen-paaskyvuori');
  });
});
