// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { buildSearchIndex } from './scripts/search-index.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://palvelutori-turku.example',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External files only: the Content Security Policy allows no inline script.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
  integrations: [
    {
      name: 'palvelutori:search-index',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const { pages } = await buildSearchIndex(fileURLToPath(dir));
          logger.info(`Pagefind indexed ${pages} pages`);
        },
      },
    },
  ],
});
