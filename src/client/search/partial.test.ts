import { describe, expect, it } from 'vitest';
import { searchWithFallback } from './partial';

// A stand-in for Pagefind: a page matches when it holds every word of the query.
const pages: Record<string, string[]> = { a: ['kuoro', 'laulu'], b: ['puhelin', 'ystävä'], c: ['ystävä', 'kahvila'] };
const pf = {
  search: async (q: string | null) => ({
    results: Object.entries(pages)
      .filter(([, words]) => (q ?? '').split(' ').every((w) => words.includes(w)))
      .map(([id]) => ({ id, score: 1, data: async () => ({ url: `/${id}/`, meta: {}, filters: {}, excerpt: '' }) })),
  }),
};

describe('searchWithFallback', () => {
  it('returns the full match when there is one', async () => {
    expect(await searchWithFallback(pf, 'puhelin ystävä', {})).toMatchObject({
      partial: false,
      results: [{ id: 'b' }],
    });
  });
  it('falls back to pages holding some of the words, most words first, and says so', async () => {
    const found = await searchWithFallback(pf, 'ystävä puhelin mökki', {});
    expect(found.partial).toBe(true);
    expect(found.results.map((r) => r.id)).toEqual(['b', 'c']);
  });
  it('stays empty only when no word matches anything', async () => {
    expect(await searchWithFallback(pf, 'mökki sauna', {})).toEqual({ results: [], partial: false });
    expect(await searchWithFallback(pf, 'mökki', {})).toEqual({ results: [], partial: false });
  });
});
