// Every URL on the site is made here. Finnish lives at /, Swedish at /sv/, English at /en/;
// the path after the language prefix is the same in every language, so the language
// switcher only swaps the prefix.
import type { Lang } from '../schema/common';

export const SECTIONS = {
  services: 'palvelut',
  themes: 'teemat',
  districts: 'alueet',
  providers: 'jarjestajat',
  search: 'haku',
  shortlist: 'oma-lista',
  map: 'kartta',
  addService: 'lisaa-palvelu',
  embed: 'upotus',
} as const;

const CALENDAR_FILE = 'kalenteri.ics';
const QUICK_FIND = 'pikahaku';
/** Query parameters of the embeddable list: /upotus/?teema=liikunta,seura&alue=runosmaki&jarjestaja=… */
export const EMBED_PARAMS = { themes: 'teema', districts: 'alue', providers: 'jarjestaja' } as const;
export type EmbedChoice = { [K in keyof typeof EMBED_PARAMS]?: readonly string[] };

const prefix = (lang: Lang) => (lang === 'fi' ? '' : `/${lang}`);

/** Stands for the id in a route template (routeTemplate); an id never looks like this. */
const ID = '{id}';
/** One segment of a path, encoded; a template's `{id}` stays as it is. */
const segment = (s: string) => (s === ID ? s : encodeURIComponent(s));

export function href(lang: Lang, ...segments: string[]): string {
  const path = segments.filter(Boolean).map(segment).join('/');
  return `${prefix(lang)}/${path}${path ? '/' : ''}`;
}

// Page n > 1 of a long list (src/lib/paginate.ts) is one more segment.
const nth = (page = 1) => (page > 1 ? String(page) : '');

export const routes = {
  home: (lang: Lang) => href(lang),
  /** The A–Ö index, page by page. Service ids never are plain numbers, so the two cannot meet. */
  index: (lang: Lang, page?: number) => href(lang, SECTIONS.services, nth(page)),
  service: (lang: Lang, id: string) => href(lang, SECTIONS.services, id),
  themes: (lang: Lang) => href(lang, SECTIONS.themes),
  theme: (lang: Lang, id: string, page?: number) => href(lang, SECTIONS.themes, id, nth(page)),
  districts: (lang: Lang) => href(lang, SECTIONS.districts),
  district: (lang: Lang, id: string, page?: number) => href(lang, SECTIONS.districts, id, nth(page)),
  providers: (lang: Lang, page?: number) => href(lang, SECTIONS.providers, nth(page)),
  provider: (lang: Lang, id: string, page?: number) => href(lang, SECTIONS.providers, id, nth(page)),
  search: (lang: Lang) => href(lang, SECTIONS.search),
  shortlist: (lang: Lang) => href(lang, SECTIONS.shortlist),
  map: (lang: Lang) => href(lang, SECTIONS.map),
  addService: (lang: Lang) => href(lang, SECTIONS.addService),
  /** One service as the shortlist shows it (src/lib/handout.ts), in every language: a list reads only its own. */
  handout: (id: string) => `${href('fi', SECTIONS.shortlist, 'tiedot')}${segment(id)}.json`,
  /** One district's items for the full map's list (src/lib/map-list.ts), fetched by the browser. */
  mapShard: (lang: Lang, district: string) => `${href(lang, SECTIONS.map, 'alueet')}${segment(district)}.json`,
  // Calendar files sit under the page they belong to, in the page's language.
  serviceCalendar: (lang: Lang, id: string) => `${href(lang, SECTIONS.services, id)}${CALENDAR_FILE}`,
  themeCalendar: (lang: Lang, id: string) => `${href(lang, SECTIONS.themes, id)}${CALENDAR_FILE}`,
  /** Quick find's first file (src/lib/quick-search.ts), in the page's language. */
  quickFind: (lang: Lang) => `${href(lang, SECTIONS.search)}${QUICK_FIND}.json`,
  /** One of quick find's files of records, by its path: `a/ku`, `p/<organiser id>`. */
  quickFindFile: (lang: Lang, path: string) =>
    `${href(lang, SECTIONS.search, QUICK_FIND)}${path.split('/').map(segment).join('/')}.json`,
  sitemap: () => '/sitemap.xml',
  /** The open data's own README (licence, credit, files); the data is the same in every language. */
  openData: () => '/data/README.txt',
  robots: () => '/robots.txt',
  /** The compact list for other sites' <iframe>s; several ids in one parameter mean any of them. */
  embed: (lang: Lang, choice: EmbedChoice = {}) => {
    const query = (Object.keys(EMBED_PARAMS) as (keyof typeof EMBED_PARAMS)[])
      .filter((k) => choice[k]?.length)
      .map((k) => `${EMBED_PARAMS[k]}=${choice[k]!.map(encodeURIComponent).join(',')}`)
      .join('&');
    return `${href(lang, SECTIONS.embed)}${query ? `?${query}` : ''}`;
  },
  embedGuide: (lang: Lang) => href(lang, SECTIONS.embed, 'ohje'),
  /**
   * The services of one theme, district or organiser for the embeddable list, named by the
   * query parameter: page 1 at `<id>.json`, page n at `<id>/<n>.json`.
   */
  embedShard: (lang: Lang, kind: keyof typeof EMBED_PARAMS, id: string, page = 1) =>
    `${href(lang, SECTIONS.embed, EMBED_PARAMS[kind])}${segment(id)}${page > 1 ? `/${page}` : ''}.json`,
};

/**
 * A route with its id left open, for browser code that learns the id only later (the service a
 * map marker or quick find points to, the district chosen): `fillRoute` puts it in. Pages hand
 * the template to the browser in a data attribute, so the browser never builds a path itself.
 */
export const routeTemplate = (route: (lang: Lang, id: string) => string, lang: Lang): string => route(lang, ID);

/** A route template (routeTemplate) with its id, or a path of ids (`a/ku`), put in. */
export const fillRoute = (template: string, id: string): string =>
  template.replace(ID, id.split('/').map(encodeURIComponent).join('/'));

/** The same page in another language. */
export function switchLang(pathname: string, to: Lang): string {
  const rest = pathname.replace(/^\/(sv|en)(?=\/|$)/, '') || '/';
  return `${prefix(to)}${rest}`;
}

/** A path on this site as an absolute URL, from the site address in astro.config.mjs. */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * The same page in every language, and x-default (the Finnish page at the root, the site's
 * own language), as absolute URLs: for the page's head and for the sitemap.
 */
export function alternates(pathname: string, site: URL | string): { hreflang: string; href: string }[] {
  return [
    ...(['fi', 'sv', 'en'] as const).map((l) => ({ hreflang: l, href: absolute(switchLang(pathname, l), site) })),
    { hreflang: 'x-default', href: absolute(switchLang(pathname, 'fi'), site) },
  ];
}

/** getStaticPaths entries for the optional `[...lang]` route segment. */
export const langParams = () =>
  (['fi', 'sv', 'en'] as const).map((lang) => ({
    params: { lang: lang === 'fi' ? undefined : lang },
    props: { lang },
  }));
