// npm run bench:map: tile build time and archive sizes for the real content and for 10,000
// synthetic services, and what a browser downloads to show the first view of the full map.
import { cpSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadValidContent } from '../../src/validation/fs';
import { buildMapTiles } from '../map/build-tiles';
import { ensureBuilt, kb, withBrowser } from './measure';
import { syntheticContent } from '../../src/lib/synthetic';

const real = loadValidContent();
ensureBuilt();

async function firstView(root: string, port: number) {
  return withBrowser(root, port, async (page, base, downloads) => {
    await page.goto(`${base}/kartta/`);
    await page.locator('#map .map-canvas').scrollIntoViewIfNeeded();
    await page.waitForSelector('#map[data-ready="true"]', { timeout: 30_000 });
    await page.waitForFunction(() =>
      (
        document.querySelector('#map') as unknown as {
          ptMap: { map: { areTilesLoaded(): boolean; loaded(): boolean } };
        }
      ).ptMap.map.loaded(),
    );
    await page.waitForLoadState('networkidle');
    await downloads.settled();
    const groups = { js: 0, css: 0, tiles: 0, html: 0, other: 0 };
    for (const [u, b] of downloads) {
      const p = new URL(u).pathname;
      const k = p.endsWith('.js')
        ? 'js'
        : p.endsWith('.css')
          ? 'css'
          : p.endsWith('.pmtiles')
            ? 'tiles'
            : p.endsWith('/') || p.endsWith('.html')
              ? 'html'
              : 'other';
      groups[k] += b;
    }
    return groups;
  });
}

async function noMapCode(port: number) {
  return withBrowser('dist', port, async (page, base, downloads) => {
    const found: string[] = [];
    for (const path of ['/', '/palvelut/', '/teemat/liikunta/', '/haku/', '/jarjestajat/']) {
      downloads.clear();
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      await downloads.settled();
      // The home page has a map lower down: it must not load until scrolled to.
      const js = [...downloads.keys()].filter((u) => /maplibre|pmtiles|\/map\.[^/]*\.js$/.test(u)).length;
      found.push(`${path}: ${js} map scripts or tiles`);
    }
    return found;
  });
}

console.log('Tile build                 services   time       base.pmtiles   services.pmtiles');
const dirs: Record<string, string> = {};
for (const [label, content] of [
  ['real content', real],
  ['synthetic 10,000', syntheticContent(real, 10000)],
] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'pt-tiles-'));
  const t0 = performance.now();
  const reports = buildMapTiles(content, dir);
  const ms = performance.now() - t0;
  const size = (n: string) => reports.find((r) => r.name === n)!;
  console.log(
    `  ${label.padEnd(24)} ${String(content.services.length).padStart(8)}  ${(ms / 1000).toFixed(2).padStart(6)} s   ${kb(size('base.pmtiles').bytes).padStart(12)}   ${kb(size('services.pmtiles').bytes).padStart(12)} (${size('services.pmtiles').tiles} tiles)`,
  );
  dirs[label] = dir;
}
console.log('  target: ≤ 20 s for 10,000 services');

const synthetic = mkdtempSync(join(tmpdir(), 'pt-site-'));
cpSync('dist', synthetic, { recursive: true });
cpSync(join(dirs['synthetic 10,000'], 'services.pmtiles'), join(synthetic, 'tiles/services.pmtiles'));
console.log('\nFirst view of /kartta/ in headless Chromium (gzip)   JS        CSS       tiles     HTML      total');
for (const [label, root, port] of [
  ['real content', 'dist', 4391],
  ['synthetic 10,000 services', synthetic, 4392],
] as const) {
  const g = await firstView(root, port);
  const total = g.js + g.css + g.tiles + g.html + g.other;
  console.log(
    `  ${label.padEnd(48)} ${kb(g.js).padStart(9)} ${kb(g.css).padStart(9)} ${kb(g.tiles).padStart(9)} ${kb(g.html).padStart(9)} ${kb(total).padStart(9)}`,
  );
}
console.log('  target: ≤ 350 KB for the real content, MapLibre included');
console.log(
  `\nMap code loaded before a map is on screen (the home page has one further down): ${(await noMapCode(4393)).join('; ')}`,
);
console.log(`(services.pmtiles in dist: ${kb(statSync('dist/tiles/services.pmtiles').size)})`);
