import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentDir } from '../validation/fs';
import { makeCatalog } from './catalog';
import { embedItemOf, matchesEmbed, shardKindOf, type EmbedQuery } from './embed';
import { embedGroups, embedListAll } from './embed-items';
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
