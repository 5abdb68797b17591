import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentDir } from '../validation/fs';
import { makeCatalog } from './catalog';
import { buildQuickFiles, memorySource } from './quickfind';
import { editDistance, sameWord, understand } from './understand';

const { content } = validateContentDir(join(import.meta.dirname, '../..'));
const catalog = makeCatalog(content);
const source = memorySource(buildQuickFiles(catalog, 'fi'));

describe('words', () => {
  it('treats an inflection as the same word, never the start of another word', () => {
    expect(sameWord('kuntosali', 'kuntosalille')).toBe(true);
    expect(sameWord('seuraa', 'seurakunta')).toBe(false);
    expect(sameWord('seura', 'seurakunnan')).toBe(false);
    expect(sameWord('apu', 'apua')).toBe(false);
    expect(sameWord('help', 'helpline')).toBe(false);
    expect(sameWord('kuntosali', 'kuntosaleille')).toBe(true);
    expect(sameWord('servicehus', 'servicehuset')).toBe(true);
    expect(sameWord('seuraa', 'seurakunnan')).toBe(false);
  });
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('kunsali', 'kuntosali')).toBe(2);
    expect(editDistance('jumpap', 'jumppa')).toBe(1);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});

describe('understand', () => {
  it('corrects a typo to a word of the catalogue and says what was searched', async () => {
    const u = await understand('kunsali', source);
    expect(u.words).toEqual(['kuntosali']);
    expect(u.corrected).toBe('kuntosali');
    expect(u.themes).toContain('liikunta');
  });

  it('leaves a word it knows alone', async () => {
    const u = await understand('kuntosali', source);
    expect(u.corrected).toBeUndefined();
  });

  it('reads a feeling as the need it stands for', async () => {
    const u = await understand('olen yksinäinen', source);
    expect(u.words).toEqual(['yksinäinen']);
    expect(u.themes).toContain('seura');
    expect(u.ids).toContain('spr-turku-ystavatoiminta');
  });

  it('reads a whole phrase of small words', async () => {
    const u = await understand('haluan puhua jonkun kanssa', source);
    expect(u.words).toEqual(['puhua']);
    expect(u.ids.length).toBeGreaterThan(0);
    for (const id of u.ids) expect(catalog.live.find((s) => s.id === id)).toBeDefined();
  });

  it('reads "seuraa" as company, not as a parish', async () => {
    const u = await understand('seuraa', source);
    expect(u.themes).toContain('seura');
    expect(u.words).toEqual(['seuraa']);
  });

  it('reads an asked language as a wish, not a word to find', async () => {
    const u = await understand('jumppa ruotsiksi', source);
    expect(u.language).toBe('sv');
    expect(u.words).toEqual(['jumppa']);
  });
});
