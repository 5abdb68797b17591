import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentDir } from '../validation/fs';
import { makeCatalog } from './catalog';
import { buildQuickIndex } from './quickfind';
import { quickSearcher } from './quick-search';

const { content } = validateContentDir(join(import.meta.dirname, '../..'));
const catalog = makeCatalog(content);
const index = buildQuickIndex(catalog, 'fi');
const search = quickSearcher(index);
const providerOf = (id: string) => catalog.live.find((s) => s.id === id)!.provider;

describe('quick-find index', () => {
  it('has one short record per live service, and the everyday words as a vocabulary', () => {
    expect(index.e.map((e) => e.i).sort()).toEqual(catalog.live.map((s) => s.id).sort());
    expect(Object.keys(index.e[0]).sort()).toEqual(['d', 'h', 'i', 'm', 'p', 't']);
    expect(index.w).toContainEqual({ w: 'kuntosali', m: ['liikunta'] });
    // From content/synonyms.yaml: "jumpata" means exercise.
    expect(index.w.find((w) => w.w === 'jumpata')?.m).toContain('liikunta');
  });

  it('finds a provider despite a typo', () => {
    const memory = search('muistiyhdistis');
    expect(memory.length).toBeGreaterThan(0);
    expect(providerOf(memory[0].i)).toBe('varsinais-suomen-muistiyhdistys');
    expect(search('lähimäispalvelu').map((e) => providerOf(e.i))).toContain('turun-lahimmaispalveluyhdistys');
  });

  it('finds services through everyday words, after direct matches', () => {
    const gym = search('kuntosali');
    expect(gym.length).toBeGreaterThan(0);
    expect(gym.every((e) => e.m.includes('liikunta') || /kuntosal/i.test(e.t))).toBe(true);
    expect(gym[0].t).toMatch(/kuntosal/i);
    expect(search('siivous').some((e) => e.m.includes('kotiapu'))).toBe(true);
  });

  it('a provider name brings every listing of that provider', () => {
    const kela = catalog.live.filter((s) => s.provider === 'kela').map((s) => s.id);
    expect(kela.length).toBeGreaterThan(1);
    expect(search('Kansaneläkelaitos').map((e) => e.i)).toEqual(expect.arrayContaining(kela));
  });

  it('finds by district name', () => {
    const id = catalog.live.find((s) => s.locations.some((l) => l.district === 'runosmaki'))?.id;
    if (id) expect(search('runosmäki').map((e) => e.i)).toContain(id);
  });
});
