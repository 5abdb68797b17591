import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_PALETTE } from './palette';

// The map box shows --color-map-water until MapLibre paints its water over it: the same
// colour, so the map does not flash when it draws.
const tokens = readFileSync(join(import.meta.dirname, '../../styles/tokens.css'), 'utf8');
const waterIn = (block: string) => /--color-map-water:\s*(#[0-9a-f]+)/i.exec(block)?.[1];

describe('map palette', () => {
  it('has the same water as the map box in tokens.css, in both modes', () => {
    const [normal, hc] = tokens.split(":root[data-contrast='high']");
    expect(waterIn(normal)).toBe(MAP_PALETTE.normal.water);
    expect(waterIn(hc)).toBe(MAP_PALETTE.hc.water);
  });
});
