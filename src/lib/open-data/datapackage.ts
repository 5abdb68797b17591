// What is published under /data/ and the Frictionless Data Package that describes it. The CSV
// tables take their columns, types and keys from HSDS's own tabular package (hsds-3.0/), so the
// files are HSDS's tabular form; the JSON and GeoJSON files are listed as plain resources.
import hsdsPackage from './hsds-3.0/datapackage.json';
import { CREDIT, LICENCE } from './licence';
import { nestedOrganizations, nestedServices, nestedTaxonomyTerms, TABLES, type Hsds, type Table } from './hsds';

type Field = {
  name: string;
  type: string;
  format?: string;
  title?: string;
  description?: string;
  constraints?: Record<string, unknown>;
};
type ForeignKey = { fields: string; reference: { resource: string; fields: string } };
type Resource = {
  name: string;
  path: string;
  description: string;
  format: string;
  mediatype: string;
  profile: string;
  schema: { fields: Field[]; primaryKey: string; foreignKeys?: ForeignKey[] };
};

const upstream = new Map((hsdsPackage.resources as unknown as Resource[]).map((r) => [r.name, r]));
function hsdsResource(table: Table): Resource {
  const r = upstream.get(table);
  if (!r) throw new Error(`HSDS 3.0 has no table "${table}"`);
  return r;
}

/** The CSV's columns, in HSDS's order. */
export const columnsOf = (table: Table) => hsdsResource(table).schema.fields.map((f) => f.name);
/** File name of a table's CSV inside /data/hsds/, as HSDS names it (organizations.csv, service_at_location.csv…). */
export const csvFile = (table: Table) => hsdsResource(table).path;
/** Keys from a table to the tables it refers to, among those the export has. */
export const foreignKeysOf = (table: Table) =>
  (hsdsResource(table).schema.foreignKeys ?? []).filter((k) =>
    (TABLES as readonly string[]).includes(k.reference.resource),
  );

/** The nested JSON documents, by file name inside /data/hsds/. */
export const JSON_DOCUMENTS = {
  'services.json': {
    make: nestedServices,
    schema: 'service.json',
    description:
      'Palvelut HSDS:n sisäkkäisessä muodossa (kuten HSDS:n esimerkki service_full.json): järjestäjä, puhelimet, ajat, paikat, kielet, hinnat ja aiheet palvelun sisällä.',
  },
  'organizations.json': {
    make: nestedOrganizations,
    schema: 'organization.json',
    description: 'Järjestäjät HSDS:n sisäkkäisessä muodossa: puhelin, postiosoite ja Y-tunnus järjestäjän sisällä.',
  },
  'taxonomy_terms.json': {
    make: nestedTaxonomyTerms,
    schema: 'taxonomy_term.json',
    description: 'Aiheet HSDS:n luokituksena (taxonomy_term ja sen taxonomy).',
  },
} as const satisfies Record<
  string,
  { make: (h: Hsds) => Record<string, unknown>[]; schema: string; description: string }
>;
export type JsonDocument = keyof typeof JSON_DOCUMENTS;

export const GEOJSON_FILE = 'palvelut.geojson';
/** Not an HSDS table (HSDS has no place for a record's sources): beside the HSDS files, not among them. */
export const SOURCES_FILE = 'sources.csv';

const sourcesResource = {
  name: 'listing_source',
  path: SOURCES_FILE,
  description:
    "Lähteet: sivut, joilta kunkin palvelun tiedot ovat. Ei osa HSDS:ää. / The pages each service's facts come from (not part of HSDS).",
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  profile: 'tabular-data-resource',
  schema: {
    fields: [
      {
        name: 'id',
        type: 'string',
        format: 'uuid',
        description: 'Lähteen tunnus / The identifier of this row.',
        constraints: { required: true, unique: true },
      },
      {
        name: 'service_id',
        type: 'string',
        format: 'uuid',
        description: 'Palvelu (services.csv) / The service whose facts come from this page.',
        constraints: { required: true },
      },
      {
        name: 'url',
        type: 'string',
        format: 'uri',
        description:
          "Lähdesivun osoite; tyhjä, kun lähde on järjestäjän oma ilmoitus / The address of the source page; empty for the organiser's own notice.",
      },
      {
        name: 'title',
        type: 'string',
        description:
          'Lähdesivun nimi, tai oman ilmoituksen lähettäjä / The title of the source page, or who sent the own notice.',
      },
      {
        name: 'date',
        type: 'date',
        description: 'Lähdesivun päivämäärä / The date of the source page.',
        constraints: { required: true },
      },
      {
        name: 'date_estimated',
        type: 'boolean',
        description:
          'true: sivulla ei ole päivää, ja toimitus on arvioinut sen / true: the page carries no date and the editors estimated it.',
        constraints: { required: true },
      },
      {
        name: 'notice',
        type: 'boolean',
        description:
          "true: järjestäjän oma ilmoitus toimitukselle, jolla ei ole verkko-osoitetta / true: the organiser's own notice to the editors, which has no address.",
        constraints: { required: true },
      },
    ],
    primaryKey: 'id',
    foreignKeys: [{ fields: 'service_id', reference: { resource: 'service', fields: 'id' } }],
  },
};

// Only what Table Schema defines: HSDS's own annotations (example, core) stay in HSDS.
const field = ({ name, type, format, title, description, constraints }: Field): Field => ({
  name,
  type,
  format,
  title,
  description,
  constraints,
});

/** /data/datapackage.json. Paths are relative to it. */
export function dataPackage(site: string) {
  // Every table the export knows is published, even an empty one, so the file list never changes.
  const tables: readonly Table[] = TABLES;
  return {
    name: 'palvelutori-turku',
    title: 'Palvelutori Turku: palvelut yli 65-vuotiaille turkulaisille',
    description:
      'Palvelutori Turun palvelut, järjestäjät, paikat, ajat ja aiheet Open Referral Human Services Data Specification (HSDS) 3.0 -muodossa: ' +
      'taulukot CSV-tiedostoina (HSDS:n taulukkomuoto) ja samat tiedot sisäkkäisinä JSON-tiedostoina, sekä kartalla näkyvät paikat GeoJSON-tiedostona. ' +
      'Tekstit ovat suomeksi. Ajat ovat Turun paikallista aikaa (Europe/Helsinki). Päättyneet palvelut ovat mukana tilalla inactive. ' +
      'The services, providers, places, times and themes of Palvelutori Turku as Open Referral HSDS 3.0 (CSV tables and nested JSON) and the mapped places as GeoJSON. ' +
      'Texts are in Finnish; times are local Turku time (Europe/Helsinki); ended services are included with status inactive.',
    homepage: new URL('/', site).href,
    profile: 'data-package',
    licenses: [LICENCE],
    // Each listing's own sources are in sources.csv; the package as a whole comes from here.
    sources: [{ title: 'Palvelutori Turku', path: new URL('/', site).href }],
    contributors: [{ title: 'Palvelutori Turku', role: 'publisher' }],
    credit: CREDIT,
    keywords: ['Open Referral', 'HSDS', 'HSDS 3.0', 'Turku', 'ikääntyneet', 'palveluhakemisto'],
    resources: [
      ...tables.map((t) => {
        const r = hsdsResource(t);
        return {
          name: r.name,
          path: `hsds/${r.path}`,
          description: r.description,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          profile: 'tabular-data-resource',
          schema: {
            fields: r.schema.fields.map(field),
            primaryKey: r.schema.primaryKey,
            // A key to a table the export leaves out (program, funding…) would point nowhere.
            foreignKeys: (r.schema.foreignKeys ?? []).filter((k) => tables.includes(k.reference.resource as Table)),
          },
        };
      }),
      sourcesResource,
      ...Object.entries(JSON_DOCUMENTS).map(([file, d]) => ({
        name: `hsds-${file.replace('.json', '').replace(/_/g, '-')}-json`,
        path: `hsds/${file}`,
        description: d.description,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      })),
      {
        name: 'palvelut-geojson',
        path: GEOJSON_FILE,
        description:
          'Toimivien palvelujen paikat kartalla (WGS84). precision: "exact" on tarkka paikka, "district" vain kaupunginosan keskipiste. / The places of live services (WGS84); precision "district" marks a point that only stands for the district.',
        format: 'geojson',
        mediatype: 'application/geo+json',
        encoding: 'utf-8',
      },
    ],
  };
}
