// sitemap.xml, written after the build from the pages Astro actually built, so that every page
// type (and any added later) is in it without a second list of routes. Each address names its
// other languages and x-default the same way the page's <head> does (routes.alternates).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alternates, routes } from '../src/lib/routes.ts';
import type { Service } from '../src/schema/index.ts';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Page paths ('/', '/sv/palvelut/x/') from Astro's list of built routes: HTML pages only. */
export function pagePaths(pages: { pathname: string }[]): string[] {
  return (
    pages
      .map((p) => `/${p.pathname}`.replace(/^\/+/, '/'))
      // Files made by endpoints (.json, .ics, .xml, .txt) are not pages; 404 is not an address.
      .filter((p) => !/\.[a-z0-9]+$/i.test(p) && !/^\/404\/?$/.test(p))
      .map((p) => (p.endsWith('/') ? p : `${p}/`))
  );
}

/**
 * Ended services keep their page for old links and printed lists, and it points to live
 * services nearby; but it is not a page to send new readers to, so it is left out here.
 */
export function leftOut(services: Pick<Service, 'id' | 'status'>[]): Set<string> {
  return new Set(
    services
      .filter((s) => s.status === 'ended')
      .flatMap((s) => (['fi', 'sv', 'en'] as const).map((l) => routes.service(l, s.id))),
  );
}

export function sitemapXml(site: URL | string, paths: string[], skip: Set<string> = new Set()): string {
  const built = new Set(paths);
  const urls = [...new Set(paths)]
    .filter((p) => !skip.has(p))
    .sort()
    .map((path) => {
      // An alternate is named only when that page was built too.
      const links = alternates(path, site).filter((a) => built.has(new URL(a.href).pathname));
      return [
        '  <url>',
        `    <loc>${escapeXml(new URL(path, site).href)}</loc>`,
        ...links.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`),
        '  </url>',
      ].join('\n');
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function writeSitemap(
  dir: string,
  pages: { pathname: string }[],
  site: URL | string,
  services: Pick<Service, 'id' | 'status'>[],
): number {
  const skip = leftOut(services);
  const paths = pagePaths(pages);
  writeFileSync(join(dir, routes.sitemap().slice(1)), sitemapXml(site, paths, skip));
  return paths.filter((p) => !skip.has(p)).length;
}
