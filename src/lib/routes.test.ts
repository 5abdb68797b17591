import { describe, expect, it } from 'vitest';
import { alternates, routes, switchLang } from './routes';

describe('routes', () => {
  it('puts Finnish at the root and the other languages under a prefix', () => {
    expect(routes.service('fi', 'tuolijumppa')).toBe('/palvelut/tuolijumppa/');
    expect(routes.service('sv', 'tuolijumppa')).toBe('/sv/palvelut/tuolijumppa/');
    expect(routes.home('en')).toBe('/en/');
    expect(routes.home('fi')).toBe('/');
  });
  it('switches language and keeps the page', () => {
    expect(switchLang('/palvelut/x/', 'sv')).toBe('/sv/palvelut/x/');
    expect(switchLang('/sv/palvelut/x/', 'en')).toBe('/en/palvelut/x/');
    expect(switchLang('/en/', 'fi')).toBe('/');
    expect(switchLang('/svenska/', 'en')).toBe('/en/svenska/');
  });
  it("puts a calendar file under its page, in the page's language", () => {
    expect(routes.serviceCalendar('fi', 'tuolijumppa')).toBe('/palvelut/tuolijumppa/kalenteri.ics');
    expect(routes.themeCalendar('sv', 'liikunta')).toBe('/sv/teemat/liikunta/kalenteri.ics');
  });
  it('names a page in every language and x-default as absolute URLs', () => {
    expect(alternates('/sv/teemat/liikunta/', 'https://example.org/')).toEqual([
      { hreflang: 'fi', href: 'https://example.org/teemat/liikunta/' },
      { hreflang: 'sv', href: 'https://example.org/sv/teemat/liikunta/' },
      { hreflang: 'en', href: 'https://example.org/en/teemat/liikunta/' },
      { hreflang: 'x-default', href: 'https://example.org/teemat/liikunta/' },
    ]);
  });
  it('makes the embeddable list’s address with its choices, ids joined by commas', () => {
    expect(routes.embed('fi')).toBe('/upotus/');
    expect(routes.embed('sv', { themes: ['liikunta', 'seura'], districts: [], providers: ['turun-kaupunki'] })).toBe(
      '/sv/upotus/?teema=liikunta,seura&jarjestaja=turun-kaupunki',
    );
    expect(routes.embed('en', { districts: ['runosmaki'] })).toBe('/en/upotus/?alue=runosmaki');
    expect(routes.embedGuide('fi')).toBe('/upotus/ohje/');
  });
});
