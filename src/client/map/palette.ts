// The map's colours come from src/styles/map-tokens.css (--map-*), which comes with the map, in
// the mode the page is in. MapLibre takes colours as values in a JS style object and paints
// them in WebGL, and markers and labels are drawn on a canvas; neither reads CSS, so the
// values are read from the page's computed style when a map starts or changes mode.

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

const KEYS: Record<keyof MapPalette, string> = {
  water: 'water',
  land: 'land',
  district: 'district',
  districtFill: 'district-fill',
  focus: 'focus',
  focusEdge: 'focus-edge',
  markerFill: 'marker-fill',
  markerEdge: 'marker-edge',
  markerIcon: 'marker-icon',
  areaMark: 'area-mark',
  areaFill: 'area-fill',
  clusterFill: 'cluster-fill',
  clusterEdge: 'cluster-edge',
  clusterText: 'cluster-text',
  labelText: 'label-text',
  labelHalo: 'label-halo',
};

/** A custom property's value by name (without the leading "--"): the page's computed style, or a test's. */
export type ReadVar = (name: string) => string;

export const cssVars =
  (el: Element = document.documentElement): ReadVar =>
  (name) =>
    getComputedStyle(el).getPropertyValue(`--${name}`).trim();

/** The palette from the --map-* properties; "theme" (marker fill, area mark) means the theme's own colour. */
export function readPalette(read: ReadVar): MapPalette {
  const out = {} as Record<keyof MapPalette, string | undefined>;
  for (const [key, name] of Object.entries(KEYS) as [keyof MapPalette, string][]) {
    const v = read(`map-${name}`);
    if (!v) throw new Error(`--map-${name} is not set in src/styles/map-tokens.css`);
    out[key] = v === 'theme' ? undefined : v;
  }
  return out as MapPalette;
}

/** A theme's marker colour (--map-theme-<id>), or the advice theme's for an unknown one. */
export const themeColour = (read: ReadVar, theme: string) => read(`map-theme-${theme}`) || read('map-theme-neuvonta');
