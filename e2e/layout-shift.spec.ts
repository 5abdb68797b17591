// Nothing moves once the page is drawn: scripts that add buttons (quick find, display
// settings, the shortlist, listen) must find their place already kept. Measured with the
// browser's own layout-shift entries, as Lighthouse's CLS is, on a 375 px phone.
import { expect, test } from '@playwright/test';
import { live } from './content';

const PAGES = { home: '/', service: `/palvelut/${live[0].id}/`, search: '/haku/?q=jumppa', map: '/kartta/' };

test.use({ viewport: { width: 375, height: 667 } });

for (const [name, path] of Object.entries(PAGES)) {
  test(`the ${name} page does not shift while it loads (CLS ≤ 0.02)`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number; __shifts: string[] };
      w.__cls = 0;
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node }[];
        })[]) {
          if (e.hadRecentInput) continue;
          w.__cls += e.value;
          w.__shifts.push(
            `${e.value.toFixed(4)} ${(e.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : s.node?.nodeName)).join(' | ')}`,
          );
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Voices for "listen" and late scripts get a moment to arrive.
    await page.waitForTimeout(1500);
    const { cls, shifts } = await page.evaluate(() => {
      const w = window as unknown as { __cls: number; __shifts: string[] };
      return { cls: w.__cls, shifts: w.__shifts };
    });
    expect(cls, shifts.join('\n')).toBeLessThanOrEqual(0.02);
  });
}
