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

/** Query parameters of the embeddable list: /upotus/?teema=liikunta,seura&alue=runosmaki&jarjestaja=… */
export const EMBED_PARAMS = { themes: 'teema', districts: 'alue', providers: 'jarjestaja' } as const;
export type EmbedChoice = { [K in keyof typeof EMBED_PARAMS]?: readonly string[] };

const prefix = (lang: Lang) => (lang === 'fi' ? '' : `/${lang}`);

export function href(lang: Lang, ...segments: string[]): string {
  const path = segments.filter(Boolean).map(encodeURIComponent).join('/');
  return `${prefix(lang)}/${path}${path ? '/' : ''}`;
}

export const routes = {
  home: (lang: Lang) => href(lang),
  index: (lang: Lang) => href(lang, SECTIONS.services),
  service: (lang: Lang, id: string) => href(lang, SECTIONS.services, id),
  themes: (lang: Lang) => href(lang, SECTIONS.themes),
  theme: (lang: Lang, id: string) => href(lang, SECTIONS.themes, id),
  districts: (lang: Lang) => href(lang, SECTIONS.districts),
  district: (lang: Lang, id: string) => href(lang, SECTIONS.districts, id),
  providers: (lang: Lang) => href(lang, SECTIONS.providers),
  provider: (lang: Lang, id: string) => href(lang, SECTIONS.providers, id),
  search: (lang: Lang) => href(lang, SECTIONS.search),
  shortlist: (lang: Lang) => href(lang, SECTIONS.shortlist),
  map: (lang: Lang) => href(lang, SECTIONS.map),
  addService: (lang: Lang) => href(lang, SECTIONS.addService),
  /** The compact list for other sites' <iframe>s; several ids in one parameter mean any of them. */
  embed: (lang: Lang, choice: EmbedChoice = {}) => {
    const query = (Object.keys(EMBED_PARAMS) as (keyof typeof EMBED_PARAMS)[])
      .filter((k) => choice[k]?.length)
      .map((k) => `${EMBED_PARAMS[k]}=${choice[k]!.map(encodeURIComponent).join(',')}`)
      .join('&');
    return `${href(lang, SECTIONS.embed)}${query ? `?${query}` : ''}`;
  },
  embedGuide: (lang: Lang) => href(lang, SECTIONS.embed, 'ohje'),
};

/** The same page in another language. */
export function switchLang(pathname: string, to: Lang): string {
  const rest = pathname.replace(/^\/(sv|en)(?=\/|$)/, '') || '/';
  return `${prefix(to)}${rest}`;
}

/** getStaticPaths entries for the optional `[...lang]` route segment. */
export const langParams = () =>
  (['fi', 'sv', 'en'] as const).map((lang) => ({ params: { lang: lang === 'fi' ? undefined : lang }, props: { lang } }));
