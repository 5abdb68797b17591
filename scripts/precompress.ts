// Writes a .gz (gzip level 9) and a .br (brotli quality 11) beside every text file of the
// built site, so that a server sends them compressed without compressing on each request:
// nginx with gzip_static and brotli_static (deploy/nginx/palvelutori.conf) and
// `npm run serve`. `npm run precompress`, after the build, when deploying: it is slow (brotli
// quality 11) and doubles the files, so the everyday build and the tests leave it out.
// Not the map's .pmtiles archives (read in byte ranges, which a compressed copy cannot
// answer) nor Pagefind's index files (already compressed by Pagefind).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export type PrecompressResult = { files: number; bytes: number; gzip: number; brotli: number; ms: number };

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** Compresses one file's siblings; a sibling no smaller than the file is not written (a server then sends the file). */
/** How hard to compress: the most for a deployment (the default); tests may ask for less. */
export type Effort = { gzipLevel: number; brotliQuality: number };
const BEST: Effort = { gzipLevel: 9, brotliQuality: 11 };

async function compressFile(path: string, totals: PrecompressResult, effort: Effort) {
  const data = await readFile(path);
  const [gz, br] = await Promise.all([
    gzipAsync(data, { level: effort.gzipLevel }),
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: effort.brotliQuality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  ]);
  totals.files++;
  totals.bytes += data.length;
  if (gz.length < data.length) {
    await writeFile(`${path}.gz`, gz);
    totals.gzip += gz.length;
  }
  if (br.length < data.length) {
    await writeFile(`${path}.br`, br);
    totals.brotli += br.length;
  }
}

export async function precompress(root: string, effort: Effort = BEST): Promise<PrecompressResult> {
  const started = Date.now();
  const totals: PrecompressResult = { files: 0, bytes: 0, gzip: 0, brotli: 0, ms: 0 };
  const queue: string[] = [];
  for await (const path of walk(resolve(root))) if (COMPRESSIBLE.has(extname(path))) queue.push(path);
  // Brotli at quality 11 is slow (about half a megabyte a second); zlib's thread pool runs
  // one file per core at a time.
  const workers = Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
    for (let path = queue.pop(); path; path = queue.pop()) await compressFile(path, totals, effort);
  });
  await Promise.all(workers);
  totals.ms = Date.now() - started;
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) {
    console.error(`No folder ${root}: run npm run build first.`);
    process.exit(1);
  }
  const r = await precompress(root);
  console.log(
    `Precompressed ${r.files} files (${(r.bytes / 1024).toFixed(0)} KB): gzip ${(r.gzip / 1024).toFixed(0)} KB, brotli ${(r.brotli / 1024).toFixed(0)} KB in ${r.ms} ms`,
  );
}
