// Icon paths (24 × 24, stroked), drawn by the site itself: in pages by Icon.astro and on the
// map by canvas (Path2D), so a theme looks the same everywhere and no icon font is needed.
export const ICON_PATHS = {
  walk: 'M13 4a2 2 0 1 0 0 .01M9 21l2-6 3 3v3M11 15l-1-5 4-2 2 4 3 1M10 10l-3 2v3',
  chat: 'M4 5h16v10H9l-5 4zM8 9h8M8 12h5',
  home: 'M3 11 12 4l9 7M5 10v10h14V10M10 20v-6h4v6',
  hands: 'M4 14l4-4 3 2 3-3 6 5M4 14l5 5h6l5-4M9 17l2 2',
  brain:
    'M9 4a3 3 0 0 0-3 3 3 3 0 0 0-2 5 3 3 0 0 0 2 5 3 3 0 0 0 6 1V5a2 2 0 0 0-3-1zM15 4a3 3 0 0 1 3 3 3 3 0 0 1 2 5 3 3 0 0 1-2 5 3 3 0 0 1-6 1',
  heart: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  book: 'M4 5a2 2 0 0 1 2-1h5v16H6a2 2 0 0 0-2 1zM20 5a2 2 0 0 0-2-1h-5v16h5a2 2 0 0 1 2 1z',
  device: 'M7 3h10v18H7zM11 18h2',
  food: 'M6 3v8a2 2 0 0 0 4 0V3M8 11v10M17 3c-2 2-2 6 0 8v10',
  health: 'M10 4h4v6h6v4h-6v6h-4v-6H4v-4h6z',
  house: 'M4 20V9l8-5 8 5v11zM9 20v-5h6v5M9 11h.01M15 11h.01',
  bus: 'M5 4h14v13H5zM5 11h14M8 17v3M16 17v3M8 14h.01M16 14h.01',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v6M12 7.5v.01',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2',
  pin: 'M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12zM12 7a2 2 0 1 0 0 4 2 2 0 0 0 0-4',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 2',
  euro: 'M17 6a7 7 0 1 0 0 12M5 10h8M5 14h8',
  check: 'M4 12l5 5L20 6',
  list: 'M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01',
  person: 'M12 4a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM5 20a7 7 0 0 1 14 0',
  ask: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17v.01',
} as const;
export type IconName = keyof typeof ICON_PATHS;

// Map marker shape per theme, so that no theme is told apart by colour alone. Its colour is
// --map-theme-<id> in src/styles/map-tokens.css.
export const THEME_MARKERS: Record<string, { shape: 'circle' | 'square' | 'diamond' | 'hexagon' }> = {
  liikunta: { shape: 'circle' },
  seura: { shape: 'square' },
  kotiapu: { shape: 'diamond' },
  vapaaehtoistyo: { shape: 'hexagon' },
  muisti: { shape: 'circle' },
  omaishoito: { shape: 'square' },
  kulttuuri: { shape: 'diamond' },
  digituki: { shape: 'hexagon' },
  ruoka: { shape: 'circle' },
  terveys: { shape: 'square' },
  asuminen: { shape: 'diamond' },
  liikkuminen: { shape: 'hexagon' },
  neuvonta: { shape: 'circle' },
};
