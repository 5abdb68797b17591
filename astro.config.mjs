// @ts-check
import { fileURLToPath } from 'node:url';
import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import { transformWithEsbuild } from 'vite';
import { buildMapTiles } from './scripts/map/build-tiles.ts';
import { writeSitemap } from './scripts/sitemap.ts';
import { plainDynamicImports, scriptChunks, styleChunks } from './scripts/bundles.ts';
import { loadValidContent, validationRuns } from './src/validation/fs.ts';

// Canonical addresses, hreflang links, the sitemap and calendar files use absolute URLs from here.
const site = process.env.SITE_URL ?? 'https://palvelutori-turku.example';

export default defineConfig({
  site,
  // Every link the site makes ends in a slash (src/lib/routes.ts) and the built pages are
  // folders; 'always' would also make `astro dev` refuse the JSON files the browser reads
  // (/haku/pikahaku.json, /oma-lista/tiedot/<id>.json). The build is byte for byte the same.
  trailingSlash: 'ignore',
  // Scoped styles mark every element of a component with a class (astro-xxxx; shorter than the
  // default data-astro-cid-xxxx="" attribute, with the same specificity). Those marks were a
  // fifth of every page. So the components on many pages (the header, footer, cards, a
  // service's page, the map) keep their styles in `<style is:global>`, each selector under the
  // component's own root class; the rest stay scoped.
  scopedStyleStrategy: 'class',
  build: {
    format: 'directory',
    // Pages rendered at once: while one page's file is written, the next is rendered. At 10,000
    // listings page generation took 136 s instead of 165 s, for 30 MB more memory at its peak;
    // 64 was 4 s faster again but passed 2 GB (`npm run build` at 10,000, one run each).
    concurrency: 16,
    // External files only: the Content Security Policy allows no inline script.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: [plainDynamicImports()],
    // Fewer, larger files: a service's page in 7 requests instead of 16 (scripts/bundles.ts).
    // The pages' build decides the style sheets, the browser's build the scripts.
    environments: {
      prerender: { build: { rollupOptions: { output: { manualChunks: styleChunks() } } } },
      client: { build: { rollupOptions: { output: { manualChunks: scriptChunks() } } } },
    },
  },
  devToolbar: { enabled: false },
  // Astro 6's queue-based renderer: at 3,000 listings it generated the same 11,251 files, byte
  // for byte, in 53 s instead of 67 s (bench:scale has the figures at 10,000).
  experimental: { queuedRendering: { enabled: true } },
  integrations: [
    {
      // Map tiles are built from content before the pages, into public/tiles/ (not committed),
      // so that `astro dev` serves them too. Invalid content stops here with every error listed.
      name: 'palvelutori:map-tiles',
      hooks: {
        'astro:config:setup': ({ command, logger }) => {
          if (command !== 'build' && command !== 'dev') return;
          for (const r of buildMapTiles(loadValidContent(), fileURLToPath(new URL('./public/tiles/', import.meta.url))))
            logger.info(`${r.name}: ${r.tiles} tiles, ${(r.bytes / 1024).toFixed(1)} KB in ${r.ms} ms`);
        },
        // One validation serves the collections and the tiles (src/validation/fs.ts).
        'astro:build:done': ({ logger }) =>
          logger.info(`Content read and validated ${validationRuns()} time(s) in this build`),
      },
    },
    {
      // The one script every page loads before its first paint (src/layouts/Base.astro) is
      // copied from public/ as written, comments and all; it is made as small as the bundled ones.
      name: 'palvelutori:minify-boot-script',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          const file = fileURLToPath(new URL('settings-boot.js', dir));
          const { code } = await transformWithEsbuild(await readFile(file, 'utf8'), file, { minify: true });
          await writeFile(file, code);
        },
      },
    },
    {
      // From the pages Astro built, so that no page type is forgotten.
      name: 'palvelutori:sitemap',
      hooks: {
        'astro:build:done': ({ dir, pages, logger }) => {
          const { pages: count, files } = writeSitemap(fileURLToPath(dir), pages, site, loadValidContent().services);
          logger.info(`sitemap.xml: ${count} pages${files > 1 ? `, an index of ${files - 1} files` : ''}`);
        },
      },
    },
  ],
});
