// The map's style. Built-in layers (water, land from GSHHG, districts, services) come from
// the site's own PMTiles; a deployer who has a Protomaps street basemap gets its layers under
// ours instead of the plain land.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapPalette } from './palette';

export type StyleOptions = {
  hc: boolean;
  /** The colours of the page's mode (palette.ts reads them from tokens.css). */
  palette: MapPalette;
  lang: 'fi' | 'sv';
  base: string;
  /** A PMTiles URL, or the features themselves for a map of a few services. */
  services: string | GeoJSON.FeatureCollection;
  /** Layers from @protomaps/basemaps when a basemap is configured. */
  basemap?: { url: string; glyphs?: string; layers: LayerSpecification[] };
  focusDistrict?: string;
  focusServices?: string[];
};

export const SERVICE_LAYERS = ['services-clusters', 'services-areas', 'services-points'] as const;
export const BASE_FILTERS: Record<(typeof SERVICE_LAYERS)[number], ExpressionSpecification> = {
  'services-clusters': ['==', ['get', 'cluster'], 1],
  'services-areas': ['all', ['==', ['get', 'cluster'], 0], ['==', ['get', 'approx'], 1]],
  'services-points': ['all', ['==', ['get', 'cluster'], 0], ['==', ['get', 'approx'], 0]],
};

/**
 * Protomaps layers without the icons (points of interest, one-way arrows, road shields) that
 * need its sprite sheet, which the site does not serve. Their text stays; a layer left with
 * nothing to draw is dropped.
 */
export function withoutSpriteIcons(layers: LayerSpecification[]): LayerSpecification[] {
  return layers.flatMap((layer) => {
    if (layer.type !== 'symbol' || !layer.layout || !('icon-image' in layer.layout)) return [layer];
    const { 'icon-image': _, ...layout } = layer.layout;
    return 'text-field' in layout ? [{ ...layer, layout }] : [];
  });
}

/** Label text sizes scaled by `k`: Protomaps' 8–12 px names are too small for weak eyes. */
export function withLargerText(layers: LayerSpecification[], k = 1.5): LayerSpecification[] {
  type Size = number | ExpressionSpecification;
  const scale = (v: Size): Size => (typeof v === 'number' ? Math.round(v * k * 10) / 10 : ['*', k, v]);
  // A zoom curve must stay the outermost expression: scale its outputs, not the curve.
  const scaled = (size: Size): Size =>
    Array.isArray(size) && (size[0] === 'interpolate' || size[0] === 'step')
      ? (size.map((v, i) =>
          (size[0] === 'interpolate' ? i >= 4 && i % 2 === 0 : i >= 2 && i % 2 === 0) ? scale(v as Size) : v,
        ) as ExpressionSpecification)
      : scale(size);
  return layers.map((layer) =>
    layer.type === 'symbol' && layer.layout?.['text-size'] !== undefined
      ? { ...layer, layout: { ...layer.layout, 'text-size': scaled(layer.layout['text-size'] as Size) as never } }
      : layer,
  );
}

export function buildStyle(o: StyleOptions): StyleSpecification {
  const c = o.palette;
  const name: ExpressionSpecification = ['get', o.lang === 'sv' ? 'name_sv' : 'name_fi'];
  const layers: LayerSpecification[] = o.basemap
    ? [...o.basemap.layers]
    : [
        { id: 'water', type: 'background', paint: { 'background-color': c.water } },
        { id: 'land', type: 'fill', source: 'base', 'source-layer': 'land', paint: { 'fill-color': c.land } },
      ];
  layers.push(
    {
      id: 'district-focus',
      type: 'fill',
      source: 'base',
      'source-layer': 'districts',
      filter: ['==', ['get', 'id'], o.focusDistrict ?? ''],
      paint: { 'fill-color': c.districtFill, 'fill-opacity': o.hc ? 0.25 : 0.12 },
    },
    {
      id: 'district-lines',
      type: 'line',
      source: 'base',
      'source-layer': 'districts',
      paint: {
        'line-color': c.district,
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 14, 2],
        'line-opacity': o.hc ? 1 : 0.6,
      },
    },
    {
      id: 'district-labels',
      type: 'symbol',
      source: 'base',
      'source-layer': 'district-labels',
      minzoom: 11.5,
      layout: { 'icon-image': ['concat', 'label:', name], 'icon-allow-overlap': false, 'icon-padding': 4 },
    },
    {
      id: 'services-focus',
      type: 'circle',
      source: 'services',
      'source-layer': 'services',
      filter: ['in', ['get', 'id'], ['literal', o.focusServices ?? []]],
      paint: {
        'circle-radius': 30,
        'circle-color': c.focus,
        'circle-stroke-width': 3,
        'circle-stroke-color': c.focusEdge,
      },
    },
    {
      id: 'services-areas',
      type: 'symbol',
      source: 'services',
      'source-layer': 'services',
      filter: BASE_FILTERS['services-areas'],
      layout: {
        'icon-image': ['concat', 'area:', ['get', 'th']],
        'icon-allow-overlap': true,
        'icon-offset': ['literal', [0, 0]],
      },
    },
    {
      id: 'services-points',
      type: 'symbol',
      source: 'services',
      'source-layer': 'services',
      filter: BASE_FILTERS['services-points'],
      layout: { 'icon-image': ['concat', 'marker:', ['get', 'th']], 'icon-allow-overlap': true },
    },
    {
      id: 'services-clusters',
      type: 'symbol',
      source: 'services',
      'source-layer': 'services',
      filter: BASE_FILTERS['services-clusters'],
      layout: { 'icon-image': ['concat', 'cluster:', ['to-string', ['get', 'count']]], 'icon-allow-overlap': true },
    },
  );
  if (typeof o.services !== 'string')
    for (const layer of layers)
      if ('source' in layer && layer.source === 'services')
        delete (layer as { 'source-layer'?: string })['source-layer'];
  return {
    version: 8,
    ...(o.basemap?.glyphs ? { glyphs: o.basemap.glyphs } : {}),
    sources: {
      ...(o.basemap
        ? { protomaps: { type: 'vector', url: `pmtiles://${o.basemap.url}`, attribution: '© OpenStreetMap' } }
        : {}),
      base: { type: 'vector', url: `pmtiles://${o.base}` },
      services:
        typeof o.services === 'string'
          ? { type: 'vector', url: `pmtiles://${o.services}` }
          : { type: 'geojson', data: o.services },
    },
    layers,
  };
}
