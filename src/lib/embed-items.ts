// The embeddable list's items, built from the catalogue: the page's first screenful and the
// files a choice reads (src/pages/[...lang]/upotus/[kind]/[id].json.ts). The browser script
// (src/client/embed/list.ts) draws the same item from the same fields.
import { pick, t } from '../i18n';
import type { Lang, Service } from '../schema';
import { districtIdsOf, districtName, once, sortByTitle, whereShort, type Catalog } from './catalog';
import { embedShardPages, type EmbedListItem, type EmbedQuery, type EmbedShard } from './embed';
import { routes } from './routes';
import { ageShort, factsAge } from './freshness';

export function embedListItem(s: Service, c: Catalog, lang: Lang): EmbedListItem {
  const d = t(lang);
  const title = pick(s.title, lang);
  const provider = pick(c.providers.get(s.provider)!.name, lang);
  const meta = [whereShort(s, c.districtById, lang), ageShort(factsAge(s), d)]
    .filter(Boolean)
    .map((x) => ` · ${x}`)
    .join('');
  return {
    i: s.id,
    h: routes.service(lang, s.id),
    t: title.text,
    ...(title.fallback ? { tl: title.lang } : {}),
    p: provider.text,
    ...(provider.fallback ? { pl: provider.lang } : {}),
    m: meta,
    T: s.themes,
    D: districtIdsOf(s),
    P: s.provider,
  };
}

/** Every live service as a list item, A–Ö, once per language. */
export const embedListAll = (c: Catalog, lang: Lang): EmbedListItem[] =>
  once(c, `embed-${lang}`, () => sortByTitle(c.live, lang).map((s) => embedListItem(s, c, lang)));

/** The ids a service answers to under each kind of choice. */
const idsOf: Record<keyof EmbedQuery, (x: EmbedListItem) => string[]> = {
  themes: (x) => x.T,
  districts: (x) => x.D,
  providers: (x) => [x.P],
};

/** For each kind of choice, each id's services, A–Ö: one file each. */
export function embedGroups(c: Catalog, lang: Lang): Record<keyof EmbedQuery, Map<string, EmbedListItem[]>> {
  return once(c, `embed-groups-${lang}`, () => {
    const out = { themes: new Map(), districts: new Map(), providers: new Map() } as Record<
      keyof EmbedQuery,
      Map<string, EmbedListItem[]>
    >;
    for (const x of embedListAll(c, lang))
      for (const kind of Object.keys(idsOf) as (keyof EmbedQuery)[])
        for (const id of idsOf[kind](x)) (out[kind].get(id) ?? out[kind].set(id, []).get(id)!).push(x);
    return out;
  });
}

/** Every file of the embeddable list in one language: each kind's ids, page by page. */
export function embedShards(
  c: Catalog,
  lang: Lang,
): { kind: keyof EmbedQuery; id: string; page: number; shard: EmbedShard }[] {
  return once(c, `embed-shards-${lang}`, () => {
    const groups = embedGroups(c, lang);
    const nameOf: Record<keyof EmbedQuery, (id: string) => string> = {
      themes: (id) => pick(c.themeById.get(id)!.name, lang).text,
      districts: (id) => districtName(id, c.districtById, lang) ?? id,
      providers: (id) => pick(c.providers.get(id)!.name, lang).text,
    };
    return (Object.keys(groups) as (keyof EmbedQuery)[]).flatMap((kind) =>
      [...groups[kind]].flatMap(([id, items]) =>
        embedShardPages(nameOf[kind](id), items).map((shard, i) => ({ kind, id, page: i + 1, shard })),
      ),
    );
  });
}
