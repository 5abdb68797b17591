// Runs the Astro CLI. Astro 6.0.x declares Node ^20.19.1 || >=22.12.0 in its package.json, but
// its bin/astro.mjs refuses anything below 22.12 before starting. The machines we build on
// have Node 20.20, which the package itself supports, so we start the CLI directly.
// Telemetry stays off: the build makes no network requests.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { cli } = await import(new URL('../node_modules/astro/dist/cli/index.js', import.meta.url).href);
await cli(process.argv);
