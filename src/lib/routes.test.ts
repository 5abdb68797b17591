import { describe, expect, it } from 'vitest';
import { alternates, fillRoute, routes, routeTemplate, switchLang } from './routes';

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
  it('hands the browser a route with its id left open, and fills it as the route would', () => {
    expect(routeTemplate(routes.service, 'sv')).toBe('/sv/palvelut/{id}/');
    expect(routeTemplate(routes.district, 'fi')).toBe('/alueet/{id}/');
    for (const id of ['tuolijumppa', 'ääni ja ö', '50%'])
      for (const lang of ['fi', 'sv', 'en'] as const) {
        expect(fillRoute(routeTemplate(routes.service, lang), id)).toBe(routes.service(lang, id));
        expect(fillRoute(routeTemplate(routes.district, lang), id)).toBe(routes.district(lang, id));
      }
    // Quick find's files go by a path of two parts, each encoded.
    expect(routes.quickFind('fi')).toBe('/haku/pikahaku.json');
    expect(routes.quickFindFile('sv', 'a/kä')).toBe('/sv/haku/pikahaku/a/k%C3%A4.json');
    expect(fillRoute(routeTemplate(routes.quickFindFile, 'sv'), 'a/kä')).toBe(routes.quickFindFile('sv', 'a/kä'));
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
