import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBody as decode, httpGet, type Reply } from './http-client';
import { precompress } from './precompress';
import { chooseEncoding, serve } from './serve';

const page = `<!doctype html><html lang="fi"><body>${'<p>Muistikahvila Runosmäessä joka tiistai.</p>'.repeat(300)}</body></html>`;
const notFound = `<!doctype html><html lang="fi"><body>${'<p>Sivua ei löytynyt.</p>'.repeat(100)}</body></html>`;
const css = 'main { font-size: 1.25rem; }\n'.repeat(200);
const tiles = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251));

describe('npm run serve', () => {
  let root: string;
  let server: Server;
  let port: number;

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> =>
    httpGet(port, path, headers, method);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'pt-serve-'));
    mkdirSync(join(root, 'kartta'));
    mkdirSync(join(root, 'tiles'));
    mkdirSync(join(root, '_astro'));
    writeFileSync(join(root, 'index.html'), page);
    writeFileSync(join(root, 'kartta/index.html'), page.replace('Muistikahvila', 'Kartta'));
    writeFileSync(join(root, '404.html'), notFound);
    writeFileSync(join(root, 'tiles/services.pmtiles'), tiles);
    await precompress(root);
    // Written after precompressing: no .gz or .br beside it, so it is compressed on the way.
    writeFileSync(join(root, '_astro/site.css'), css);
    server = await serve(root, 0);
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends the brotli file the build wrote when the browser accepts brotli', async () => {
    const r = await get('/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(page.length / 5);
    expect(decode(r).toString()).toBe(page);
  });

  it('sends the gzip file to a browser that accepts only gzip', async () => {
    const r = await get('/kartta/', { 'Accept-Encoding': 'gzip' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(decode(r).toString()).toContain('Kartta');
  });

  it('sends the file itself, and says it could vary, when nothing is accepted', async () => {
    const r = await get('/', {});
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(page));
    expect(r.body.toString()).toBe(page);
  });

  it('compresses text on the way when the build wrote no compressed file', async () => {
    for (const enc of ['br', 'gzip']) {
      const r = await get('/_astro/site.css', { 'Accept-Encoding': enc });
      expect(r.headers['content-encoding']).toBe(enc);
      expect(r.headers.vary).toBe('Accept-Encoding');
      expect(r.body.length).toBeLessThan(css.length / 5);
      expect(decode(r).toString()).toBe(css);
    }
  });

  it('does not send a compressed file older than the file it was made from', async () => {
    const changed = page.replace('tiistai', 'keskiviikko');
    writeFileSync(join(root, 'index.html'), changed);
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'index.html'), future, future);
    try {
      const r = await get('/', { 'Accept-Encoding': 'br' });
      expect(r.headers['content-encoding']).toBe('br');
      expect(decode(r).toString()).toBe(changed);
    } finally {
      writeFileSync(join(root, 'index.html'), page);
      const past = new Date(Date.now() - 60_000);
      utimesSync(join(root, 'index.html'), past, past);
    }
  });

  it('never compresses a map archive, and answers its byte ranges', async () => {
    const whole = await get('/tiles/services.pmtiles', { 'Accept-Encoding': 'gzip, br' });
    expect(whole.headers['content-encoding']).toBeUndefined();
    expect(whole.body).toEqual(tiles);
    const part = await get('/tiles/services.pmtiles', { 'Accept-Encoding': 'gzip, br', Range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.headers['content-range']).toBe(`bytes 100-199/${tiles.length}`);
    expect(part.body).toEqual(tiles.subarray(100, 200));
    const tail = await get('/tiles/services.pmtiles', { Range: 'bytes=-16' });
    expect(tail.body).toEqual(tiles.subarray(tiles.length - 16));
    expect((await get('/tiles/services.pmtiles', { Range: `bytes=${tiles.length}-` })).status).toBe(416);
  });

  it('answers a byte range of a page with the page’s own bytes, not compressed ones', async () => {
    const r = await get('/', { 'Accept-Encoding': 'br, gzip', Range: 'bytes=0-14' });
    expect(r.status).toBe(206);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toBe('<!doctype html>');
  });

  it('answers an unknown address with the 404 page and status 404, compressed when asked', async () => {
    const r = await get('/ei-ole/', { 'Accept-Encoding': 'gzip' });
    expect(r.status).toBe(404);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(decode(r).toString()).toBe(notFound);
  });

  it('redirects a folder address to its trailing-slash form', async () => {
    const r = await get('/kartta?x=1');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/kartta/?x=1');
  });

  it('sends headers only for HEAD', async () => {
    const r = await get('/', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(r.headers['content-encoding']).toBe('br');
    expect(Number(r.headers['content-length'])).toBeGreaterThan(0);
    expect(r.body.length).toBe(0);
  });
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1.0, br;q=0.5', 'gzip'],
    ['gzip;q=0, br;q=0', undefined],
    ['identity', undefined],
    ['*', 'br'],
    ['*, br;q=0', 'gzip'],
    ['', undefined],
  ])('"%s" → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
  it('sends nothing compressed without the header', () => {
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});
