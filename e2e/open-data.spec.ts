// The open data as a consumer fetches it from the built site: the package descriptor and every
// file it lists, each with a fitting type and the real content in it.
import { expect, test } from '@playwright/test';
import { content, mappable } from './content';

type Resource = {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  schema?: { fields: { name: string }[] };
};

test('/data/datapackage.json is served and every resource it lists is there', async ({ request }) => {
  const res = await request.get('/data/datapackage.json');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  const pkg = (await res.json()) as { resources: Resource[] };
  expect(pkg.resources.length).toBeGreaterThan(0);
  for (const r of pkg.resources) {
    const file = await request.get(new URL(r.path, 'http://x/data/').pathname);
    expect(file.status(), r.path).toBe(200);
    expect(file.headers()['content-type'], r.path).toContain(r.mediatype);
    const body = await file.text();
    if (r.format === 'csv')
      expect(body.slice(0, body.indexOf('\r\n')), r.path).toBe(r.schema!.fields.map((f) => f.name).join(','));
    else expect(() => JSON.parse(body), r.path).not.toThrow();
  }
});

test('the JSON and GeoJSON hold the published listings', async ({ request }) => {
  const services = (await (await request.get('/data/hsds/services.json')).json()) as { name: string; status: string }[];
  expect(services).toHaveLength(content.services.length);
  expect(services.map((s) => s.name).sort()).toEqual(content.services.map((s) => s.title.fi).sort());
  const geo = (await (await request.get('/data/palvelut.geojson')).json()) as {
    type: string;
    features: { properties: { id: string; url_fi: string } }[];
  };
  expect(geo.type).toBe('FeatureCollection');
  expect(new Set(geo.features.map((f) => f.properties.id))).toEqual(new Set(mappable.map((s) => s.id)));
  // The page a feature links to exists on this site (the link is absolute to the configured site).
  const page = await request.get(new URL(geo.features[0].properties.url_fi).pathname);
  expect(page.status()).toBe(200);
});

test('/data/README.txt and the descriptor say the licence and how to credit it, and the footer links to it', async ({
  request,
  page,
}) => {
  const readme = await (await request.get('/data/README.txt')).text();
  expect(readme).toContain('CC BY 4.0');
  expect(readme).toContain('https://creativecommons.org/licenses/by/4.0/');
  const pkg = (await (await request.get('/data/datapackage.json')).json()) as {
    licenses: { name: string }[];
    resources: Resource[];
  };
  expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
  for (const r of pkg.resources) expect(readme, r.path).toContain(r.path);
  const geo = (await (await request.get('/data/palvelut.geojson')).json()) as { license: string };
  expect(geo.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  await page.goto('/en/');
  await page.getByRole('link', { name: 'Open data (CC BY 4.0)' }).click();
  await expect(page).toHaveURL(/\/data\/README\.txt$/);
});
