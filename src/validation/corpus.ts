// Validates the whole content folder: each file against its schema, then what no single
// file can know (ids unique, file names match ids, references resolve).
import type { z } from 'zod';
import {
  districtSchema,
  majorDistrictSchema,
  plainText,
  providerSchema,
  serviceSchema,
  synonymSchema,
  themeSchema,
  type District,
  type MajorDistrict,
  type Msg,
  type Provider,
  type Service,
  type Synonym,
  type Theme,
} from '../schema';
import { closest, explainIssue, fieldPath, type Problem } from './problems';
import { parseYaml } from './yaml';
import { reachOf } from '../lib/reach';

export type SourceFile = { path: string; text: string };

export type Content = {
  providers: Provider[];
  services: Service[];
  themes: Theme[];
  districts: District[];
  majorDistricts: MajorDistrict[];
  synonyms: Synonym[];
  /** Long words the plain-language checker accepts (names of associations, for example). */
  plainWords: string[];
};

/** Where each kind of content lives, relative to the repository root. */
export const CONTENT_LAYOUT = {
  providers: { dir: 'content/providers/', schema: providerSchema },
  services: { dir: 'content/services/', schema: serviceSchema },
  themes: { file: 'content/themes.yaml', schema: themeSchema },
  districts: { file: 'content/districts.yaml', schema: districtSchema },
  majorDistricts: { file: 'content/major-districts.yaml', schema: majorDistrictSchema },
  synonyms: { file: 'content/synonyms.yaml', schema: synonymSchema },
  plainWords: { file: 'content/plain-language-allow.yaml', schema: plainText(60) },
} as const;

type Located<T> = {
  file: string;
  data: T;
  lineOf: (p: readonly PropertyKey[]) => number | undefined;
  prefix: PropertyKey[];
};

function parseWith<T>(
  schema: z.ZodType<T>,
  file: string,
  data: unknown,
  lineOf: Located<T>['lineOf'],
  prefix: PropertyKey[],
  problems: Problem[],
): Located<T> | undefined {
  const r = schema.safeParse(data);
  if (r.success) return { file, data: r.data, lineOf, prefix };
  for (const issue of r.error.issues) {
    const path = [...prefix, ...issue.path];
    problems.push({
      file,
      line: lineOf(path),
      field: fieldPath(issue.path),
      msg: explainIssue(issue, schema, data),
      severity: 'error',
    });
  }
  return undefined;
}

export type KnownIds = {
  providers: Iterable<string>;
  themes: Iterable<string>;
  districts: Iterable<string>;
  /** Each valid provider's general contact, when known: a listing may lean on it for its way to act. */
  contacts?: Record<string, Provider['contact'] | null>;
};

/** Reference checks for one service: shared by the corpus check and the submission form. */
export function serviceReferenceIssues(service: Service, known: KnownIds): { path: PropertyKey[]; msg: Msg }[] {
  const out: { path: PropertyKey[]; msg: Msg }[] = [];
  const providers = [...known.providers];
  const themes = [...known.themes];
  const districts = [...known.districts];
  if (!providers.includes(service.provider)) {
    const guess = closest(service.provider, providers);
    out.push({
      path: ['provider'],
      msg: {
        fi: `Palveluntuottajaa "${service.provider}" ei löydy`,
        en: `No provider "${service.provider}"`,
        fixFi: guess ? `tarkoititko "${guess}"?` : 'lisää ensin tuottajan tiedosto kansioon content/providers/',
        fixEn: guess ? `did you mean "${guess}"?` : 'first add the provider file to content/providers/',
      },
    });
  }
  service.themes.forEach((t, i) => {
    if (!themes.includes(t))
      out.push({
        path: ['themes', i],
        msg: {
          fi: `Tuntematon teema "${t}"`,
          en: `Unknown theme "${t}"`,
          fixFi: `kirjoita jokin näistä: ${themes.join(', ')}`,
          fixEn: `write one of: ${themes.join(', ')}`,
        },
      });
  });
  // A directory is only as good as the door it opens: a live listing must let a reader call,
  // write, open a page or walk in. A paused one still needs a way to ask when it resumes.
  if (
    known.contacts &&
    service.status !== 'ended' &&
    Object.hasOwn(known.contacts, service.provider) &&
    reachOf(service, { contact: known.contacts[service.provider] ?? undefined }).ways.length === 0
  )
    out.push({ path: ['contact'], msg: NO_WAY_TO_ACT(service.provider) });
  service.locations.forEach((l, i) => {
    if (l.district && !districts.includes(l.district)) {
      const guess = closest(l.district, districts);
      out.push({
        path: ['locations', i, 'district'],
        msg: {
          fi: `Tuntematon kaupunginosa "${l.district}"`,
          en: `Unknown district "${l.district}"`,
          fixFi: guess
            ? `tarkoititko "${guess}"? (kaikki: content/districts.yaml)`
            : 'katso tunnukset tiedostosta content/districts.yaml',
          fixEn: guess
            ? `did you mean "${guess}"? (all: content/districts.yaml)`
            : 'see the ids in content/districts.yaml',
        },
      });
    }
  });
  return out;
}

export const NO_WAY_TO_ACT = (provider: string): Msg => ({
  fi: 'Palvelusta ei voi ottaa yhteyttä: siinä ei ole puhelinta, sähköpostia, verkkosivua eikä osoitetta ja viikoittaista aikaa',
  en: 'The listing gives no way to act: no phone, e-mail, web page, nor an address with a weekly time',
  fixFi: `lisää contact: { phone: 02 123 4567 } (tai email / web) tähän tiedostoon tai järjestäjän tiedostoon content/providers/${provider}.yaml; drop-in-palvelulle riittää katuosoite (locations[].street) ja aika (schedule.weekly)`,
  fixEn: `add contact: { phone: 02 123 4567 } (or email / web) here or in the organiser's file content/providers/${provider}.yaml; for a drop-in service a street address (locations[].street) and a time (schedule.weekly) will do`,
});

function fileId(path: string): string {
  return path
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');
}

export function validateCorpus(files: SourceFile[]): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const content: Content = {
    providers: [],
    services: [],
    themes: [],
    districts: [],
    majorDistricts: [],
    synonyms: [],
    plainWords: [],
  };
  const located: { providers: Located<Provider>[]; services: Located<Service>[] } = { providers: [], services: [] };
  const seen = new Set<string>();

  const read = (f: SourceFile) => {
    const parsed = parseYaml(f.text);
    if (!parsed.ok) {
      problems.push({ file: f.path, line: parsed.line, field: '', msg: parsed.msg, severity: 'error' });
      return undefined;
    }
    return parsed;
  };

  for (const kind of ['providers', 'services'] as const) {
    const { dir, schema } = CONTENT_LAYOUT[kind];
    for (const f of files.filter((x) => x.path.startsWith(dir))) {
      seen.add(f.path);
      if (!/\.ya?ml$/.test(f.path)) {
        problems.push({
          file: f.path,
          field: '',
          msg: {
            fi: 'Tiedoston pitää olla YAML-tiedosto',
            en: 'The file must be a YAML file',
            fixFi: 'anna tiedostolle pääte .yaml',
            fixEn: 'give the file the extension .yaml',
          },
          severity: 'error',
        });
        continue;
      }
      const parsed = read(f);
      if (!parsed) continue;
      const one = parseWith(schema as z.ZodType<Provider | Service>, f.path, parsed.data, parsed.lineOf, [], problems);
      if (one) (located[kind] as Located<Provider | Service>[]).push(one);
    }
  }
  for (const kind of ['themes', 'districts', 'majorDistricts', 'synonyms', 'plainWords'] as const) {
    const { file, schema } = CONTENT_LAYOUT[kind];
    const f = files.find((x) => x.path === file);
    if (!f) {
      problems.push({
        file,
        field: '',
        msg: {
          fi: 'Tiedosto puuttuu',
          en: 'The file is missing',
          fixFi: 'palauta tiedosto',
          fixEn: 'restore the file',
        },
        severity: 'error',
      });
      continue;
    }
    seen.add(f.path);
    const parsed = read(f);
    if (!parsed) continue;
    if (!Array.isArray(parsed.data)) {
      problems.push({
        file,
        line: 1,
        field: '',
        msg: {
          fi: 'Tiedoston pitää olla lista',
          en: 'The file must be a list',
          fixFi: 'aloita jokainen kohta viivalla (-)',
          fixEn: 'start each entry with a dash (-)',
        },
        severity: 'error',
      });
      continue;
    }
    parsed.data.forEach((entry, i) => {
      const one = parseWith(schema as z.ZodType<unknown>, file, entry, parsed.lineOf, [i], problems);
      if (one) (content[kind] as unknown[]).push(one.data);
    });
  }
  for (const f of files) {
    if (
      !seen.has(f.path) &&
      f.path.startsWith('content/') &&
      !f.path.startsWith('content/_') &&
      /\.ya?ml$/.test(f.path)
    )
      problems.push({
        file: f.path,
        field: '',
        msg: {
          fi: 'Tiedosto on väärässä kansiossa',
          en: 'The file is in the wrong folder',
          fixFi: 'siirrä palvelu kansioon content/services/ ja tuottaja kansioon content/providers/',
          fixEn: 'move a service to content/services/ and a provider to content/providers/',
        },
        severity: 'error',
      });
  }

  // Ids: unique, and equal to the file name so that a pull request cannot quietly
  // overwrite another organisation's listing by claiming its id.
  for (const kind of ['providers', 'services'] as const) {
    const byId = new Map<string, string>();
    for (const one of located[kind]) {
      const { id } = one.data;
      if (fileId(one.file) !== id)
        problems.push({
          file: one.file,
          line: one.lineOf(['id']),
          field: 'id',
          msg: {
            fi: `Tunnus "${id}" ei vastaa tiedoston nimeä`,
            en: `The id "${id}" does not match the file name`,
            fixFi: `nimeä tiedosto ${id}.yaml tai muuta tunnukseksi ${fileId(one.file)}`,
            fixEn: `name the file ${id}.yaml or change the id to ${fileId(one.file)}`,
          },
          severity: 'error',
        });
      const other = byId.get(id);
      if (other)
        problems.push({
          file: one.file,
          line: one.lineOf(['id']),
          field: 'id',
          msg: {
            fi: `Tunnus "${id}" on jo käytössä tiedostossa ${other}`,
            en: `The id "${id}" is already used in ${other}`,
            fixFi: 'valitse toinen tunnus',
            fixEn: 'choose another id',
          },
          severity: 'error',
        });
      else byId.set(id, one.file);
    }
  }
  for (const kind of ['themes', 'districts', 'majorDistricts'] as const) {
    const ids = new Set<string>();
    for (const entry of content[kind] as { id: string }[]) {
      if (ids.has(entry.id))
        problems.push({
          file: CONTENT_LAYOUT[kind].file,
          field: 'id',
          msg: {
            fi: `Tunnus "${entry.id}" on kahdesti`,
            en: `The id "${entry.id}" appears twice`,
            fixFi: 'poista tai nimeä toinen',
            fixEn: 'remove or rename one',
          },
          severity: 'error',
        });
      ids.add(entry.id);
    }
  }
  const majors = new Set(content.majorDistricts.map((m) => m.id));
  content.districts.forEach((d, i) => {
    if (!majors.has(d.majorDistrict))
      problems.push({
        file: CONTENT_LAYOUT.districts.file,
        field: `[${i}].majorDistrict`,
        msg: {
          fi: `Tuntematon suuralue "${d.majorDistrict}"`,
          en: `Unknown major district "${d.majorDistrict}"`,
          fixFi: `kirjoita jokin näistä: ${[...majors].join(', ')}`,
          fixEn: `write one of: ${[...majors].join(', ')}`,
        },
        severity: 'error',
      });
  });

  // A provider whose file has errors still exists: its services should not get a second,
  // misleading "no such provider" error.
  const known: KnownIds = {
    providers: files.filter((f) => f.path.startsWith(CONTENT_LAYOUT.providers.dir)).map((f) => fileId(f.path)),
    themes: content.themes.map((t) => t.id),
    districts: content.districts.map((d) => d.id),
    // Only valid providers: one whose file has errors already has its own message.
    contacts: Object.fromEntries(located.providers.map((p) => [p.data.id, p.data.contact ?? null])),
  };
  for (const one of located.services) {
    for (const issue of serviceReferenceIssues(one.data, known))
      problems.push({
        file: one.file,
        line: one.lineOf(issue.path) ?? one.lineOf(['id']),
        field: fieldPath(issue.path),
        msg: issue.msg,
        severity: 'error',
      });
  }

  content.providers = located.providers.map((p) => p.data);
  content.services = located.services.map((s) => s.data);
  return { content, problems };
}
