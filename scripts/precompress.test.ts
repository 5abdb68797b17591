import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompress } from './precompress';

const page = `<!doctype html><html lang="fi"><body>${Array.from({ length: 200 }, (_, i) => `<p>Tuolijumppa ${i} Runosmäen palvelutalossa.</p>`).join('')}</body></html>`;

describe('precompress', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pt-precompress-'));
    mkdirSync(join(root, 'palvelut/tuolijumppa'), { recursive: true });
    mkdirSync(join(root, 'tiles'));
    mkdirSync(join(root, 'pagefind/fragment'), { recursive: true });
    writeFileSync(join(root, 'palvelut/tuolijumppa/index.html'), page);
    writeFileSync(join(root, 'style.css'), 'body { font-size: 1.25rem; line-height: 1.6; }\n'.repeat(40));
    writeFileSync(
      join(root, 'data.json'),
      JSON.stringify(Array.from({ length: 100 }, (_, i) => ({ id: `palvelu-${i}`, theme: 'liikunta' }))),
    );
    writeFileSync(join(root, 'tiles/base.pmtiles'), Buffer.alloc(4096, 7));
    writeFileSync(join(root, 'pagefind/fragment/fi_1.pf_fragment'), Buffer.alloc(4096, 1));
    writeFileSync(join(root, 'robots.txt'), 'x');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes .gz and .br beside each text file, holding the same bytes', async () => {
    const r = await precompress(root);
    for (const file of ['palvelut/tuolijumppa/index.html', 'style.css', 'data.json']) {
      const original = readFileSync(join(root, file));
      expect(gunzipSync(readFileSync(join(root, `${file}.gz`)))).toEqual(original);
      expect(brotliDecompressSync(readFileSync(join(root, `${file}.br`)))).toEqual(original);
    }
    expect(r.files).toBe(4);
  });

  it('uses gzip’s best compression and brotli smaller than that', async () => {
    await precompress(root);
    const gz = readFileSync(join(root, 'palvelut/tuolijumppa/index.html.gz'));
    // The gzip header's XFL byte is 2 when the compressor used its slowest, smallest setting.
    expect(gz[8]).toBe(2);
    expect(readFileSync(join(root, 'palvelut/tuolijumppa/index.html.br')).length).toBeLessThan(gz.length);
  });

  it('leaves map archives and Pagefind’s own compressed files alone', async () => {
    await precompress(root);
    for (const file of ['tiles/base.pmtiles', 'pagefind/fragment/fi_1.pf_fragment']) {
      expect(existsSync(join(root, `${file}.gz`))).toBe(false);
      expect(existsSync(join(root, `${file}.br`))).toBe(false);
    }
  });

  it('writes no compressed file that would be larger than the file', async () => {
    await precompress(root);
    expect(existsSync(join(root, 'robots.txt.gz'))).toBe(false);
    expect(existsSync(join(root, 'robots.txt.br'))).toBe(false);
  });

  it('does not compress its own output when run twice', async () => {
    await precompress(root);
    const again = await precompress(root);
    expect(again.files).toBe(4);
    expect(existsSync(join(root, 'style.css.gz.gz'))).toBe(false);
    expect(existsSync(join(root, 'style.css.br.gz'))).toBe(false);
  });
});
