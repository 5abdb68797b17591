import { describe, expect, it } from 'vitest';
import { providerSchema, serviceSchema } from '../../schema';
import { slugify } from '../../lib/slug';
import { formPath, toListing } from './listing';

const ctx = { today: '2026-02-01', providerNames: { 'turun-kaupunki': 'Turun kaupunki' } };
const values = {
  'title.fi': 'Tuolijumppa Pansiossa',
  id: 'tuolijumppa-pansio',
  'summary.fi': 'Kevyttä jumppaa.',
  providerChoice: 'existing',
  provider: 'turun-kaupunki',
  'org.name.fi': 'Piilossa ry',
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
  'schedule.weekly.1.start': 'klo 10',
  'schedule.weekly.2.day': 'fri',
  'schedule.weekly.2.start': '9.30–11',
  'schedule.weekly.2.end': '',
  'contact.phone': '02 262 6000',
  sourceKind: 'web',
  'source.0.url': 'www.turku.fi/liikunta',
  'source.0.date': '1.3.2025',
};

describe('form values to a listing', () => {
  it('builds a listing the schema accepts, leaving out empty answers and the defaults', () => {
    const { listing, provider, slotIndex } = toListing(values, ctx);
    expect(provider).toBeUndefined();
    expect(listing.cost).toEqual({ type: 'free' });
    expect(listing.locations).toEqual([{ district: 'pansio', coordinates: { lat: 60.4321, lon: 22.1 } }]);
    expect(listing).not.toHaveProperty('languages');
    expect(listing).not.toHaveProperty('channels');
    expect(slotIndex).toEqual([1, 2]);
    expect(serviceSchema.safeParse(listing).success).toBe(true);
    expect(Object.keys(listing).slice(0, 3)).toEqual(['id', 'title', 'summary']);
  });

  it('reads times, dates and addresses as people write them, both times in one box too', () => {
    const { listing } = toListing(values, ctx);
    expect(listing.schedule).toEqual({
      weekly: [
        { day: 'tue', start: '10:00' },
        { day: 'fri', start: '09:30', end: '11:00' },
      ],
    });
    expect(listing.source).toEqual([{ url: 'https://www.turku.fi/liikunta', date: '2025-03-01' }]);
    expect(listing.lastVerified).toBe('2025-03-01');
    expect(listing).not.toHaveProperty('verifiedBy');
    expect((listing.contact as object as { phoneSource?: unknown }).phoneSource).toBeUndefined();
  });

  it("makes the organiser's own notice the source, dated the day it is sent, for the facts and the number", () => {
    const { listing } = toListing({ ...values, sourceKind: 'notice' }, ctx);
    const notice = { notice: true, by: 'Turun kaupunki', date: '2026-02-01' };
    expect(listing.source).toEqual([notice]);
    expect(listing.lastVerified).toBe('2026-02-01');
    expect(listing.verifiedBy).toBe('organiser');
    expect(listing.contact).toEqual({ phone: '02 262 6000', phoneSource: notice });
    expect(serviceSchema.safeParse(listing).success).toBe(true);
  });

  it('makes a second file for a new organiser, and leaves out the answers of the branch not chosen', () => {
    const { listing, provider } = toListing(
      {
        ...values,
        sourceKind: 'notice',
        providerChoice: 'new',
        'org.name.fi': 'Tanssiseura Pyörteet ry',
        'org.type': 'ngo',
        'org.contact.phone': '040 123 4567',
        'org.contact.web': 'pyorteet.example.org',
      },
      ctx,
    );
    const notice = { notice: true, by: 'Tanssiseura Pyörteet ry', date: '2026-02-01' };
    expect(provider).toEqual({
      id: 'tanssiseura-pyorteet-ry',
      name: { fi: 'Tanssiseura Pyörteet ry' },
      type: 'ngo',
      contact: { phone: '040 123 4567', web: 'https://pyorteet.example.org', phoneSource: notice },
      source: notice,
    });
    expect(providerSchema.safeParse(provider).success).toBe(true);
    expect(listing.provider).toBe('tanssiseura-pyorteet-ry');
    expect(listing.source).toEqual([notice]);
    const hidden = toListing({ ...values, 'source.0.url': 'x', sourceKind: 'notice' }, ctx);
    expect(hidden.listing.source).toEqual([{ notice: true, by: 'Turun kaupunki', date: '2026-02-01' }]);
  });

  it('points a schedule error at the row it came from', () => {
    expect(formPath(['schedule', 'weekly', 0, 'start'], [1])).toBe('schedule.weekly.1.start');
    expect(formPath(['locations', 0, 'postalCode'], [])).toBe('locations.0.postalCode');
  });

  it('makes ids from Finnish names', () => {
    expect(slugify('Muistikahvila Ääneen – Pääskyvuori')).toBe('muistikahvila-aaneen-paaskyvuori');
  });
});
