// What Pagefind needs from a service page and a reader does not: filter values, result metadata
// and everyday synonyms. scripts/search-index.ts adds it to each service page as Pagefind reads
// the page; the page sent to readers does not carry it (a quarter of a kilobyte of every service
// page's first load). Pagefind indexes metadata values as words, so the title, summary, provider
// and district are searchable from here; the page leaves them out of the index
// (data-pagefind-ignore), because every word indexed twice makes the index chunk a first search
// downloads bigger (bench:search).
import { pick, type Lang } from '../i18n';
import type { Service } from '../schema';
import { districtName, locationPoint, type Catalog } from './catalog';
import { factsAge } from './freshness';
import { synonymsFor } from './synonyms';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export type SearchMetaCatalog = Pick<Catalog, 'providers' | 'themeById' | 'districtById' | 'synonyms'>;

/** The filter values Pagefind offers on the search page, and the `id` it finds listings by. */
export function searchFilters(service: Service, c: SearchMetaCatalog): [string, string[]][] {
  const places = service.locations;
  return [
    ['theme', service.themes],
    ['district', [...new Set(places.flatMap((l) => (l.district ? [l.district] : [])))]],
    ['provider', [c.providers.get(service.provider)!.type]],
    ['cost', service.cost ? [service.cost.type] : []],
    ['join', service.join ? [service.join.type] : []],
    ['access', [...new Set(places.flatMap((l) => l.accessibility))]],
    ['language', service.languages],
    ['day', [...new Set((service.schedule?.weekly ?? []).map((s) => s.day))]],
    ['channel', service.channels],
    // Search asks for the listings an everyday word names by their id (src/client/search/page.ts).
    ['id', [service.id]],
  ];
}

/** Hidden, so that nothing reads it out; an element Pagefind ignores still gives filters and metadata. */
export function searchMetaHtml(service: Service, lang: Lang, c: SearchMetaCatalog): string {
  const districts = [
    ...new Set(service.locations.map((l) => districtName(l.district, c.districtById, lang)).filter((x) => !!x)),
  ];
  // Every place's point (its own, else its district's): "near me" orders by the nearest one.
  const points = [
    ...new Set(
      service.locations
        .map((l) => locationPoint(l, c.districtById))
        .filter((p) => !!p)
        .map((p) => `${p!.lat},${p!.lon}`),
    ),
  ];
  const filter = (name: string, v: string) => `<span data-pagefind-filter="${name}">${escape(v)}</span>`;
  const meta = (name: string, v: string) => `<span data-pagefind-meta="${name}">${escape(v)}</span>`;
  return [
    '<div hidden><div data-pagefind-ignore>',
    ...searchFilters(service, c).flatMap(([name, values]) => values.map((v) => filter(name, v))),
    points.length ? meta('points', points.join(';')) : '',
    meta('provider', pick(c.providers.get(service.provider)!.name, lang).text),
    districts.length ? meta('district', districts.join(', ')) : '',
    meta('summary', pick(service.summary, lang).text),
    // The date, not "old or not": a result card decides that on the reader's day.
    meta('checked', service.lastVerified),
    factsAge(service).estimated ? meta('estimated', '1') : '',
    `</div><p data-pagefind-weight="3">${escape(synonymsFor(service, c.themeById, c.synonyms, lang).join(' '))}</p></div>`,
  ].join('');
}

/**
 * A service page as the index reads it: its language and its <main> (Pagefind reads nothing
 * else of it), with the metadata just before the title. Less to write and read than the page.
 */
export function pageForIndex(html: string, meta: string): string {
  const lang = /<html lang="([\w-]+)"/.exec(html)?.[1];
  const main = /<main\b[^>]*\bdata-pagefind-body[^>]*>/.exec(html);
  const title = html.indexOf('<h1 id="service-title"');
  const end = html.indexOf('</main>');
  if (!lang || !main || title < main.index || end < title) throw new Error('not a live service page');
  return `<html lang="${lang}"><body>${html.slice(main.index, title)}${meta}${html.slice(title, end)}</main></body></html>`;
}
