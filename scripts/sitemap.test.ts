import { describe, expect, it } from 'vitest';
import { leftOut, pagePaths, sitemapFiles } from './sitemap';

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
    const files = sitemapFiles(
      'https://example.org/',
      ['/alueet/', '/sv/alueet/', '/palvelut/a/'],
      new Set(['/palvelut/a/']),
    );
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    const xml = files.get('sitemap.xml')!;
    expect(xml).toContain(
      '<loc>https://example.org/alueet/</loc>\n    <xhtml:link rel="alternate" hreflang="fi" href="https://example.org/alueet/"/>\n    <xhtml:link rel="alternate" hreflang="sv" href="https://example.org/sv/alueet/"/>\n    <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/alueet/"/>\n  </url>',
    );
    expect(xml).not.toContain('/en/alueet/');
    expect(xml).not.toContain('palvelut/a');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });
  it("splits into numbered files under an index when one file would pass the protocol's limits", () => {
    const paths = ['/a/', '/b/', '/c/', '/d/', '/e/'];
    const byCount = sitemapFiles('https://example.org/', paths, new Set(), { urls: 2, bytes: 1e9 });
    expect([...byCount.keys()]).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(byCount.get('sitemap.xml')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap>',
        '  <sitemap><loc>https://example.org/sitemap-2.xml</loc></sitemap>',
        '  <sitemap><loc>https://example.org/sitemap-3.xml</loc></sitemap>',
        '</sitemapindex>',
        '',
      ].join('\n'),
    );
    const locs = (xml: string) => [...xml.matchAll(/<loc>https:\/\/example.org([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect([1, 2, 3].map((i) => locs(byCount.get(`sitemap-${i}.xml`)!))).toEqual([
      ['/a/', '/b/'],
      ['/c/', '/d/'],
      ['/e/'],
    ]);
    for (const i of [1, 2, 3])
      expect(byCount.get(`sitemap-${i}.xml`)).toMatch(/^<\?xml[^\n]+\n<urlset [^\n]+\n[\s\S]*<\/urlset>\n$/);

    // Each file stays within the byte limit too.
    const one = sitemapFiles('https://example.org/', ['/a/'], new Set()).get('sitemap.xml')!;
    const bySize = sitemapFiles('https://example.org/', paths, new Set(), { urls: 50_000, bytes: one.length + 100 });
    expect(bySize.size).toBe(paths.length + 1);
    for (const [name, xml] of bySize)
      if (name !== 'sitemap.xml') expect(xml.length).toBeLessThanOrEqual(one.length + 100);
  });
});
