import { describe, expect, it } from 'vitest';
import { decodeIds, encodeIds, MAX_ITEMS, shareUrl } from './codec';

describe('shortlist URL encoding', () => {
  it('round-trips a list through a share link', () => {
    const ids = ['tuolijumppa', 'muistikahvila-runosmaki', 'digituki-2'];
    const url = shareUrl('https://example.fi/oma-lista/?old=1#x', ids);
    expect(url).toBe('https://example.fi/oma-lista/?s=tuolijumppa%2Cmuistikahvila-runosmaki%2Cdigituki-2');
    expect(decodeIds(new URL(url).searchParams.get('s'))).toEqual(ids);
  });
  it('ignores a corrupt or hostile value safely', () => {
    expect(decodeIds('<script>alert(1)</script>,javascript:alert(1),../../etc,ok-id')).toEqual(['ok-id']);
    expect(decodeIds('%00,,,   ,A-B,a--b,-a')).toEqual([]);
    expect(decodeIds(null)).toEqual([]);
    expect(decodeIds(undefined)).toEqual([]);
    expect(decodeIds('x'.repeat(5000))).toEqual([]);
    expect(decodeIds({} as unknown as string)).toEqual([]);
  });
  it('drops unknown ids and duplicates, and caps the length', () => {
    expect(decodeIds('a,b,a,c', new Set(['a', 'c']))).toEqual(['a', 'c']);
    expect(decodeIds(Array.from({ length: 100 }, (_, i) => `s${i}`).join(','))).toHaveLength(MAX_ITEMS);
  });
  it('encodes only valid ids', () => {
    expect(encodeIds(['a', 'B', 'c'])).toBe('a,c');
  });
});
