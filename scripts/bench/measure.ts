// Shared bits for the benchmarks: the real content, a built site served locally, and the
// bytes a headless Chromium downloads (counted as gzip, as a static host would send them).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../ensure-browser';
import { serve } from '../serve';

export function ensureBuilt(dist = 'dist') {
  if (!existsSync(`${dist}/index.html`)) execSync('npm run build', { stdio: 'inherit' });
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Bytes per URL; `settled()` waits for the bodies still being read, so nothing is missed. */
export type Downloads = Map<string, number> & { settled(): Promise<void> };

export async function withBrowser<T>(
  root: string,
  port: number,
  run: (page: Page, base: string, downloads: Downloads) => Promise<T>,
): Promise<T> {
  const server = await serve(root, port);
  const executablePath = findChromium();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const reading = new Set<Promise<void>>();
    const downloads = Object.assign(new Map<string, number>(), {
      settled: async () => {
        while (reading.size) await Promise.all(reading);
      },
    });
    page.on('response', (res) => {
      // MapLibre starts its worker from a blob: URL made in memory: not a download.
      if (!/^https?:/.test(res.url())) return;
      const read = res.body().then(
        (body) => {
          // Range responses of one archive add up; everything else counts once, gzipped.
          const key = res.url();
          const size = res.status() === 206 ? body.length : gzipSync(body, { level: 9 }).length;
          downloads.set(key, (downloads.get(key) ?? 0) + size);
        },
        () => undefined, // redirects have no body
      );
      reading.add(read);
      read.finally(() => reading.delete(read));
    });
    return await run(page, `http://127.0.0.1:${port}`, downloads);
  } finally {
    await browser.close();
    server.close();
  }
}
