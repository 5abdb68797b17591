// Settings a deployer may change. Environment variables win over the defaults here.
// Vite fills import.meta.env in the build; Node tools and the browser tests read process.env.
const env: Record<string, string | undefined> =
  (import.meta as { env?: Record<string, string | undefined> }).env ??
  (typeof process !== 'undefined' ? process.env : {});

export const site = {
  name: 'Palvelutori Turku',
  /** The repository where listings are edited: used for "tell us" links and the submission form. */
  repository: env.PUBLIC_REPOSITORY_URL ?? 'https://github.com/palvelutori-turku/palvelutori',
  /** The branch pull requests go to. */
  branch: env.PUBLIC_REPOSITORY_BRANCH ?? 'main',
  /**
   * Where "Report an error" e-mails and the listing form's "Send by e-mail" go. Unset by
   * default: the project publishes no address it does not read. Set PUBLIC_REPOSITORY_URL to ''
   * to leave out the GitHub links.
   */
  maintainerEmail: env.PUBLIC_MAINTAINER_EMAIL || undefined,
  /**
   * The listing of the city's advice line for older people. When it is live and has a phone
   * number, the footer and every empty result offer that number.
   */
  adviceLine: 'seniorineuvonta-poiju-turku',
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
