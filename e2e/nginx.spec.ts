// The city's server: Debian's nginx with deploy/nginx/palvelutori.conf, the file docs/deployment.md
// tells the city to use (only its port and folder changed here), serving the built dist/.
// nginx runs in the foreground with its own temporary prefix, pid file and logs; the
// system's nginx service is neither used nor touched.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { decodeBody as decode, httpGet, type Reply } from '../scripts/http-client';
import { precompress } from '../scripts/precompress';
import { FRAMABLE_PATHS, framingHeaders } from '../src/lib/security';

const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const CONF = join(import.meta.dirname, '../deploy/nginx/palvelutori.conf');
const DIST = join(import.meta.dirname, '../dist');
const brotli = existsSync(BROTLI_MODULE);

test.skip(
  !existsSync(NGINX),
  `Debian's nginx is not installed (${NGINX} is missing): apt-get install -y nginx libnginx-mod-http-brotli-static (.ci/run does)`,
);
// One nginx for the file, started once in the worker that runs it.
test.describe.configure({ mode: 'default' });

/** The configuration in docs/deployment.md with this machine's port and folder in place of the city's. */
function siteConf(port: number): string {
  let conf = readFileSync(CONF, 'utf8');
  const swap = (from: RegExp, to: string) => {
    if (!from.test(conf))
      throw new Error(`deploy/nginx/palvelutori.conf no longer has ${from}: update e2e/nginx.spec.ts to match`);
    conf = conf.replace(from, to);
  };
  swap(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
  swap(/^\s*listen \[::\]:80;\n/m, '');
  swap(/^(\s*)root \/var\/www\/palvelutori;$/m, `$1root "${DIST}";`);
  // Without the module nginx would refuse the directive; the brotli test then says it skipped.
  if (!brotli) conf = conf.replace(/^\s*brotli_static \w+;$/gm, '');
  return conf;
}

/** What Debian's /etc/nginx/nginx.conf sets around a site, with every path in `dir`. */
function mainConf(dir: string): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
${brotli ? `load_module ${BROTLI_MODULE};` : ''}
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  gzip on;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/palvelutori.conf;
}
`;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

let port = 0;
let dir = '';
let nginx: ChildProcess | undefined;

const get = (path: string, headers: Record<string, string> = {}): Promise<Reply> => httpGet(port, path, headers);

const directives = (csp: string) =>
  csp
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .sort();

test.beforeAll(async () => {
  if (!existsSync(NGINX)) return;
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No built site in dist/: run npm run build first.');
  // As the deploy steps in docs/deployment.md do after the build, with quick settings: the test checks that
  // nginx sends the files, not how small they are (quality 11 takes a minute on two cores).
  test.setTimeout(180_000);
  if (!existsSync(join(DIST, 'index.html.gz'))) await precompress(DIST, { gzipLevel: 6, brotliQuality: 5 });
  dir = mkdtempSync(join(tmpdir(), 'pt-nginx-'));
  port = await freePort();
  writeFileSync(join(dir, 'palvelutori.conf'), siteConf(port));
  writeFileSync(join(dir, 'nginx.conf'), mainConf(dir));
  const log: string[] = [];
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nginx.stdout?.on('data', (d) => log.push(String(d)));
  nginx.stderr?.on('data', (d) => log.push(String(d)));
  const exited = new Promise<never>((_, fail) =>
    nginx?.on('exit', (code) => fail(new Error(`nginx stopped (${code}): ${log.join('')}`))),
  );
  const ready = (async () => {
    for (let i = 0; i < 100; i++) {
      try {
        return await get('/');
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`nginx did not answer on port ${port}: ${log.join('')}`);
  })();
  await Promise.race([ready, exited]);
});

test.afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const done = new Promise((r) => nginx?.once('exit', r));
    nginx.kill('SIGTERM');
    await done;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('nginx sends the security headers, and the pages’ own Content-Security-Policy as a header', async () => {
  const home = await get('/');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(decode(home).toString())?.[1];
  expect(meta, 'the page carries its policy in a meta element').toBeTruthy();
  const policy = meta!
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  for (const r of [home, await get('/ei-ole/')]) {
    expect(directives(String(r.headers['content-security-policy']))).toEqual(
      directives(`${policy}; frame-ancestors 'none'`),
    );
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(r.headers['permissions-policy']).toContain('geolocation=(self)');
    expect(r.headers.server).toBe('nginx');
  }
});

test('nginx lets other sites frame only the embeddable list, as src/lib/security.ts says', async () => {
  for (const path of FRAMABLE_PATHS) {
    const r = await get(path);
    expect(r.status, path).toBe(200);
    expect(String(r.headers['content-security-policy'])).toContain('frame-ancestors *');
    expect(r.headers['x-frame-options'], path).toBeUndefined();
    expect(framingHeaders(path)['X-Frame-Options']).toBeUndefined();
  }
  for (const path of ['/', '/upotus/ohje/', '/sv/kartta/']) {
    expect(String((await get(path)).headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(framingHeaders(path)['Content-Security-Policy']).toBe("frame-ancestors 'none'");
  }
});

test('nginx keeps hashed assets for a year and has pages checked on every visit', async () => {
  const asset = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.js'));
  expect(asset).toBeTruthy();
  const a = await get(`/_astro/${asset}`);
  expect(a.status).toBe(200);
  expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const path of ['/', '/kartta/', '/tiles/services.pmtiles'])
    expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
});

test('nginx sends the gzip file the build wrote when asked', async () => {
  const r = await get('/', { 'Accept-Encoding': 'gzip' });
  expect(r.headers['content-encoding']).toBe('gzip');
  expect(r.headers.vary).toBe('Accept-Encoding');
  expect(Number(r.headers['content-length'])).toBe(readFileSync(join(DIST, 'index.html.gz')).length);
  expect(decode(r)).toEqual(readFileSync(join(DIST, 'index.html')));
});

test('nginx sends the brotli file the build wrote when asked', async () => {
  test.skip(!brotli, `libnginx-mod-http-brotli-static is not installed (${BROTLI_MODULE}): gzip only`);
  const r = await get('/', { 'Accept-Encoding': 'gzip, deflate, br' });
  expect(r.headers['content-encoding']).toBe('br');
  expect(r.headers.vary).toBe('Accept-Encoding');
  expect(Number(r.headers['content-length'])).toBe(readFileSync(join(DIST, 'index.html.br')).length);
  expect(decode(r)).toEqual(readFileSync(join(DIST, 'index.html')));
});

test('nginx answers byte ranges of the map archives, never compressed', async () => {
  const file = readFileSync(join(DIST, 'tiles/services.pmtiles'));
  const r = await get('/tiles/services.pmtiles', { 'Accept-Encoding': 'gzip, deflate, br', Range: 'bytes=0-126' });
  expect(r.status).toBe(206);
  expect(r.headers['content-encoding']).toBeUndefined();
  expect(r.headers['content-range']).toBe(`bytes 0-126/${file.length}`);
  expect(r.body).toEqual(file.subarray(0, 127));
  const whole = await get('/tiles/base.pmtiles', { 'Accept-Encoding': 'gzip, br' });
  expect(whole.headers['content-encoding']).toBeUndefined();
  expect(whole.body.length).toBe(readFileSync(join(DIST, 'tiles/base.pmtiles')).length);
});

test('nginx answers an unknown address with the 404 page and status 404, and folders with a trailing slash', async () => {
  const missing = await get('/ei-ole-tallaista/');
  expect(missing.status).toBe(404);
  expect(missing.body).toEqual(readFileSync(join(DIST, '404.html')));
  const bare = await get('/kartta');
  expect(bare.status).toBe(301);
  expect(bare.headers.location).toBe('/kartta/');
  expect((await get('/kartta/')).status).toBe(200);
  expect((await get('/sv/kartta/')).status).toBe(200);
});

test('the map draws when nginx serves the site', async ({ page }) => {
  const errors: string[] = [];
  const tiles: number[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.url().endsWith('.pmtiles') && tiles.push(r.status()));
  await page.goto(`http://127.0.0.1:${port}/kartta/`);
  await page.locator('#map .map-canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('#map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await page.waitForFunction(() =>
    (
      document.querySelector('#map') as unknown as { ptMap: { map: { areTilesLoaded(): boolean } } }
    ).ptMap.map.areTilesLoaded(),
  );
  await expect(page.locator('#map canvas')).toBeVisible();
  // Tiles loaded is not yet drawn: the symbols come a frame or more later, so wait for them.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (
            document.querySelector('#map') as unknown as {
              ptMap: { map: { queryRenderedFeatures(o: object): unknown[] } };
            }
          ).ptMap.map.queryRenderedFeatures({ layers: ['services-clusters', 'services-areas', 'services-points'] })
            .length,
      ),
    )
    .toBeGreaterThan(0);
  expect(tiles.length).toBeGreaterThan(0);
  expect(tiles.every((s) => s === 206)).toBe(true);
  expect(errors).toEqual([]);
});
