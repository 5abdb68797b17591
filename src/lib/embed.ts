// The embeddable list (/upotus/): which services a host page asked for, and the <iframe>
// code the guide page hands out. Pure and free of dictionaries: the browser scripts of both
// pages use it, and so do the tests.
import { LINKS_PER_PAGE, paginate } from './paginate';
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
/**
 * One file of a theme, district or organiser: its name in the page's language, and one page of
 * its services A–Ö, with how many pages and services it has in all. Files hold a page each, so
 * that a host page showing one large theme reads what it shows, not the whole theme.
 */
export type EmbedShard = { n: string; s: EmbedListItem[]; total: number; pages: number };

/** Services per file, and per "show more": the page's own first list is as long. */
export const EMBED_PAGE = LINKS_PER_PAGE;

/** One id's files, page 1 first. */
export function embedShardPages(name: string, items: EmbedListItem[], size = EMBED_PAGE): EmbedShard[] {
  return paginate(items, size).map((p) => ({ n: name, s: p.items, total: p.total, pages: p.count }));
}

/** Reads page `page` of an id's file; undefined when there is none (an id no service has). */
export type ShardReader = (kind: keyof EmbedQuery, id: string, page: number) => Promise<EmbedShard | undefined>;

export type EmbedList = {
  /** How many services answer the query. */
  count: number;
  /** The chosen ids of the kind that was read, by their names in the files. */
  names: Record<string, string>;
  /** The services shown so far, A–Ö. */
  shown: EmbedListItem[];
  /** Reads and shows the next page's worth; returns only the new ones (none at the end). */
  showMore(): Promise<EmbedListItem[]>;
};

/**
 * The list a query asks for, read from the files of one kind of choice (shardKindOf). One id
 * and no other choice, the usual case: its files are already the answer, in order, and say how
 * many there are, so they are read a page at a time. Otherwise every page of the chosen ids is
 * read, to settle the other choices, merge several ids and count exactly.
 */
export async function openEmbedList(
  q: EmbedQuery,
  read: ShardReader,
  compare: (a: string, b: string) => number,
  size = EMBED_PAGE,
): Promise<EmbedList> {
  const kind = shardKindOf(q)!;
  const ids = q[kind];
  const alone = ids.length === 1 && (Object.keys(q) as (keyof EmbedQuery)[]).every((k) => k === kind || !q[k].length);
  const firsts = await Promise.all(ids.map((id) => read(kind, id, 1)));
  const names = Object.fromEntries(ids.map((id, i) => [id, firsts[i]?.n ?? id]));
  let ready: EmbedListItem[];
  let count: number;
  let next = 2;
  let pages = 1;
  if (alone) {
    ready = [...(firsts[0]?.s ?? [])];
    count = firsts[0]?.total ?? 0;
    pages = firsts[0]?.pages ?? 1;
  } else {
    const rest = await Promise.all(
      firsts.flatMap((f, i) => Array.from({ length: (f?.pages ?? 1) - 1 }, (_, n) => read(kind, ids[i], n + 2))),
    );
    const byId = new Map<string, EmbedListItem>();
    for (const f of [...firsts, ...rest]) for (const x of f?.s ?? []) byId.set(x.i, x);
    ready = [...byId.values()].filter((x) => matchesEmbed(embedItemOf(x), q)).sort((a, b) => compare(a.t, b.t));
    count = ready.length;
  }
  const list: EmbedList = {
    count,
    names,
    shown: [],
    async showMore() {
      const want = list.shown.length + size;
      while (ready.length < want && next <= pages) {
        const f = await read(kind, ids[0], next++);
        // A page that cannot be read ends the list where it is: nothing after it is in order.
        if (!f) next = pages + 1;
        ready.push(...(f?.s ?? []));
      }
      const added = ready.slice(list.shown.length, want);
      list.shown.push(...added);
      return added;
    },
  };
  await list.showMore();
  return list;
}

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
