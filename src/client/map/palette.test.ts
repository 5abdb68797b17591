import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readPalette, themeColour } from './palette';
import { tokens } from './test-tokens';

const themes = (
  parse(readFileSync(join(import.meta.dirname, '../../../content/themes.yaml'), 'utf8')) as { id: string }[]
).map((t) => t.id);

describe('map palette from tokens.css and map-tokens.css', () => {
  it('has every map colour in both modes, and "theme" means the theme’s own colour', () => {
    const normal = readPalette(tokens(false));
    const hc = readPalette(tokens(true));
    expect(normal.markerFill).toBeUndefined();
    expect(hc.markerFill).toBe('#000000');
    expect(hc.water).not.toBe(normal.water);
    expect(() => readPalette((name) => (name === 'map-land' ? '' : 'x'))).toThrow('--map-land is not set');
  });
  it('gives every theme of the content its own marker colour', () => {
    const read = tokens(false);
    for (const id of themes) expect(read(`map-theme-${id}`), id).toMatch(/^#[0-9a-f]{6}$/);
    expect(themeColour(read, 'ei-ole')).toBe(read('map-theme-neuvonta'));
  });
  it('the map box shows the map’s own water until the map draws, in both modes', () => {
    for (const hc of [false, true]) expect(readPalette(tokens(hc)).water).toBe(tokens(hc)('color-map-water'));
    expect(tokens(true)('map-water')).toBe('#000000');
  });
});
