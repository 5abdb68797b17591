// Settings a deployer may change. Environment variables win over the defaults here.
const env = (import.meta as { env?: Record<string, string | undefined> }).env ?? {};

export const site = {
  name: 'Palvelutori Turku',
  /** The repository where listings are edited: used for "tell us" links and the submission form. */
  repository: env.PUBLIC_REPOSITORY_URL ?? 'https://github.com/palvelutori-turku/palvelutori',
  /** The branch pull requests go to. */
  branch: env.PUBLIC_REPOSITORY_BRANCH ?? 'main',
};

/**
 * Optional street basemap: a Protomaps-style PMTiles extract of Turku (made with
 * `pmtiles extract`), served by the deployer, and the URL template of the fonts its labels
 * use. Without them the map draws its own land, water and districts.
 */
export const mapConfig = {
  basemap: env.PUBLIC_BASEMAP_URL || undefined,
  glyphs: env.PUBLIC_MAP_GLYPHS || undefined,
};
