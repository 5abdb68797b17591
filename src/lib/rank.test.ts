import { describe, expect, it } from 'vitest';
import { rankResults, tierOf, TIER, type Rankable } from './rank';
import type { Understood } from './understand';

const u = (over: Partial<Understood> = {}): Understood => ({
  words: ['kuntosali'],
  themes: ['liikunta'],
  ids: [],
  ...over,
});
const r = (id: string, over: Partial<Rankable> = {}): Rankable => ({ id, title: 'Kerho', themes: [], ...over });

describe('tierOf', () => {
  it('puts a listing named by an everyday word, then the name, the theme, the organiser, a mention', () => {
    expect(tierOf(r('a'), u({ ids: ['a'] }))).toBe(TIER.named);
    expect(tierOf(r('a', { title: 'Kuntosalille eläkeläishintaan' }), u())).toBe(TIER.title);
    expect(tierOf(r('a', { themes: ['liikunta'] }), u())).toBe(TIER.theme);
    expect(tierOf(r('a', { names: 'Kuntosali Oy' }), u({ themes: [] }))).toBe(TIER.name);
    expect(tierOf(r('a'), u())).toBe(TIER.mention);
  });
  it('does not take the start of another word for the word', () => {
    expect(tierOf(r('a', { title: 'Seurakunnan kerho' }), u({ words: ['seuraa'], themes: [] }))).toBe(TIER.mention);
  });
});

describe('rankResults', () => {
  it('orders by how the listing answers, then the page language, then fresher facts, then the engine', () => {
    const items = [
      r('mention-fresh', { band: 'current' }),
      r('theme-old-sv', { themes: ['liikunta'], band: 'very-old', languages: ['sv'] }),
      r('theme-old-fi', { themes: ['liikunta'], band: 'very-old', languages: ['fi'] }),
      r('theme-fresh-sv', { themes: ['liikunta'], band: 'current', languages: ['sv'] }),
      r('title', { title: 'Kuntosali', band: 'very-old' }),
    ];
    expect(rankResults(items, (x) => x, u(), 'sv').map((x) => x.id)).toEqual([
      'title',
      'theme-fresh-sv',
      'theme-old-sv',
      'theme-old-fi',
      'mention-fresh',
    ]);
    expect(rankResults(items, (x) => x, u(), 'fi').map((x) => x.id)).toEqual([
      'title',
      'theme-old-fi',
      'theme-fresh-sv',
      'theme-old-sv',
      'mention-fresh',
    ]);
  });
});

describe('several words', () => {
  it('weighs the word that names few services above the one that names many', () => {
    const halpa = ['discount-1', 'discount-2', 'discount-3', 'discount-4'];
    const u2: Understood = {
      words: ['halpa', 'lounas'],
      themes: ['ruoka'],
      ids: [...halpa, 'lunch'],
      terms: [
        { word: 'halpa', themes: [], ids: halpa },
        { word: 'lounas', themes: ['ruoka'], ids: ['lunch'] },
      ],
    };
    const items = [...halpa.map((id) => r(id)), r('lunch', { themes: ['ruoka'] }), r('other')];
    expect(rankResults(items, (x) => x, u2, 'fi')[0].id).toBe('lunch');
  });
});
