// The CSV files as a consumer reads them: parsed back and checked against the Table Schema the
// published datapackage.json gives for them (columns, required values, types, keys).
import { describe, expect, it } from 'vitest';
import { makeCatalog } from '../catalog';
import { loadValidContent } from '../../validation/fs';
import { toCsv } from './csv';
import { dataPackage, GEOJSON_FILE, JSON_DOCUMENTS, SOURCES_FILE } from './datapackage';
import hsdsPackage from './hsds-3.0/datapackage.json';
import { TABLES } from './hsds';
import { openData, tableOfCsv } from './index';

const SITE = 'https://palvelutori.example/';
const data = openData(makeCatalog(loadValidContent()), SITE);
const pkg = dataPackage(SITE);

/** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(cell), (cell = ''));
    else if (ch === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += ch;
  }
  expect(cell === '' && row.length === 0, 'the file ends with a line break').toBe(true);
  return rows;
}

const TYPE_CHECK: Record<string, (v: string, format?: string) => boolean> = {
  string: (v, format) =>
    format === 'uuid'
      ? /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v)
      : format === 'uri'
        ? /^https?:\/\/\S+$/.test(v) && new URL(v).href === v
        : format === 'email'
          ? /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)
          : true,
  number: (v) => v.trim() !== '' && Number.isFinite(Number(v)),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  // Frictionless' default time format is ISO 8601 with seconds.
  time: (v) => /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(v),
  boolean: (v) => v === 'true' || v === 'false',
};

type Field = { name: string; type: string; format?: string; constraints?: { required?: boolean; enum?: string[] } };
const csvResources = pkg.resources.filter((r) => r.format === 'csv') as {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey: string;
    foreignKeys: { fields: string; reference: { resource: string; fields: string } }[];
  };
}[];
const text = (path: string) =>
  path === SOURCES_FILE ? data.sourcesCsv() : data.csv(tableOfCsv.get(path.replace(/^hsds\/|\.csv$/g, ''))!);
const parsed = new Map(
  csvResources.map((r) => {
    const [header, ...rows] = parseCsv(text(r.path));
    return [r.name, { header, rows: rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]]))) }];
  }),
);

describe('/data/datapackage.json', () => {
  it('lists every HSDS table the export fills, the sources, the JSON documents and the GeoJSON, once each', () => {
    const paths = pkg.resources.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(paths.length);
    expect(paths).toEqual(
      expect.arrayContaining([
        ...TABLES.map((t) => `hsds/${hsdsPackage.resources.find((r) => r.name === t)!.path}`),
        SOURCES_FILE,
        GEOJSON_FILE,
        ...Object.keys(JSON_DOCUMENTS).map((f) => `hsds/${f}`),
      ]),
    );
    for (const r of pkg.resources) expect(r.path).toMatch(/^[a-z_/]+\.(csv|json|geojson)$/);
  });

  it("describes each HSDS table with HSDS's own columns, and keys only to tables it has", () => {
    for (const t of TABLES) {
      const ours = csvResources.find((r) => r.name === t)!;
      const theirs = hsdsPackage.resources.find((r) => r.name === t)!;
      expect(ours.schema.fields.map((f) => [f.name, f.type, f.format])).toEqual(
        theirs.schema.fields.map((f) => [f.name, f.type, (f as { format?: string }).format]),
      );
      for (const k of ours.schema.foreignKeys) expect(csvResources.map((r) => r.name)).toContain(k.reference.resource);
    }
  });
});

describe('the CSV files of the real content', () => {
  it.each(csvResources.map((r) => [r.path, r] as const))('%s fits its Table Schema', (_path, r) => {
    const { header, rows } = parsed.get(r.name)!;
    expect(header).toEqual(r.schema.fields.map((f) => f.name));
    const table = TABLES.find((t) => t === r.name);
    expect(rows).toHaveLength(table ? data.hsds.tables[table].length : data.hsds.sources.length);
    for (const row of rows) {
      for (const f of r.schema.fields) {
        const v = row[f.name];
        if (v === '') {
          expect(f.constraints?.required, `${r.path}: ${f.name} is required`).not.toBe(true);
          continue;
        }
        expect(
          TYPE_CHECK[f.type](v, f.format),
          `${r.path}: ${f.name} = ${JSON.stringify(v)} is not a ${f.type} ${f.format ?? ''}`,
        ).toBe(true);
        if (f.constraints?.enum) expect(f.constraints.enum).toContain(v);
      }
    }
    const keys = rows.map((row) => row[r.schema.primaryKey]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const fk of r.schema.foreignKeys) {
      const target = new Set(parsed.get(fk.reference.resource)!.rows.map((row) => row[fk.reference.fields]));
      for (const row of rows)
        if (row[fk.fields]) expect(target.has(row[fk.fields]), `${r.path}: ${fk.fields} ${row[fk.fields]}`).toBe(true);
    }
  });

  it('holds the real records: services with their status, schedules with their weekly times', () => {
    expect(
      parsed
        .get('service')!
        .rows.map((r) => r.status)
        .sort(),
    ).toEqual(data.hsds.tables.service.map((r) => String(r.status)).sort());
    expect(
      parsed
        .get('schedule')!
        .rows.filter((r) => r.freq === 'WEEKLY')
        .every((r) => r.byday && r.opens_at),
    ).toBe(true);
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and leaves a missing value empty', () => {
    const csv = toCsv(
      ['id', 'a', 'b'],
      [
        { id: '1', a: 'x, "y"', b: 2 },
        { id: '2', a: 'rivi\nrivi', b: undefined },
        { id: '3', a: ' reuna ' },
      ],
    );
    expect(csv).toBe('id,a,b\r\n1,"x, ""y""",2\r\n2,"rivi\nrivi",\r\n3," reuna ",\r\n');
    expect(parseCsv(csv)).toEqual([
      ['id', 'a', 'b'],
      ['1', 'x, "y"', '2'],
      ['2', 'rivi\nrivi', ''],
      ['3', ' reuna ', ''],
    ]);
  });
});
