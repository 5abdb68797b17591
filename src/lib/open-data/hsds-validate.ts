// Checks the export against the official HSDS 3.0 JSON Schemas (hsds-3.0/), as the build does
// before it writes a file, and names the listing file and field behind each refused value.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import accessibility from './hsds-3.0/accessibility.json';
import address from './hsds-3.0/address.json';
import attribute from './hsds-3.0/attribute.json';
import contact from './hsds-3.0/contact.json';
import costOption from './hsds-3.0/cost_option.json';
import funding from './hsds-3.0/funding.json';
import language from './hsds-3.0/language.json';
import location from './hsds-3.0/location.json';
import metadata from './hsds-3.0/metadata.json';
import organization from './hsds-3.0/organization.json';
import organizationIdentifier from './hsds-3.0/organization_identifier.json';
import phone from './hsds-3.0/phone.json';
import program from './hsds-3.0/program.json';
import requiredDocument from './hsds-3.0/required_document.json';
import schedule from './hsds-3.0/schedule.json';
import service from './hsds-3.0/service.json';
import serviceArea from './hsds-3.0/service_area.json';
import serviceAtLocation from './hsds-3.0/service_at_location.json';
import taxonomy from './hsds-3.0/taxonomy.json';
import taxonomyTerm from './hsds-3.0/taxonomy_term.json';
import { foreignKeysOf, JSON_DOCUMENTS } from './datapackage';
import { TABLES, type Hsds, type Origin, type Table } from './hsds';

// Each schema under its own file name, so that their $refs ("phone.json") find each other.
const SCHEMAS: Record<string, object> = {
  'accessibility.json': accessibility,
  'address.json': address,
  'attribute.json': attribute,
  'contact.json': contact,
  'cost_option.json': costOption,
  'funding.json': funding,
  'language.json': language,
  'location.json': location,
  'metadata.json': metadata,
  'organization.json': organization,
  'organization_identifier.json': organizationIdentifier,
  'phone.json': phone,
  'program.json': program,
  'required_document.json': requiredDocument,
  'schedule.json': schedule,
  'service.json': service,
  'service_area.json': serviceArea,
  'service_at_location.json': serviceAtLocation,
  'taxonomy.json': taxonomy,
  'taxonomy_term.json': taxonomyTerm,
};

// The CommonJS default export arrives wrapped or not, depending on who loads it (Vite, Node).
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

let ajv: Ajv2020 | undefined;
function validator(file: string) {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    // HSDS's own annotation keywords; strict mode refuses unknown keywords otherwise.
    ajv.addVocabulary([
      'constraints',
      'core',
      'datapackage_metadata',
      'datapackage_type',
      'example',
      'name',
      'path',
      'tabular_required',
    ]);
    for (const [name, schema] of Object.entries(SCHEMAS)) ajv.addSchema(schema, name);
  }
  const v = ajv.getSchema(file);
  if (!v) throw new Error(`No HSDS schema ${file}`);
  return v;
}

export type ExportProblem = { file: string; field: string; record: string; message: string };

/** HSDS's field name behind an ajv error: the first step of its path, or the missing property. */
function hsdsField(e: ErrorObject): string {
  if (e.keyword === 'required') return String((e.params as { missingProperty: string }).missingProperty);
  return e.instancePath.split('/')[1] ?? '';
}
function explain(e: ErrorObject): string {
  const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues;
  return `${e.instancePath || '/'} ${e.message ?? e.keyword}${allowed ? ` (${allowed.join(', ')})` : ''}`;
}
const contentField = (o: Origin, f: string) => o.fields?.[f] ?? o.path;

/** Every problem in the export: schema errors, required tabular keys, duplicate ids, broken references. */
export function hsdsProblems(h: Hsds): ExportProblem[] {
  const out: ExportProblem[] = [];
  const ids = Object.fromEntries(TABLES.map((t) => [t, new Set(h.tables[t].map((r) => r.id))])) as Record<
    Table,
    Set<string>
  >;
  for (const table of TABLES) {
    const schemaFile = `${table}.json`;
    const validate = validator(schemaFile);
    const tabularRequired = (SCHEMAS[schemaFile] as { tabular_required?: string[] }).tabular_required ?? [];
    const seen = new Set<string>();
    h.tables[table].forEach((r, i) => {
      const origin = h.origins[table][i];
      const record = `${table} ${r.id}`;
      const problem = (hsdsName: string, message: string) =>
        out.push({
          file: origin.file,
          field: contentField(origin, hsdsName),
          record,
          message: `HSDS ${table}.${hsdsName || '(record)'}: ${message}`,
        });
      if (!validate(r)) for (const e of validate.errors ?? []) problem(hsdsField(e), explain(e));
      // In the tabular form these keys are what ties a row to its parent: HSDS requires them there.
      for (const k of tabularRequired) if (r[k] === undefined) problem(k, `/${k} is required in the tabular form`);
      if (seen.has(r.id)) problem('id', `/id ${r.id} appears twice`);
      seen.add(r.id);
      for (const fk of foreignKeysOf(table)) {
        const v = r[fk.fields];
        if (v !== undefined && !ids[fk.reference.resource as Table].has(String(v)))
          problem(fk.fields, `/${fk.fields} refers to no ${fk.reference.resource}`);
      }
    });
  }
  h.sources.forEach((r) => {
    if (!ids.service.has(String(r.service_id)))
      out.push({
        file: '/data/sources.csv',
        field: 'service_id',
        record: `source ${r.id}`,
        message: 'refers to no service',
      });
  });
  // The nested documents are made from the rows above: once those are sound, checking the
  // documents too catches a wrong nesting (before that, it would only repeat the same problems).
  if (out.length) return out;
  for (const [file, d] of Object.entries(JSON_DOCUMENTS)) {
    const validate = validator(d.schema);
    for (const doc of d.make(h)) {
      if (validate(doc)) continue;
      for (const e of validate.errors ?? [])
        out.push({
          file: `/data/hsds/${file}`,
          field: e.instancePath,
          record: String(doc.id),
          message: `HSDS ${d.schema}: ${explain(e)}`,
        });
    }
  }
  return out;
}

/** For the build: the export, or an Error naming every listing file and field that cannot be exported. */
export function assertValidHsds(h: Hsds): Hsds {
  const problems = hsdsProblems(h);
  if (problems.length)
    throw new Error(
      `Avoimen datan vienti ei kelpaa HSDS 3.0 -muotoon: ${problems.length} virhettä / The open data export does not fit HSDS 3.0: ${problems.length} problems:\n` +
        problems
          .map((p) => `${p.file}: ${p.field || '(koko tietue / whole record)'}: ${p.message} [${p.record}]`)
          .join('\n') +
        '\nKorjaa kenttä tiedostossa ja aja npm run build uudelleen / Fix the field in the file and run npm run build again',
    );
  return h;
}
