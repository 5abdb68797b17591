import { describe, expect, it } from 'vitest';
import { makeCatalog } from './catalog';
import { searchFilters, searchMetaHtml, pageForIndex } from './search-meta';
import { loadValidContent } from '../validation/fs';

const c = makeCatalog(loadValidContent());
const withMap = c.services.find((s) => s.status !== 'ended' && s.locations.some((l) => l.district))!;

describe('what the search index gets from a service and a reader does not', () => {
  it('gives every filter the search page offers, and the id everyday words find listings by', () => {
    const filters = Object.fromEntries(searchFilters(withMap, c));
    expect(Object.keys(filters)).toEqual([
      'theme',
      'district',
      'provider',
      'cost',
      'join',
      'access',
      'language',
      'day',
      'channel',
      'id',
    ]);
    expect(filters.id).toEqual([withMap.id]);
    expect(filters.theme).toEqual(withMap.themes);
    expect(filters.provider).toEqual([c.providers.get(withMap.provider)!.type]);
  });

  it('is hidden, in the page’s language, with the nearest-place points and the facts’ date', () => {
    const html = searchMetaHtml(withMap, 'sv', c);
    expect(html.startsWith('<div hidden><div data-pagefind-ignore>')).toBe(true);
    expect(html).toContain(`<span data-pagefind-filter="id">${withMap.id}</span>`);
    // Its own point, else its district's.
    const place = withMap.locations.find((l) => l.district)!;
    const point = place.coordinates ?? c.districtById.get(place.district!)!.point;
    expect(html).toContain(`<span data-pagefind-meta="points">${point.lat},${point.lon}`);
    expect(html).toContain(`<span data-pagefind-meta="checked">${withMap.lastVerified}</span>`);
    expect(html).toMatch(/<p data-pagefind-weight="3">[^<]+<\/p><\/div>$/);
  });

  it('escapes what it quotes, so a name cannot break the page Pagefind reads', () => {
    const s = { ...withMap, summary: { fi: 'Kahvia & pullaa <klo 10>, "tervetuloa"' } };
    expect(searchMetaHtml(s, 'fi', c)).toContain(
      '<span data-pagefind-meta="summary">Kahvia &#38; pullaa &#60;klo 10&#62;, &#34;tervetuloa&#34;</span>',
    );
  });

  it('goes just before the title of a live service page, read as its language and its <main> only', () => {
    const page =
      '<html lang="sv"><head><title>T</title></head><body><header>H</header><main id="main" data-pagefind-body><nav></nav><article class="service"> <h1 id="service-title">X</h1></article></main><footer>F</footer></body></html>';
    expect(pageForIndex(page, '<div hidden></div>')).toBe(
      '<html lang="sv"><body><main id="main" data-pagefind-body><nav></nav><article class="service"> <div hidden></div><h1 id="service-title">X</h1></article></main></body></html>',
    );
    // An ended service's page is not indexed: its <main> has no data-pagefind-body.
    expect(() => pageForIndex(page.replace(' data-pagefind-body', ''), '')).toThrow('not a live service page');
    expect(() => pageForIndex('<html lang="fi"><main data-pagefind-body><h1>Haku</h1></main>', '')).toThrow(
      'not a live service page',
    );
  });
});
