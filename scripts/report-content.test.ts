import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../src/validation/corpus';
import { corpus, goodProvider, goodService } from '../src/validation/test-helpers';
import { contentFigures, contentReport } from './report-content';

const { contact: _c, ...noContact } = goodService;

describe('report:content', () => {
  const { content, problems } = validateCorpus(
    corpus({
      providers: [
        {
          ...goodProvider,
          contact: { phone: '02 999 9999', phoneSource: { url: 'https://example.fi/yhteys', date: '2024-03-01' } },
        },
        { id: 'seurakunta', name: { fi: 'Seurakunta' }, type: 'parish', contact: { email: 'info@seurakunta.fi' } },
      ],
      services: [
        {
          ...goodService,
          id: 'oma-numero',
          lastVerified: '2026-10-01',
          source: [{ url: 'https://example.fi/', date: '2026-10-01' }],
        },
        {
          ...noContact,
          id: 'jarjestajan-numero',
          locations: [],
          channels: ['phone'],
          schedule: undefined,
          join: { type: 'registration' },
          lastVerified: '2019-05-01',
          source: [{ url: 'https://example.fi/', date: '2019-05-01' }],
        },
        {
          ...noContact,
          id: 'kirkko',
          provider: 'seurakunta',
          schedule: undefined,
          join: { type: 'registration' },
          lastVerified: '2021-01-01',
          source: [
            { url: 'https://example.fi/a', date: '2018-01-01' },
            { url: 'https://example.fi/b', date: '2021-01-01' },
          ],
        },
        { ...noContact, id: 'paattynyt', status: 'ended', statusNote: { reason: { fi: 'Loppui.' } } },
      ],
    }),
  );
  const f = contentFigures(content, new Date('2026-11-29T00:00:00Z'));

  it('counts live listings only, their providers by type, and parish listings', () => {
    expect(problems).toEqual([]);
    expect(f.live).toBe(3);
    expect(f.providers).toBe(2);
    expect(f.providersByType).toEqual({ public: 0, ngo: 1, parish: 1, private: 0 });
    expect(f.parishListings).toBe(1);
  });
  it('counts a phone shown from the organiser, e-mail, ways to act, places and weekly times', () => {
    expect(f.withPhone).toBe(2);
    expect(f.withoutPhone).toEqual(['kirkko']);
    expect(f.withEmail).toBe(2);
    expect(f.withWayToAct).toBe(3);
    expect(f.withPlace).toBe(2);
    expect(f.withWeeklyTime).toBe(1);
  });
  it('takes each listing’s newest source for the median year and counts listings older than 12 months', () => {
    expect(f.medianSourceYear).toBe(2021);
    expect(f.olderThan12Months).toBe(2);
  });
  it('counts shown numbers that name their page, and the age of the facts by band', () => {
    // oma-numero's own number has no phoneSource; jarjestajan-numero shows the organiser's, which has.
    expect(f.withSourcedPhone).toBe(1);
    expect(f.unsourcedPhone).toEqual(['oma-numero']);
    expect(f.byAge).toEqual({ current: 1, recent: 0, old: 0, 'very-old': 2 });
    const out = contentReport(f);
    expect(out).toMatch(/the number has its page and date\s+33 % \(1\)/);
    expect(out).toMatch(/over 5 years\s+67 % \(2\)/);
    expect(out).toContain('a number without its source (1):\n  content/services/oma-numero.yaml');
  });
  it('prints one table with percentages and the listings that lack a phone', () => {
    const out = contentReport(f);
    expect(out).toMatch(/phone shown \(own or organiser’s\)\s+67 % \(2\)/);
    expect(out).toMatch(/any way to act\s+100 % \(3\)/);
    expect(out).toContain('  content/services/kirkko.yaml');
  });
});
