import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { layers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { readPalette } from './palette';
import { buildStyle, SERVICE_LAYERS, withLargerText, withoutSpriteIcons } from './style';
import { tokens } from './test-tokens';

const protomaps = (flavor: string, lang?: string) =>
  layers('protomaps', namedFlavor(flavor), lang ? { lang } : {}) as LayerSpecification[];
const options = {
  hc: false,
  palette: readPalette(tokens(false)),
  lang: 'fi' as const,
  base: 'https://example.test/tiles/base.pmtiles',
  services: 'https://example.test/tiles/services.pmtiles',
};
const iconOf = (l: LayerSpecification) => (l.type === 'symbol' ? l.layout?.['icon-image'] : undefined);
const textOf = (l: LayerSpecification) => (l.type === 'symbol' ? l.layout?.['text-field'] : undefined);

describe('map style', () => {
  it('draws its own land and water when no street basemap is configured', () => {
    const style = buildStyle(options);
    expect(style.glyphs).toBeUndefined();
    expect(Object.keys(style.sources)).toEqual(['base', 'services']);
    expect(style.layers.map((l) => l.id).slice(0, 2)).toEqual(['water', 'land']);
  });

  it('puts a Protomaps basemap under the districts and services, with OpenStreetMap attribution', () => {
    const basemap = {
      url: 'https://example.test/basemap/turku.pmtiles',
      glyphs: 'https://example.test/fonts/{fontstack}/{range}.pbf',
      layers: withoutSpriteIcons(protomaps('light', 'fi')),
    };
    const style = buildStyle({ ...options, basemap });
    expect(style.glyphs).toBe(basemap.glyphs);
    expect(style.sources.protomaps).toMatchObject({
      type: 'vector',
      url: 'pmtiles://https://example.test/basemap/turku.pmtiles',
      attribution: expect.stringContaining('OpenStreetMap'),
    });
    const ids = style.layers.map((l) => l.id);
    expect(ids[0]).toBe('background');
    expect(ids).not.toContain('land');
    for (const id of SERVICE_LAYERS) expect(ids.indexOf(id)).toBeGreaterThan(ids.indexOf('earth'));
    // Finnish names first in the labels.
    expect(JSON.stringify(style.layers.find((l) => l.id === 'places_locality'))).toContain('name:fi');
    // A second style (high contrast switched on) starts again from the basemap's layers.
    expect(buildStyle({ ...options, basemap }).layers.length).toBe(style.layers.length);
  });

  it('leaves out the icons that need the sprite sheet the site does not serve, keeping their text', () => {
    const all = protomaps('light', 'fi');
    const kept = withoutSpriteIcons(all);
    expect(all.some((l) => iconOf(l) !== undefined)).toBe(true);
    expect(kept.filter((l) => iconOf(l) !== undefined)).toEqual([]);
    expect(
      kept.find((l) => l.id === 'places_locality') && textOf(kept.find((l) => l.id === 'places_locality')!),
    ).toBeTruthy();
    // One-way arrows are only an icon: the layer goes.
    expect(kept.map((l) => l.id)).not.toContain('roads_oneway');
    expect(kept.length).toBe(all.filter((l) => iconOf(l) === undefined || textOf(l) !== undefined).length);
  });

  it('draws the basemap labels half as large again, keeping zoom curves valid', () => {
    const before = protomaps('light', 'fi');
    const after = withLargerText(before);
    const size = (ls: LayerSpecification[], id: string) =>
      (ls.find((l) => l.id === id) as { layout: Record<string, unknown> }).layout['text-size'];
    expect(size(before, 'roads_labels_major')).toBe(12);
    expect(size(after, 'roads_labels_major')).toBe(18);
    // ["interpolate", ["exponential", 1.2], ["zoom"], 11, 8, 14, 14, 18, 24]: stops stay, sizes grow.
    expect(size(after, 'places_subplace')).toEqual([
      'interpolate',
      ['exponential', 1.2],
      ['zoom'],
      11,
      12,
      14,
      21,
      18,
      36,
    ]);
    const style = buildStyle({
      ...options,
      basemap: {
        url: 'https://example.test/b.pmtiles',
        glyphs: 'https://example.test/f/{fontstack}/{range}.pbf',
        layers: withLargerText(withoutSpriteIcons(before)),
      },
    });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('without fonts the basemap has no label layers at all, so nothing asks for glyphs', () => {
    expect(protomaps('light').filter((l) => l.type === 'symbol')).toEqual([]);
  });
});
