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
} as const;

const prefix = (lang: Lang) => (lang === 'fi' ? '' : `/${lang}`);

export function href(lang: Lang, ...segments: string[]): string {
  const path = segments.filter(Boolean).map(encodeURIComponent).join('/');
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
  providers: (lang: Lang) => href(lang, SECTIONS.providers),
  provider: (lang: Lang, id: string, page?: number) => href(lang, SECTIONS.providers, id, nth(page)),
  search: (lang: Lang) => href(lang, SECTIONS.search),
  shortlist: (lang: Lang) => href(lang, SECTIONS.shortlist),
  map: (lang: Lang) => href(lang, SECTIONS.map),
  addService: (lang: Lang) => href(lang, SECTIONS.addService),
  /** One service as the shortlist shows it (src/lib/handout.ts): a list reads only its own. */
  handout: (lang: Lang, id: string) => `${href(lang, SECTIONS.shortlist, 'tiedot')}${encodeURIComponent(id)}.json`,
  /** One district's items for the full map's list (src/lib/map-list.ts), fetched by the browser. */
  mapShard: (lang: Lang, district: string) => `${href(lang, SECTIONS.map, 'alueet')}${encodeURIComponent(district)}.json`,
};

/** The same page in another language. */
export function switchLang(pathname: string, to: Lang): string {
  const rest = pathname.replace(/^\/(sv|en)(?=\/|$)/, '') || '/';
  return `${prefix(to)}${rest}`;
}

/** getStaticPaths entries for the optional `[...lang]` route segment. */
export const langParams = () =>
  (['fi', 'sv', 'en'] as const).map((lang) => ({ params: { lang: lang === 'fi' ? undefined : lang }, props: { lang } }));
