import { describe, expect, it } from 'vitest';
import { leftOut, pagePaths, sitemapXml } from './sitemap';

describe('sitemap', () => {
  it("takes the pages from Astro's list, not the files endpoints make or the 404 page", () => {
    const pages = [
      '',
      'sv/',
      'palvelut/x/',
      'haku/pikahaku.json',
      'teemat/liikunta/kalenteri.ics',
      'robots.txt',
      '404',
      'en/kartta',
    ].map((pathname) => ({ pathname }));
    expect(pagePaths(pages)).toEqual(['/', '/sv/', '/palvelut/x/', '/en/kartta/']);
  });
  it('leaves out ended services in every language', () => {
    expect([
      ...leftOut([
        { id: 'a', status: 'ended' },
        { id: 'b', status: 'paused' },
      ]),
    ]).toEqual(['/palvelut/a/', '/sv/palvelut/a/', '/en/palvelut/a/']);
  });
  it('names only the alternates that were built, with absolute addresses', () => {
    const xml = sitemapXml(
      'https://example.org/',
      ['/alueet/', '/sv/alueet/', '/palvelut/a/'],
      new Set(['/palvelut/a/']),
    );
    expect(xml).toContain(
      '<loc>https://example.org/alueet/</loc>\n    <xhtml:link rel="alternate" hreflang="fi" href="https://example.org/alueet/"/>\n    <xhtml:link rel="alternate" hreflang="sv" href="https://example.org/sv/alueet/"/>\n    <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/alueet/"/>\n  </url>',
    );
    expect(xml).not.toContain('/en/alueet/');
    expect(xml).not.toContain('palvelut/a');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });
});
