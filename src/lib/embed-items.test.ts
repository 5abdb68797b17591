import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentDir } from '../validation/fs';
import { makeCatalog } from './catalog';
import {
  embedItemOf,
  embedShardPages,
  EMBED_PAGE,
  matchesEmbed,
  openEmbedList,
  shardKindOf,
  type EmbedQuery,
  type EmbedShard,
} from './embed';
import { embedGroups, embedListAll, embedShards } from './embed-items';
import { syntheticContent } from './synthetic';

const { content } = validateContentDir(join(import.meta.dirname, '../..'));
const catalog = makeCatalog(syntheticContent(content, 600));
const collator = new Intl.Collator('fi');
const inOrder = (titles: string[]) => titles.every((t, i) => i === 0 || collator.compare(titles[i - 1], t) <= 0);

describe('the embeddable list’s files', () => {
  it('file every live service under each of its themes, districts and its organiser, A–Ö', () => {
    const groups = embedGroups(catalog, 'fi');
    for (const s of catalog.live) {
      const districts = new Set(s.locations.map((l) => l.district).filter(Boolean) as string[]);
      for (const id of s.themes) expect(groups.themes.get(id)!.map((x) => x.i)).toContain(s.id);
      for (const id of districts) expect(groups.districts.get(id)!.map((x) => x.i)).toContain(s.id);
      expect(groups.providers.get(s.provider)!.map((x) => x.i)).toContain(s.id);
    }
    const filed = (kind: keyof EmbedQuery) => [...groups[kind].values()].flat().length;
    expect(filed('providers')).toBe(catalog.live.length);
    for (const kind of ['themes', 'districts', 'providers'] as const)
      for (const items of groups[kind].values()) expect(inOrder(items.map((x) => x.t))).toBe(true);
    expect(
      catalog.services.some((s) => s.status === 'ended' && groups.providers.get(s.provider)?.some((x) => x.i === s.id)),
    ).toBe(false);
  });

  it('answer a query from one kind of file as the whole list would', () => {
    const all = embedListAll(catalog, 'fi');
    const groups = embedGroups(catalog, 'fi');
    const d = [...groups.districts.keys()][0];
    const queries: EmbedQuery[] = [
      { themes: ['liikunta', 'muisti'], districts: [], providers: [] },
      { themes: ['liikunta'], districts: [d], providers: [] },
      { themes: [], districts: [d], providers: [all[0].P, all[1].P] },
    ];
    for (const q of queries) {
      const kind = shardKindOf(q)!;
      const fromFiles = new Set(
        q[kind]
          .flatMap((id) => groups[kind].get(id) ?? [])
          .filter((x) => matchesEmbed(embedItemOf(x), q))
          .map((x) => x.i),
      );
      const fromAll = new Set(all.filter((x) => matchesEmbed(embedItemOf(x), q)).map((x) => x.i));
      expect(fromFiles).toEqual(fromAll);
      expect(fromAll.size).toBeGreaterThan(0);
    }
    expect(shardKindOf({ themes: ['a'], districts: ['b'], providers: ['c'] })).toBe('providers');
    expect(shardKindOf({ themes: ['a'], districts: ['b'], providers: [] })).toBe('districts');
  });

  it('mark a title shown in Finnish on a Swedish list', () => {
    const fiOnly = catalog.live.find((s) => !s.title.sv)!;
    const x = embedListAll(catalog, 'sv').find((y) => y.i === fiOnly.id)!;
    expect(x).toMatchObject({ t: fiOnly.title.fi, tl: 'fi', h: `/sv/palvelut/${fiOnly.id}/` });
  });
});

describe('the embeddable list, read a page at a time', () => {
  const groups = embedGroups(catalog, 'fi');
  const all = embedListAll(catalog, 'fi');
  const SIZE = 10;
  /** The site's files cut into pages of SIZE, and a log of which were read. */
  function files() {
    const read: string[] = [];
    const pages = new Map<string, EmbedShard[]>();
    for (const kind of Object.keys(groups) as (keyof EmbedQuery)[])
      for (const [id, items] of groups[kind]) pages.set(`${kind}/${id}`, embedShardPages(id, items, SIZE));
    const reader = async (kind: keyof EmbedQuery, id: string, page: number) => {
      read.push(`${kind}/${id}/${page}`);
      return pages.get(`${kind}/${id}`)?.[page - 1];
    };
    return { read, reader };
  }
  const biggest = [...groups.themes].sort((a, b) => b[1].length - a[1].length)[0];

  it('cut each id into pages that add up to its list and each say how many in all', () => {
    // Large enough for a theme to fill more than one file.
    const large = makeCatalog(syntheticContent(content, 2000));
    const shards = embedShards(large, 'fi');
    expect(Math.max(...shards.map((f) => f.shard.s.length))).toBe(EMBED_PAGE);
    const largeGroups = embedGroups(large, 'fi');
    for (const kind of Object.keys(largeGroups) as (keyof EmbedQuery)[])
      for (const [id, items] of largeGroups[kind]) {
        const mine = shards.filter((f) => f.kind === kind && f.id === id);
        expect(mine.map((f) => f.page)).toEqual(mine.map((_, i) => i + 1));
        expect(mine.flatMap((f) => f.shard.s)).toEqual(items);
        for (const f of mine) expect(f.shard).toMatchObject({ total: items.length, pages: mine.length });
      }
    expect(shards.some((f) => f.page > 1)).toBe(true);
  });

  it('read one theme a page at a time, and count it from its first file', async () => {
    const [theme, items] = biggest;
    expect(items.length).toBeGreaterThan(3 * SIZE);
    const { read, reader } = files();
    const q: EmbedQuery = { themes: [theme], districts: [], providers: [] };
    const list = await openEmbedList(q, reader, collator.compare, SIZE);
    expect(read).toEqual([`themes/${theme}/1`]);
    expect(list.count).toBe(items.length);
    expect(list.shown).toEqual(items.slice(0, SIZE));
    expect(await list.showMore()).toEqual(items.slice(SIZE, 2 * SIZE));
    expect(read).toEqual([`themes/${theme}/1`, `themes/${theme}/2`]);
    while ((await list.showMore()).length);
    expect(list.shown).toEqual(items);
    expect(read).toHaveLength(Math.ceil(items.length / SIZE));
  });

  it('read every page of the chosen ids when other choices or several ids must be settled', async () => {
    const d = [...groups.districts].sort((a, b) => b[1].length - a[1].length)[0][0];
    for (const q of [
      { themes: [biggest[0], 'muisti'], districts: [], providers: [] },
      { themes: [biggest[0]], districts: [d], providers: [] },
    ]) {
      const { reader } = files();
      const list = await openEmbedList(q, reader, collator.compare, SIZE);
      const expected = all.filter((x) => matchesEmbed(embedItemOf(x), q));
      expect(list.count).toBe(expected.length);
      while ((await list.showMore()).length);
      expect(list.shown.map((x) => x.i)).toEqual(expected.map((x) => x.i));
    }
  });

  it('end where a file cannot be read, and treat an unknown id as empty', async () => {
    const [theme, items] = biggest;
    const { reader } = files();
    const failing = async (kind: keyof EmbedQuery, id: string, page: number) =>
      page === 2 ? undefined : reader(kind, id, page);
    const list = await openEmbedList(
      { themes: [theme], districts: [], providers: [] },
      failing,
      collator.compare,
      SIZE,
    );
    expect(await list.showMore()).toEqual([]);
    expect(list.shown).toEqual(items.slice(0, SIZE));
    const none = await openEmbedList({ themes: ['ei-ole'], districts: [], providers: [] }, reader, collator.compare);
    expect(none).toMatchObject({ count: 0, shown: [], names: { 'ei-ole': 'ei-ole' } });
  });
});
