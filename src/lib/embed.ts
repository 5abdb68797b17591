// The embeddable list (/upotus/): which services a host page asked for, and the <iframe>
// code the guide page hands out. Pure and free of dictionaries: the browser scripts of both
// pages use it, and so do the tests.
import { EMBED_PARAMS, type EmbedChoice } from './routes';

export type EmbedQuery = { themes: string[]; districts: string[]; providers: string[] };
/** What a list item carries: its theme ids, district ids and provider id. */
export type EmbedItem = { themes: readonly string[]; districts: readonly string[]; provider: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The choices in a query string. Ids are comma-separated; anything that is not an id is left out. */
export function parseEmbedQuery(search: string): EmbedQuery {
  const params = new URLSearchParams(search);
  const ids = (name: string) => [
    ...new Set(
      params
        .getAll(name)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim().toLowerCase())
        .filter((v) => ID.test(v)),
    ),
  ];
  return {
    themes: ids(EMBED_PARAMS.themes),
    districts: ids(EMBED_PARAMS.districts),
    providers: ids(EMBED_PARAMS.providers),
  };
}

export const isEmpty = (q: EmbedQuery) => !q.themes.length && !q.districts.length && !q.providers.length;

/**
 * Whether a service answers the query: every parameter given must match, and within one
 * parameter any of its ids will do. A district matches a service with a place there.
 */
export function matchesEmbed(item: EmbedItem, q: EmbedQuery): boolean {
  const any = (wanted: string[], has: readonly string[]) =>
    wanted.length === 0 || wanted.some((id) => has.includes(id));
  return any(q.themes, item.themes) && any(q.districts, item.districts) && any(q.providers, [item.provider]);
}

/**
 * One service as the embeddable list shows it: the list's first page holds these, and so do
 * the files the browser reads for a choice (/upotus/teema/<id>.json, …/alue/…, …/jarjestaja/…).
 * Ids of its themes, districts and organiser come along, so that the other choices of a query
 * are settled by matchesEmbed without reading their files.
 */
export type EmbedListItem = {
  /** id */ i: string;
  /** the service page */ h: string;
  /** title, and its language when the page's language has none */ t: string;
  tl?: string;
  /** organiser's name, and its language likewise */ p: string;
  pl?: string;
  /** " · where · checked 2024" */ m: string;
  T: string[];
  D: string[];
  P: string;
};
/** The file for one theme, district or organiser: its name in the page's language, and its services A–Ö. */
export type EmbedShard = { n: string; s: EmbedListItem[] };

export const embedItemOf = (x: EmbedListItem): EmbedItem => ({ themes: x.T, districts: x.D, provider: x.P });

/**
 * The one kind of file a query reads: the organisers' (the fewest services each) when it
 * names any, else the districts', else the themes'.
 */
export function shardKindOf(q: EmbedQuery): keyof EmbedQuery | undefined {
  return (['providers', 'districts', 'themes'] as const).find((k) => q[k].length > 0);
}

/** The query as the route takes it. */
export const choiceOf = (q: EmbedQuery): EmbedChoice => ({
  themes: q.themes,
  districts: q.districts,
  providers: q.providers,
});

const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The code a host page pastes. `title` names the frame for screen readers (WCAG 4.1.2);
 * the list scrolls inside the frame, so a fixed height is enough.
 */
export function iframeCode(src: string, title: string, height = 600): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border: 1px solid; max-width: 100%;" loading="lazy"></iframe>`;
}
