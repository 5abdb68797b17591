// The map's colours. They cannot be CSS custom properties: MapLibre takes colours as values
// in a JS style object and paints them in WebGL, and the markers and labels are drawn on a
// canvas; neither reads the page's CSS. So they live here, once, named by their job; every
// other colour of the site is in src/styles/tokens.css. `water` is also the map box's
// background there (--color-map-water, before the map draws); palette.test.ts keeps the two equal.

export interface MapPalette {
  water: string;
  land: string;
  district: string;
  districtFill: string;
  /** The ring under a service the page is about. */
  focus: string;
  focusEdge: string;
  /** A service marker's fill; undefined: its theme's colour (src/lib/icons.ts). */
  markerFill: string | undefined;
  markerEdge: string;
  markerIcon: string;
  /** The dashed ring and icon of "somewhere in this district"; undefined: the theme's colour. */
  areaMark: string | undefined;
  areaFill: string;
  clusterFill: string;
  clusterEdge: string;
  clusterText: string;
  labelText: string;
  labelHalo: string;
}

export const MAP_PALETTE: { normal: MapPalette; hc: MapPalette } = {
  normal: {
    water: '#9ecae8',
    land: '#f3f0e6',
    district: '#3d4650',
    districtFill: '#0b4a8b',
    focus: '#ffdd00',
    focusEdge: '#0b0c0c',
    markerFill: undefined,
    markerEdge: '#ffffff',
    markerIcon: '#ffffff',
    areaMark: undefined,
    areaFill: 'rgba(255,255,255,0.85)',
    clusterFill: '#1a1a1a',
    clusterEdge: '#ffffff',
    clusterText: '#ffffff',
    labelText: '#1a1a1a',
    labelHalo: '#ffffff',
  },
  hc: {
    water: '#000000',
    land: '#262626',
    district: '#ffffff',
    districtFill: '#ffff66',
    focus: '#ffff66',
    focusEdge: '#0b0c0c',
    markerFill: '#000000',
    markerEdge: '#ffff66',
    markerIcon: '#ffff66',
    areaMark: '#ffff66',
    areaFill: 'rgba(0,0,0,0.85)',
    clusterFill: '#000000',
    clusterEdge: '#ffff66',
    clusterText: '#ffff66',
    labelText: '#ffffff',
    labelHalo: '#000000',
  },
};
