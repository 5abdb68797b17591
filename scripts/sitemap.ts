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

/**
 * The sitemap protocol's limits for one file (sitemaps.org): 50,000 addresses and 50 MB
 * uncompressed. A regional catalogue passes the first at about 14,000 listings (three languages,
 * plus the list pages), so beyond them the addresses go into numbered files and sitemap.xml
 * becomes their index. robots.txt keeps naming sitemap.xml either way.
 */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const URLSET =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';

/** One `<url>` entry per page but the skipped ones, in address order. */
function urlEntries(site: URL | string, paths: string[], skip: Set<string>): string[] {
  const built = new Set(paths);
  return [...new Set(paths)]
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
}

const urlset = (entries: string[]) => [HEAD, URLSET, ...entries, '</urlset>', ''].join('\n');

/**
 * The files to write, by name: sitemap.xml alone while the catalogue fits the limits, else
 * sitemap-1.xml, sitemap-2.xml … each within them and sitemap.xml as their index.
 */
export function sitemapFiles(
  site: URL | string,
  paths: string[],
  skip: Set<string> = new Set(),
  limits = SITEMAP_LIMITS,
): Map<string, string> {
  const entries = urlEntries(site, paths, skip);
  const name = routes.sitemap().slice(1);
  const frame = urlset([]).length;
  const parts: string[][] = [[]];
  let bytes = frame;
  for (const e of entries) {
    const size = Buffer.byteLength(e) + 1;
    const part = parts[parts.length - 1];
    if (part.length && (part.length >= limits.urls || bytes + size > limits.bytes)) {
      parts.push([]);
      bytes = frame;
    }
    parts[parts.length - 1].push(e);
    bytes += size;
  }
  if (parts.length === 1) return new Map([[name, urlset(parts[0])]]);
  const files = new Map(parts.map((p, i) => [name.replace(/\.xml$/, `-${i + 1}.xml`), urlset(p)]));
  const index = [
    HEAD,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...files.keys()].map((f) => `  <sitemap><loc>${escapeXml(new URL(f, site).href)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return new Map([[name, index], ...files]);
}

export function writeSitemap(
  dir: string,
  pages: { pathname: string }[],
  site: URL | string,
  services: Pick<Service, 'id' | 'status'>[],
): { pages: number; files: number } {
  const skip = leftOut(services);
  const paths = pagePaths(pages);
  const files = sitemapFiles(site, paths, skip);
  for (const [name, xml] of files) writeFileSync(join(dir, name), xml);
  return { pages: paths.filter((p) => !skip.has(p)).length, files: files.size };
}
