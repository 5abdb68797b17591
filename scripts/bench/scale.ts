// npm run bench:scale [-- --listings 10000]: the whole site built twice, from the real content
// and from the real content plus N synthetic listings, each in a temporary copy of the project
// (content/ itself is never touched). Prints one table: build wall time, peak memory, pages,
// output size, and what a browser fetches to open each kind of page the first time: requests,
// and bytes (gzip). `--listings 0` builds the real content only: a quicker run (a minute or two).
// A benchmark that prints figures next to the targets; it does not pass or fail.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { stringify } from 'yaml';
import { loadValidContent } from '../../src/validation/fs';
import { findChromium } from '../ensure-browser';
import { serve } from '../serve';
import { firstLoad, kb } from './measure';
import { syntheticContent } from '../../src/lib/synthetic';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('listings', '10000'));
const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.cache', 'test-results', 'playwright-report']);

/** A copy of the project to build in; with `extra`, its listings are added to content/. */
function projectCopy(extra?: ReturnType<typeof syntheticContent>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pt-scale-'));
  for (const name of readdirSync(ROOT))
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  rmSync(join(dir, 'public/tiles'), { recursive: true, force: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  if (extra) {
    const real = new Set(loadValidContent(ROOT).services.map((s) => s.id));
    for (const p of extra.providers) writeFileSync(join(dir, 'content/providers', `${p.id}.yaml`), stringify(p));
    for (const s of extra.services)
      if (!real.has(s.id)) writeFileSync(join(dir, 'content/services', `${s.id}.yaml`), stringify(s));
  }
  return dir;
}

/** Resident set size of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // the process ended while we looked
    }
  }
  const walk = (p: number) => {
    total += rss.get(p) ?? 0;
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return total;
}

async function build(dir: string): Promise<{ seconds: number; peak: number }> {
  const t0 = performance.now();
  // `npm run build`, as a deployment runs it: Astro's build, then the search index.
  const child = spawn('npm', ['run', '-s', 'build'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (b) => (log += b));
  child.stderr.on('data', (b) => (log += b));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  const code = await new Promise<number>((ok) => child.on('close', (c) => ok(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build in ${dir} failed:\n${log.slice(-4000)}`);
  return { seconds: (performance.now() - t0) / 1000, peak };
}

function distFigures(dist: string) {
  let pages = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        bytes += statSync(p).size;
        if (e.name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dist);
  return { pages, bytes };
}

type Visit = { label: string; path: string; ready?: (page: import('@playwright/test').Page) => Promise<void> };

type Load = Awaited<ReturnType<typeof firstLoad>>;

/** What a fresh browser fetches to open each page (a new context each time: nothing cached). */
async function firstLoads(dist: string, port: number, visits: Visit[]): Promise<Map<string, Load>> {
  const server = await serve(dist, port);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const out = new Map<string, Load>();
  try {
    for (const v of visits) out.set(v.label, await firstLoad(browser, `http://127.0.0.1:${port}${v.path}`, v.ready));
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

const real = loadValidContent(ROOT);
// The theme with the most listings: its first page is full at either size.
const theme = [...real.themes].sort(
  (a, b) =>
    real.services.filter((s) => s.themes.includes(b.id)).length -
    real.services.filter((s) => s.themes.includes(a.id)).length,
)[0].id;
// The first live listing with a place on the map (its page shows a small map).
const withMap = real.services.find(
  (s) => s.status !== 'ended' && s.locations.some((l) => l.coordinates || l.district),
)!.id;
const visits: Visit[] = [
  { label: 'home', path: '/' },
  { label: 'a service', path: '/palvelut/seniorineuvonta-poiju-turku/' },
  // Its map starts only when scrolled near (src/client/map/lazy.ts): below the first screen here.
  { label: 'a service with a map', path: `/palvelut/${withMap}/` },
  { label: `a theme (${theme})`, path: `/teemat/${theme}/` },
  {
    label: 'map, drawn',
    path: '/kartta/',
    ready: async (page) => {
      await page.locator('#map .map-canvas').scrollIntoViewIfNeeded();
      await page.waitForSelector('#map[data-ready="true"]', { timeout: 60_000 });
      await page.waitForFunction(
        () =>
          (document.querySelector('#map') as unknown as { ptMap: { map: { loaded(): boolean } } }).ptMap.map.loaded(),
        undefined,
        { timeout: 60_000 },
      );
    },
  },
  {
    label: 'search with results',
    path: '/haku/?q=jumppa',
    ready: async (page) => void (await page.waitForSelector('#search-results li', { timeout: 60_000 })),
  },
  { label: 'empty shortlist', path: '/oma-lista/' },
  { label: 'organisers, first page', path: '/jarjestajat/' },
  // Its organiser picker holds every organiser: grows with their number, not the listings'.
  { label: 'listing form', path: '/lisaa-palvelu/' },
  {
    label: `embedded list, one theme (${theme})`,
    path: `/upotus/?teema=${theme}`,
    ready: async (page) =>
      void (await page.waitForFunction(() => /:/.test(document.querySelector('#embed-status')?.textContent ?? ''))),
  },
];

const runs: {
  label: string;
  seconds: number;
  peak: number;
  pages: number;
  bytes: number;
  loads: Map<string, Load>;
}[] = [];
// BENCH_PORT: two checkouts on one machine can run this side by side.
let port = Number(process.env.BENCH_PORT ?? 4381);
const sizes = [[`real (${real.services.length})`, undefined]] as [
  string,
  ReturnType<typeof syntheticContent> | undefined,
][];
if (N > 0) sizes.push([`${(real.services.length + N).toLocaleString('en')}`, syntheticContent(real, N)]);
for (const [label, extra] of sizes) {
  const dir = projectCopy(extra);
  console.error(`building ${label} in ${dir} …`);
  const b = await build(dir);
  const d = distFigures(join(dir, 'dist'));
  const loads = await firstLoads(join(dir, 'dist'), port++, visits);
  runs.push({ label, ...b, ...d, loads });
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}

const row = (name: string, cells: string[]) =>
  console.log(`${name.padEnd(34)}${cells.map((c) => c.padStart(14)).join('')}`);
row(
  'listings',
  runs.map((r) => r.label),
);
row(
  'build wall time',
  runs.map((r) => `${r.seconds.toFixed(0)} s`),
);
row(
  'peak RSS (build, all processes)',
  runs.map((r) => `${(r.peak / 2 ** 30).toFixed(2)} GB`),
);
row(
  'pages (.html)',
  runs.map((r) => r.pages.toLocaleString('en')),
);
row(
  'dist size',
  runs.map((r) => `${(r.bytes / 2 ** 20).toFixed(0)} MB`),
);
const change = (a: number, b: number) => `${b > a ? '+' : ''}${(((b - a) / a) * 100).toFixed(0)} %`;
for (const [title, figure, show] of [
  ['first load, gzip:', (l: Load) => l.bytes, kb],
  ['first load, requests:', (l: Load) => l.requests, String],
] as const) {
  console.log(title);
  for (const v of visits) {
    const [a, b] = runs.map((r) => figure(r.loads.get(v.label)!));
    row(`  ${v.label}`, [
      ...runs.map((r) => show(figure(r.loads.get(v.label)!))),
      ...(b === undefined ? [] : [change(a, b)]),
    ]);
  }
}
console.log(
  'targets at 10,000: build ≤ 180 s, peak RSS ≤ 2 GB, dist ≤ 500 MB, each page within 10 % of its real size, map drawn ≤ 350 KB; a service ≤ 8 requests and ≤ 12 KB',
);
