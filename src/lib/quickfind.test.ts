import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { syntheticContent } from './synthetic';
import { validateContentDir } from '../validation/fs';
import { makeCatalog } from './catalog';
import { buildQuickFiles, memorySource } from './quickfind';
import { prefixOf, QUICK_LIMIT, quickSearcher } from './quick-search';

const { content } = validateContentDir(join(import.meta.dirname, '../..'));
const catalog = makeCatalog(content);
const quick = buildQuickFiles(catalog, 'fi');
const read: string[] = [];
const search = quickSearcher(memorySource(quick, (p) => read.push(p)));
const providerOf = (id: string) => catalog.live.find((s) => s.id === id)!.provider;
const ids = async (q: string) => (await search(q)).map((e) => e.i);

describe('quick-find files', () => {
  it('files every live service under the beginnings of its title words, as a short record', () => {
    for (const s of catalog.live) {
      const first = prefixOf(s.title.fi.split(/[^\p{L}\p{N}]+/u).find((w) => prefixOf(w))!)!;
      expect(
        quick.files.get(`a/${first}`)!.map((e) => e.i),
        s.id,
      ).toContain(s.id);
    }
    expect(Object.keys(quick.files.get('a/ku')![0]).sort()).toEqual(['d', 'f', 'h', 'i', 'l', 'm', 'p', 't']);
    const ended = content.services.filter((s) => s.status === 'ended').map((s) => s.id);
    for (const list of quick.files.values()) for (const e of list) expect(ended).not.toContain(e.i);
  });

  it('keeps names and everyday words in the base, and at most one screen of records per name', () => {
    expect(quick.base.w).toContainEqual({ w: 'kuntosali', m: ['liikunta'] });
    // From content/synonyms.yaml: "jumpata" means exercise.
    expect(quick.base.w.find((w) => w.w === 'jumpata')?.m).toContain('liikunta');
    expect(quick.base.n.p.map(([, id]) => id)).toContain('kela');
    for (const [path, list] of quick.files)
      if (!path.startsWith('a/')) expect(list.length, path).toBeLessThanOrEqual(QUICK_LIMIT);
  });

  it('the first download does not grow with the number of listings', () => {
    const gz = (x: unknown) => gzipSync(JSON.stringify(x)).length;
    const big = buildQuickFiles(makeCatalog(syntheticContent(content, 5000)), 'fi');
    // Synthetic organisers grow with listings (one per 25): the base grows with them, not with listings.
    expect(gz(big.base)).toBeLessThan(60 * 1024);
    expect(Math.max(...[...big.files.values()].map(gz))).toBeLessThan(80 * 1024);
  });
});

describe('quick find', () => {
  it('finds a provider despite a typo', async () => {
    const memory = await search('muistiyhdistis');
    expect(memory.length).toBeGreaterThan(0);
    expect(providerOf(memory[0].i)).toBe('varsinais-suomen-muistiyhdistys');
    expect((await ids('lähimäispalvelu')).map(providerOf)).toContain('turun-lahimmaispalveluyhdistys');
  });

  it('finds a title despite a typo after its first two letters, reading only that beginning’s file', async () => {
    const s = catalog.live.find((x) => /kuntosal/i.test(x.title.fi))!;
    read.length = 0;
    expect(await ids('kuntsali')).toContain(s.id);
    expect(read.filter((p) => p.startsWith('a/'))).toEqual(['a/ku']);
  });

  it('finds services through everyday words, after direct matches', async () => {
    const gym = await search('kuntosali');
    expect(gym.length).toBeGreaterThan(0);
    expect(gym.every((e) => e.m.includes('liikunta') || /kuntosal/i.test(e.t))).toBe(true);
    expect(gym[0].t).toMatch(/kuntosal/i);
    expect((await search('siivous')).some((e) => e.m.includes('kotiapu'))).toBe(true);
  });

  it('a provider name brings the listings of that provider', async () => {
    const kela = catalog.live.filter((s) => s.provider === 'kela').map((s) => s.id);
    expect(kela.length).toBeGreaterThan(1);
    expect(await ids('Kansaneläkelaitos')).toEqual(expect.arrayContaining(kela));
  });

  it('finds by district name', async () => {
    const id = catalog.live.find((s) => s.locations.some((l) => l.district === 'runosmaki'))?.id;
    expect(id).toBeDefined();
    expect(await ids('runosmäki')).toContain(id);
  });
});

describe('quick find and freshness', () => {
  const entry = (i: string, t: string, f: number) => ({
    i,
    t,
    p: 'Yhdistys',
    h: 'Liikunta',
    d: '',
    m: ['liikunta'],
    f,
    l: ['fi'],
  });
  it('ranks a listing with current facts above an equally relevant old one', async () => {
    const old = entry('vanha', 'Jumppa A', 3);
    const fresh = entry('tuore', 'Jumppa B', 0);
    const files = new Map([['h/liikunta', [old, fresh]]]);
    const base = { n: { p: [], d: [], h: [['Liikunta', 'liikunta']] as [string, string][] }, w: [], e: [], lang: 'fi' };
    const find = quickSearcher(memorySource({ base, files }));
    expect((await find('liikunta')).map((e) => e.i)).toEqual(['tuore', 'vanha']);
    // Relevance still comes first: a title match beats a fresher theme match.
    files.set('a/ju', [old]);
    expect((await find('jumppa a')).map((e) => e.i)[0]).toBe('vanha');
  });

  it('keeps the freshest listings of a large theme in its file', () => {
    const inFile = quick.files.get('h/liikunta')!;
    const ranks = inFile.map((e) => e.f);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const all = catalog.live.filter((s) => s.themes.includes('liikunta')).length;
    expect(all).toBeGreaterThan(inFile.length);
  });
});

describe('quick find limit', () => {
  it('gives the same first three whether three or twelve are asked for', async () => {
    for (const q of ['kirjoja kotiin', 'free food', 'jumppa', 'olen yksinäinen'])
      expect(
        (await search(q, 3)).map((e) => e.i),
        q,
      ).toEqual((await search(q)).slice(0, 3).map((e) => e.i));
  });
});
