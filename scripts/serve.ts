// Serves the built site (dist/) on localhost, as a static host would: directory URLs get
// index.html, unknown paths get 404.html with status 404, and byte ranges work (the map
// reads PMTiles archives with HTTP Range requests). Text is sent compressed when the browser
// asks, as nginx does with deploy/nginx/palvelutori.conf: the .br or .gz file the build wrote
// beside it (scripts/precompress.ts), or else compressed on the way. Archives and byte ranges
// are never compressed (a range counts bytes of the file itself). Framing is refused except for
// the embeddable list (src/lib/security.ts), as a production server must do too.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { framingHeaders } from '../src/lib/security';
import { COMPRESSIBLE } from './precompress';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pmtiles': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.yaml': 'text/yaml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
};

type Encoding = 'br' | 'gzip';

/** The encoding to send for an Accept-Encoding header: brotli before gzip, none for q=0. */
export function chooseEncoding(header: string | undefined): Encoding | undefined {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((x) => x.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gzip = Math.max(weight('gzip'), weights.get('x-gzip') ?? 0);
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : undefined;
}

/** The file the build compressed beforehand, unless the original has changed since. */
function precompressed(path: string, encoding: Encoding): string | undefined {
  const sibling = `${path}.${encoding === 'br' ? 'br' : 'gz'}`;
  if (!existsSync(sibling)) return undefined;
  return statSync(sibling).mtimeMs >= statSync(path).mtimeMs ? sibling : undefined;
}

export function serve(root: string, port: number): Promise<Server> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = normalize(join(base, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    let status = 200;
    if (!existsSync(path) || !statSync(path).isFile()) {
      status = 404;
      path = join(base, '404.html');
      if (!existsSync(path)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
        return;
      }
    }
    const size = statSync(path).size;
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const frame = framingHeaders(url.pathname);
    const send = (code: number, headers: Record<string, string | number>, body: () => Readable) => {
      res.writeHead(code, { ...headers, ...frame });
      if (req.method === 'HEAD') res.end();
      else pipeline(body(), res, () => undefined);
    };
    if (req.headers.range !== undefined && status === 200) {
      const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range);
      if (range && (range[1] || range[2])) {
        const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
        const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
        if (start >= size || start > end) {
          res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
          return;
        }
        send(
          206,
          {
            'Content-Type': type,
            'Accept-Ranges': 'bytes',
            'Content-Range': `bytes ${start}-${end}/${size}`,
            'Content-Length': end - start + 1,
          },
          () => createReadStream(path, { start, end }),
        );
        return;
      }
    }
    const compressible = COMPRESSIBLE.has(extname(path));
    const encoding =
      compressible && req.headers.range === undefined ? chooseEncoding(req.headers['accept-encoding']) : undefined;
    if (encoding) {
      const headers = { 'Content-Type': type, 'Content-Encoding': encoding, Vary: 'Accept-Encoding' };
      const ready = precompressed(path, encoding);
      if (ready) send(status, { ...headers, 'Content-Length': statSync(ready).size }, () => createReadStream(ready));
      else {
        // Quick settings: this is a response being made, not a file kept for every reader.
        const compressor = () =>
          encoding === 'br'
            ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
            : createGzip({ level: 6 });
        send(status, headers, () => pipeline(createReadStream(path), compressor(), () => undefined));
      }
      return;
    }
    send(
      status,
      {
        'Content-Type': type,
        'Accept-Ranges': 'bytes',
        'Content-Length': size,
        ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      },
      () => createReadStream(path),
    );
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const root = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No built site in ${root}: run npm run build first.`);
    process.exit(1);
  }
  serve(root, port).then(() => console.log(`Palvelutori Turku: http://localhost:${port}/  (Ctrl+C stops)`));
}
