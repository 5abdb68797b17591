// @ts-check
import { defineConfig } from 'astro/config';

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
});
