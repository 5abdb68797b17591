import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { formatDate } from './format';
import { ageParts, ageShort, bandOf, factsAge, freshFirst, relevanceThenFreshness } from './freshness';

const now = new Date('2026-12-06T12:00:00Z');
const listing = (lastVerified: string, extra: { estimated?: boolean; by?: 'editor' | 'organiser' | 'ptv' } = {}) => ({
  lastVerified,
  verifiedBy: extra.by,
  source: [{ url: 'https://example.fi/', date: lastVerified, dateEstimated: extra.estimated }],
});

describe('factsAge', () => {
  it('puts a listing in one of four bands by the age of its facts', () => {
    expect(bandOf(0)).toBe('current');
    expect(bandOf(11)).toBe('current');
    expect(bandOf(12)).toBe('recent');
    expect(bandOf(35)).toBe('recent');
    expect(bandOf(36)).toBe('old');
    expect(bandOf(59)).toBe('old');
    expect(bandOf(60)).toBe('very-old');
    expect(factsAge(listing('2026-01-10'), now).band).toBe('current');
    expect(factsAge(listing('2024-06-01'), now).band).toBe('recent');
    expect(factsAge(listing('2022-06-01'), now).band).toBe('old');
    expect(factsAge(listing('2013-01-01'), now).band).toBe('very-old');
  });

  it('calls a date estimated when the only sources of that day have estimated dates and nobody confirmed it', () => {
    expect(factsAge(listing('2019-01-01', { estimated: true }), now).estimated).toBe(true);
    expect(factsAge(listing('2019-01-01'), now).estimated).toBe(false);
    // A re-check by the organiser is a real day, whatever the sources say.
    expect(factsAge(listing('2019-01-01', { estimated: true, by: 'organiser' }), now).estimated).toBe(false);
    const mixed = { ...listing('2023-05-01', { estimated: true }) };
    mixed.source.push({ url: 'https://example.fi/b', date: '2023-05-01', dateEstimated: undefined });
    expect(factsAge(mixed, now).estimated).toBe(false);
  });
});

describe('ageParts: the words next to the facts', () => {
  const fi = t('fi');
  const line = (s: ReturnType<typeof listing>, call = true, lang: 'fi' | 'sv' | 'en' = 'fi') => {
    const { fact, advice } = ageParts(factsAge(s, now), t(lang), call, formatDate);
    return advice ? `${fact} ${advice}` : fact;
  };

  it('says "checked" only for a day someone checked, within the year', () => {
    expect(line(listing('2026-10-01'))).toBe('Tiedot tarkistettu 1.10.2026.');
    expect(line(listing('2026-10-01', { by: 'organiser' }))).toBe('Järjestäjä vahvisti tiedot 1.10.2026.');
    expect(line(listing('2026-10-01', { by: 'ptv' }))).toContain('palvelutietovarannosta');
    expect(line(listing('2026-03-01', { estimated: true }))).toBe('Tiedot ovat vuodelta 2026 (päivä arvioitu).');
  });

  it('gives the year and asks to call before going for facts one to five years old', () => {
    expect(line(listing('2022-09-01'))).toBe(
      'Tiedot ovat vuodelta 2022, ne voivat olla muuttuneet. Soita ennen kuin lähdet.',
    );
    expect(line(listing('2024-09-01'), false)).toBe(
      'Tiedot ovat vuodelta 2024, ne voivat olla muuttuneet. Kysy ennen kuin lähdet.',
    );
    expect(line(listing('2022-09-01'), true, 'sv')).toBe(
      'Uppgifterna är från år 2022 och kan ha ändrats. Ring innan du går dit.',
    );
    expect(line(listing('2022-09-01'), true, 'en')).toBe(
      'The information is from 2022 and may have changed. Call before you go.',
    );
  });

  it('says plainly that facts over five years old were never confirmed since', () => {
    expect(line(listing('2013-01-01', { estimated: true }))).toBe(
      'Tiedot ovat vuodelta 2013 eikä niitä ole vahvistettu sen jälkeen.',
    );
    expect(line(listing('2013-01-01'), true, 'sv')).toBe(
      'Uppgifterna är från år 2013 och har inte bekräftats sedan dess.',
    );
  });

  it('never uses the one-size "over a year old" words, nor "checked" for an estimated date', () => {
    for (const date of ['2013-01-01', '2019-01-01', '2022-01-01', '2024-01-01', '2026-02-01'])
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const words = line(listing(date, { estimated: true }), true, lang);
        expect(words).not.toMatch(/yli vuoden|över ett år|over a year/);
        expect(words).not.toMatch(/tarkistettu|kontroller|checked/i);
      }
    expect(ageShort(factsAge(listing('2026-02-01', { estimated: true }), now), fi)).toBe('Tiedot vuodelta 2026');
    expect(ageShort(factsAge(listing('2026-02-01'), now), fi)).toBe('Tarkistettu 2026');
    expect(ageShort(factsAge(listing('2018-02-01'), now), fi)).toBe('Tiedot vuodelta 2018');
  });
});

describe('ranking fresh before stale among equals', () => {
  it('keeps relevance first and breaks ties by the age band', () => {
    const items = [
      { id: 'old-exact', cost: 0, band: 'very-old' as const },
      { id: 'fresh-exact', cost: 0.004, band: 'current' as const },
      { id: 'fresh-weak', cost: 0.5, band: 'current' as const },
      { id: 'recent-exact', cost: 0, band: 'recent' as const },
    ];
    expect(
      relevanceThenFreshness(
        items,
        (x) => x.cost,
        (x) => x.band,
      ).map((x) => x.id),
    ).toEqual(['fresh-exact', 'recent-exact', 'old-exact', 'fresh-weak']);
  });

  it('orders a list of equals fresher band first, keeping the given order inside a band', () => {
    const list = [listing('2013-01-01'), listing('2026-05-01'), listing('2023-01-01'), listing('2026-06-01')].map(
      (s, i) => ({
        ...s,
        i,
      }),
    );
    expect(freshFirst(list, now).map((s) => s.i)).toEqual([1, 3, 2, 0]);
  });
});
