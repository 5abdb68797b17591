// Every colour of the site comes from tokens.css, or map-tokens.css for the map's own (it comes
// with the map), so the high-contrast mode and any change of palette reach every element, the
// map's canvas and WebGL colours too (src/client/map/palette.ts reads them). A hex colour in any
// other source file fails here; tests may name colours.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const TOKENS = new Set(['tokens.css', 'map-tokens.css'].map((f) => join(import.meta.dirname, f)));
// A colour is 3, 4, 6 or 8 hex digits with nothing word-like after it. An in-page link
// (href="#add") has the same shape and is not a colour.
const HEX = /(?<!href=["'])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;

function hexColours(text: string): string[] {
  return text.match(HEX) ?? [];
}

const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.(astro|css|ts|mjs)$/.test(f) && !/\.test\.ts$/.test(f))
  .map((f) => join(SRC, f))
  .filter((f) => !TOKENS.has(f));

describe('colours', () => {
  it('finds a hex colour but not an id or an in-page link', () => {
    expect(hexColours('a { color: #0b0c0c; border: 1px solid #FFF; background: #ff000080 }')).toEqual([
      '#0b0c0c',
      '#FFF',
      '#ff000080',
    ]);
    expect(hexColours('#add-form, #bad, #fab-list { } <a href="#add">')).toEqual(['#bad']);
  });

  it('scans the site: there are .astro and .css files besides tokens.css', () => {
    expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
    expect(files.some((f) => f.endsWith('global.css'))).toBe(true);
    expect(files.some((f) => f.endsWith('palette.ts'))).toBe(true);
  });

  it('no hex colour outside src/styles/tokens.css and map-tokens.css', () => {
    const found = files.flatMap((f) =>
      hexColours(readFileSync(f, 'utf8')).map((c) => `${f.slice(SRC.length + 1)}: ${c}`),
    );
    expect(found).toEqual([]);
  });
});
