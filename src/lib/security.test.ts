import { describe, expect, it } from 'vitest';
import { FRAMABLE_PATHS, framingHeaders } from './security';

describe('who may frame a page', () => {
  it('lets any site frame the embeddable list, in each language, with or without index.html', () => {
    expect(FRAMABLE_PATHS).toEqual(['/upotus/', '/sv/upotus/', '/en/upotus/']);
    for (const path of ['/upotus/', '/sv/upotus/', '/en/upotus/', '/upotus/index.html'])
      expect(framingHeaders(path), path).toEqual({ 'Content-Security-Policy': 'frame-ancestors *' });
  });

  it('refuses every other page, including the embedding guide and look-alike paths', () => {
    for (const path of [
      '/',
      '/sv/',
      '/palvelut/x/',
      '/upotus/ohje/',
      '/upotus',
      '/fi/upotus/',
      '/upotus/../',
      '/x/upotus/',
      '/404.html',
    ])
      expect(framingHeaders(path), path).toEqual({
        'Content-Security-Policy': "frame-ancestors 'none'",
        'X-Frame-Options': 'DENY',
      });
  });
});
