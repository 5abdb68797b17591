// A service page prints as one clean A4 page: no navigation, the phone number kept.
import { expect, test } from '@playwright/test';

test('service pages print on one A4 page without navigation', async ({ page, request }) => {
  const html = await (await request.get('/palvelut/')).text();
  const links = [...html.matchAll(/href="(\/palvelut\/[^"/]+\/)"/g)].map((m) => m[1]);
  // The longest pages are the hardest case: check the three with the most text.
  const sized = await Promise.all(
    links.map(async (l) => ({ l, n: (await (await request.get(l)).text()).replace(/<[^>]+>/g, '').length })),
  );
  for (const { l } of sized.sort((a, b) => b.n - a.n).slice(0, 3)) {
    await page.goto(l);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site')).toBeHidden();
    await expect(page.locator('footer.site')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, `${l} printed on ${pages.length} pages`).toBe(1);
  }
});
