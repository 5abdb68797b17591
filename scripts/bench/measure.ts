// Shared bits for the benchmarks: the real content, a built site served locally, and the
// bytes a headless Chromium downloads (counted as gzip, as a static host would send them).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
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

/** What a response costs: a range of an archive as it is, anything else gzipped, as a static host sends it. */
const sent = (res: Response, body: Buffer) =>
  res.status() === 206 ? body.length : gzipSync(body, { level: 9 }).length;

/**
 * What a fresh browser (nothing cached) fetches to open a page: requests, and bytes as sent.
 * `ready` waits for what the page shows after it has loaded (search results, a drawn map).
 */
export async function firstLoad(
  browser: Browser,
  url: string,
  ready?: (page: Page) => Promise<void>,
): Promise<{ bytes: number; requests: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    const reading: Promise<void>[] = [];
    page.on('response', (res) => {
      // MapLibre starts its worker from a blob: URL made in memory: not a download.
      if (!/^https?:/.test(res.url())) return;
      requests++;
      reading.push(
        res.body().then(
          (body) => void (bytes += sent(res, body)),
          () => undefined, // redirects have no body
        ),
      );
    });
    await page.goto(url);
    await ready?.(page);
    await page.waitForLoadState('networkidle');
    await Promise.all(reading);
    return { bytes, requests };
  } finally {
    await context.close();
  }
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
          // Range responses of one archive add up; everything else counts once.
          const key = res.url();
          downloads.set(key, (downloads.get(key) ?? 0) + sent(res, body));
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
