// Long lists are cut into pages of a fixed size, so no page grows with the catalogue. Page 1
// lives at the list's own address and page n at `<address>/n/`: plain links that work
// without JavaScript and survive printing and sharing.

/** Service cards per page (theme, district, provider). */
export const CARDS_PER_PAGE = 24;
/** Title links per page of the A–Ö index. */
export const LINKS_PER_PAGE = 120;

export type Page<T> = { items: T[]; number: number; count: number; total: number; first: number };

/** Every page of a list; an empty list still has one (empty) page to say so. */
export function paginate<T>(items: T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    total: items.length,
    first: i * size,
  }));
}

/** The route parameter for page n: none for the first page. */
export const pageParam = (n: number) => (n > 1 ? String(n) : undefined);

/**
 * The page numbers a pager links to: the first, the last and two either side of the current
 * one, with `null` where numbers are left out. At most nine entries, however many pages.
 */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const keep = new Set(
    [1, count, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= count),
  );
  const out: (number | null)[] = [];
  let prev = 0;
  for (const n of [...keep].sort((a, b) => a - b)) {
    if (n - prev > 1) out.push(n - prev === 2 ? n - 1 : null);
    out.push(n);
    prev = n;
  }
  return out;
}
