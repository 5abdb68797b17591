// The open data as the build writes it under /data/: made once per build from the catalog,
// checked against HSDS 3.0 before any file is written. The endpoints in src/pages/data/ only
// pick their file from here.
import type { Catalog } from '../catalog';
import { toCsv } from './csv';
import { columnsOf, csvFile, dataPackage, JSON_DOCUMENTS, type JsonDocument } from './datapackage';
import { placesGeoJson } from './geojson';
import { SOURCE_COLUMNS, TABLES, toHsds, type Table } from './hsds';
import { assertValidHsds } from './hsds-validate';
import { dataReadme } from './licence';

export { TABLES, csvFile, JSON_DOCUMENTS, type JsonDocument, type Table };
export { GEOJSON_FILE, SOURCES_FILE } from './datapackage';

export type OpenData = ReturnType<typeof make>;
const made = new WeakMap<Catalog, Map<string, OpenData>>();

function make(c: Catalog, site: string) {
  const hsds = assertValidHsds(toHsds(c, site));
  return {
    hsds,
    csv: (table: Table) => toCsv(columnsOf(table), hsds.tables[table]),
    sourcesCsv: () => toCsv(SOURCE_COLUMNS, hsds.sources),
    json: (doc: JsonDocument) => JSON.stringify(JSON_DOCUMENTS[doc].make(hsds)),
    dataPackage: () => JSON.stringify(dataPackage(site), null, 1),
    readme: () => dataReadme(site, dataPackage(site).resources),
    geojson: () => JSON.stringify(placesGeoJson(c, site)),
  };
}

export function openData(c: Catalog, site: string): OpenData {
  const bySite = made.get(c) ?? new Map<string, OpenData>();
  made.set(c, bySite);
  if (!bySite.has(site)) bySite.set(site, make(c, site));
  return bySite.get(site)!;
}

/** The table a CSV file name stands for: "organizations" → organization. */
export const tableOfCsv = new Map(TABLES.map((t) => [csvFile(t).replace(/\.csv$/, ''), t]));

/** The site's address from the Astro config (`site`): every link in the data is absolute. */
export function siteOf(site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs has no `site`: the open data needs absolute links');
  return site.href;
}
