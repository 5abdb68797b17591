import { describe, expect, it } from 'vitest';
import { pagerNumbers, paginate } from './paginate';

describe('paginate', () => {
  it('cuts a list into pages of a fixed size, the last one shorter', () => {
    const pages = paginate(
      Array.from({ length: 50 }, (_, i) => i),
      24,
    );
    expect(pages.map((p) => p.items.length)).toEqual([24, 24, 2]);
    expect(pages[2]).toMatchObject({ number: 3, count: 3, total: 50, first: 48 });
  });
  it('gives an empty list one page, so the page can say there is nothing', () => {
    expect(paginate([], 24)).toEqual([{ items: [], number: 1, count: 1, total: 0, first: 0 }]);
  });
});

describe('pagerNumbers', () => {
  it('lists every page when there are few', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('keeps the first, the last and the neighbours, with gaps marked', () => {
    expect(pagerNumbers(50, 400)).toEqual([1, null, 48, 49, 50, 51, 52, null, 400]);
    expect(pagerNumbers(1, 400)).toEqual([1, 2, 3, null, 400]);
    // A gap of one page shows that page instead of a mark.
    expect(pagerNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('never grows with the number of pages', () => {
    for (const count of [10, 1000, 100000])
      for (const current of [1, 2, count >> 1, count - 1, count])
        expect(pagerNumbers(current, count).length).toBeLessThanOrEqual(9);
  });
});
