import { describe, expect, it } from 'vitest';
import type { Service, Synonym, Theme } from '../schema';
import { expandQuery, synonymsFor } from './synonyms';

const theme = {
  id: 'liikunta',
  synonyms: { fi: ['jumppa', 'Kuntosali'], sv: ['gympa'], en: ['gym'] },
} as unknown as Theme;
const themes = new Map([['liikunta', theme]]);
const service = {
  themes: ['liikunta'],
  title: { fi: 'Tuolijumppa' },
  summary: { fi: 'Kevyttä voimistelua.' },
} as unknown as Service;
const synonyms: Synonym[] = [
  { words: ['jumpata', 'jumppaan'], means: ['voimistelua'], lang: 'fi' },
  { words: ['siivooja'], means: ['siivous'], lang: 'fi' },
];

describe('synonyms', () => {
  it('gives a service its themes’ everyday words', () => {
    expect(synonymsFor(service, themes, synonyms, 'fi')).toEqual(expect.arrayContaining(['jumppa', 'kuntosali']));
  });
  it('adds synonym lines whose meaning the service covers, and only those', () => {
    const out = synonymsFor(service, themes, synonyms, 'fi');
    expect(out).toContain('jumppaan');
    expect(out).not.toContain('siivooja');
  });
  it('keeps Finnish words on Swedish pages, for Finnish speakers searching there', () => {
    expect(synonymsFor(service, themes, synonyms, 'sv')).toEqual(expect.arrayContaining(['gympa', 'jumppa']));
  });
  it('expands a query with what its words stand for', () => {
    expect(expandQuery('Jumpata Runosmäessä', synonyms)).toEqual(['jumpata', 'runosmäessä', 'voimistelua']);
    expect(expandQuery('kirjasto', synonyms)).toEqual(['kirjasto']);
  });
});
