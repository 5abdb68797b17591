// Runs the Astro CLI. Astro 6.0.x declares Node ^20.19.1 || >=22.12.0 in its package.json, but
// its bin/astro.mjs refuses anything below 22.12 before starting. The machines we build on
// have Node 20.20, which the package itself supports, so we start the CLI directly.
// Telemetry stays off: the build makes no network requests.
// `npm run build` gives it a 1.5 GB heap (package.json): at 10,000 listings no more than 750 MB
// is ever live, but V8 on a large machine lets the heap reach 1.5 GB between collections, and
// the whole build must stay under 2 GB (bench:scale). A larger catalogue may need more.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Vite's module runner, which loads astro.config.mjs, gives `import.meta.resolve` to the files
// it runs. Where Node lacks the in-thread `module.registerHooks` (Node < 22.15) it falls back to
// `module.register`, which starts a loader thread for the rest of the process: every later
// `import()` then waits for a message from that thread, and Astro makes three per page it
// renders. At 3,000 listings that was a fifth of the page generation (84 s instead of 102 s).
// No file we run through Vite calls `import.meta.resolve`; without `register`, Vite uses its
// own resolve, which says plainly that it is not supported if one ever does.
const { Module } = await import('node:module');
if (!Module.registerHooks) Module.register = undefined;

const { cli } = await import(new URL('../node_modules/astro/dist/cli/index.js', import.meta.url).href);
await cli(process.argv);
