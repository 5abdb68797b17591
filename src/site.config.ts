// Settings a deployer may change. Environment variables win over the defaults here.
const env = (import.meta as { env?: Record<string, string | undefined> }).env ?? {};

export const site = {
  name: 'Palvelutori Turku',
  /** The repository where listings are edited: used for "tell us" links and the submission form. */
  repository: env.PUBLIC_REPOSITORY_URL ?? 'https://github.com/palvelutori-turku/palvelutori',
  /** The branch pull requests go to. */
  branch: env.PUBLIC_REPOSITORY_BRANCH ?? 'main',
};
