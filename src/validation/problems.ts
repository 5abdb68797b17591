// Turns Zod issues into one readable, bilingual line each: file, line, field, what is
// wrong, what to write instead. Every parse (build, CLI, form, tests) goes through here.
import type { z } from 'zod';
import { decodeMsg, type Msg } from '../schema/common';

export type Problem = {
  file: string;
  line?: number;
  field: string;
  msg: Msg;
  severity: 'error' | 'warning';
};

/** `locations[0].postalCode` from ['locations', 0, 'postalCode']. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

// What to write, by field name, when a required field is missing or has the wrong type.
const HINTS: Record<string, { fi: string; en: string }> = {
  id: {
    fi: 'kirjoita tunnus, joka on sama kuin tiedoston nimi, esim. id: muistikahvila-runosmaki',
    en: 'write an id that matches the file name, e.g. id: muistikahvila-runosmaki',
  },
  title: {
    fi: 'kirjoita nimi suomeksi: title: { fi: Tuolijumppa }',
    en: 'write the name in Finnish: title: { fi: Tuolijumppa }',
  },
  summary: {
    fi: 'kirjoita 1–3 lyhyttä lausetta suomeksi: summary: { fi: … }',
    en: 'write 1–3 short sentences in Finnish: summary: { fi: … }',
  },
  name: { fi: 'kirjoita nimi suomeksi: name: { fi: … }', en: 'write the name in Finnish: name: { fi: … }' },
  fi: { fi: 'kirjoita teksti suomeksi', en: 'write the text in Finnish' },
  provider: {
    fi: 'kirjoita palveluntuottajan tunnus, esim. provider: turun-kaupunki',
    en: 'write the provider id, e.g. provider: turun-kaupunki',
  },
  themes: {
    fi: 'kirjoita teemat listana, esim. themes: [liikunta]',
    en: 'write the themes as a list, e.g. themes: [liikunta]',
  },
  audience: {
    fi: "kirjoita kenelle palvelu on, esim. audience: ['65+']",
    en: "write who the service is for, e.g. audience: ['65+']",
  },
  cost: { fi: 'kerro hinta, esim. cost: { type: free }', en: 'give the cost, e.g. cost: { type: free }' },
  join: {
    fi: 'kerro miten mukaan pääsee, esim. join: { type: drop-in }',
    en: 'say how to join, e.g. join: { type: drop-in }',
  },
  type: { fi: 'valitse tyyppi', en: 'choose a type' },
  district: {
    fi: 'kirjoita kaupunginosan tunnus, esim. district: runosmaki',
    en: 'write the district id, e.g. district: runosmaki',
  },
  lastVerified: {
    fi: 'kirjoita päivä, jolloin tiedot tarkistettiin, esim. lastVerified: 2025-03-01',
    en: 'write the date the facts were checked, e.g. lastVerified: 2025-03-01',
  },
  source: {
    fi: 'kerro lähde: source: [{ url: https://…, date: 2025-03-01 }]',
    en: 'give the source: source: [{ url: https://…, date: 2025-03-01 }]',
  },
  url: {
    fi: 'kirjoita verkko-osoite, esim. https://www.turku.fi/',
    en: 'write a web address, e.g. https://www.turku.fi/',
  },
  date: { fi: 'kirjoita päivä muodossa VVVV-KK-PP', en: 'write the date as YYYY-MM-DD' },
  day: {
    fi: 'kirjoita viikonpäivä: mon, tue, wed, thu, fri, sat tai sun',
    en: 'write the weekday: mon, tue, wed, thu, fri, sat or sun',
  },
  start: { fi: "kirjoita alkamisaika, esim. start: '10:00'", en: "write the start time, e.g. start: '10:00'" },
  lat: { fi: 'kirjoita leveysaste numerona, esim. 60.45', en: 'write the latitude as a number, e.g. 60.45' },
  lon: { fi: 'kirjoita pituusaste numerona, esim. 22.27', en: 'write the longitude as a number, e.g. 22.27' },
};

const TYPE_NAMES: Record<string, { fi: string; en: string }> = {
  string: { fi: 'tekstiä', en: 'text' },
  number: { fi: 'numero', en: 'a number' },
  array: { fi: 'lista', en: 'a list' },
  object: { fi: 'kenttiä sisältävä kohta', en: 'a group of fields' },
  boolean: { fi: 'true tai false', en: 'true or false' },
};

function received(input: unknown): { fi: string; en: string } {
  if (input === undefined) return { fi: 'puuttuu', en: 'missing' };
  if (input === null) return { fi: 'tyhjä', en: 'empty' };
  if (Array.isArray(input)) return { fi: 'lista', en: 'a list' };
  const t = typeof input;
  return TYPE_NAMES[t] ?? { fi: t, en: t };
}

/** The edit distance, for "did you mean" on mistyped field names. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}
// Field names people commonly write instead of ours (English spellings, Finnish words).
const ALIASES: Record<string, string> = {
  address: 'street',
  adress: 'street',
  adresss: 'street',
  osoite: 'street',
  katuosoite: 'street',
  katu: 'street',
  zip: 'postalCode',
  postcode: 'postalCode',
  postinumero: 'postalCode',
  postal_code: 'postalCode',
  puhelin: 'phone',
  tel: 'phone',
  telephone: 'phone',
  sahkoposti: 'email',
  'e-mail': 'email',
  mail: 'email',
  www: 'web',
  url: 'web',
  website: 'web',
  nimi: 'name',
  otsikko: 'title',
  kuvaus: 'description',
  tiivistelma: 'summary',
  kaupunginosa: 'district',
  alue: 'district',
  teemat: 'themes',
  hinta: 'cost',
  lahde: 'source',
  kieli: 'languages',
};

export function closest(word: string, options: readonly string[]): string | undefined {
  const alias = ALIASES[word.toLowerCase()];
  if (alias && options.includes(alias)) return alias;
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const dd = distance(word.toLowerCase(), o.toLowerCase());
    if (dd < bestD) [best, bestD] = [o, dd];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

// Walks a Zod 4 schema to the object or enum at a path, so that an error can list the
// allowed field names or values there. Returns undefined where it cannot tell.
type AnyDef = { type: string; [k: string]: unknown };
function defOf(s: unknown): AnyDef | undefined {
  return (s as { def?: AnyDef } | undefined)?.def;
}
function unwrap(s: unknown): unknown {
  for (let i = 0; i < 10; i++) {
    const d = defOf(s);
    if (!d) return s;
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault')
      s = d.innerType;
    else if (d.type === 'pipe') s = defOf(d.out)?.type === 'transform' ? d.in : d.out;
    else return s;
  }
  return s;
}
export function schemaAt(schema: unknown, path: readonly PropertyKey[]): unknown {
  let s = unwrap(schema);
  for (const key of path) {
    const d = defOf(s);
    if (!d) return undefined;
    if (d.type === 'object' && typeof key === 'string') s = unwrap((d.shape as Record<string, unknown>)[key]);
    else if (d.type === 'array') s = unwrap(d.element);
    else return undefined;
  }
  return s;
}
function objectKeys(schema: unknown, path: readonly PropertyKey[]): string[] {
  const d = defOf(schemaAt(schema, path));
  return d?.type === 'object' ? Object.keys(d.shape as object) : [];
}

function lastKey(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return '';
}

/** One Zod issue → a bilingual message with a fix. `input` is the parsed document. */
export function explainIssue(issue: z.core.$ZodIssue, schema: unknown, input: unknown): Msg {
  const own = decodeMsg(issue.message);
  if (own) return own;
  const key = lastKey(issue.path);
  const hint = HINTS[key];
  switch (issue.code) {
    case 'invalid_type': {
      const value = issue.path.reduce<unknown>(
        (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
        input,
      );
      const expected = TYPE_NAMES[issue.expected] ?? { fi: issue.expected, en: issue.expected };
      if (value === undefined)
        return {
          fi: 'Pakollinen kenttä puuttuu',
          en: 'A required field is missing',
          fixFi: hint?.fi ?? `lisää kenttä ${key}`,
          fixEn: hint?.en ?? `add the field ${key}`,
        };
      const got = received(value);
      return {
        fi: `Väärä muoto: pitäisi olla ${expected.fi}, nyt ${got.fi}`,
        en: `Wrong kind of value: expected ${expected.en}, got ${got.en}`,
        fixFi: hint?.fi,
        fixEn: hint?.en,
      };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      return {
        fi: 'Tuntematon arvo',
        en: 'Unknown value',
        fixFi: `kirjoita jokin näistä: ${values.join(', ')}`,
        fixEn: `write one of: ${values.join(', ')}`,
      };
    }
    case 'unrecognized_keys': {
      const allowed = objectKeys(schema, issue.path);
      const key0 = issue.keys[0];
      const guess = closest(key0, allowed);
      const names = issue.keys.map((k) => `"${k}"`).join(', ');
      return {
        fi: `Tuntematon kenttä ${names}`,
        en: `Unknown field ${names}`,
        fixFi: guess
          ? `tarkoititko "${guess}"?`
          : allowed.length
            ? `sallitut kentät: ${allowed.join(', ')}`
            : 'poista kenttä',
        fixEn: guess
          ? `did you mean "${guess}"?`
          : allowed.length
            ? `allowed fields: ${allowed.join(', ')}`
            : 'remove the field',
      };
    }
    case 'too_small':
      if (issue.origin === 'array')
        return {
          fi: `Listassa pitää olla vähintään ${issue.minimum}`,
          en: `The list needs at least ${issue.minimum}`,
          fixFi: hint?.fi ?? 'lisää listaan',
          fixEn: hint?.en ?? 'add to the list',
        };
      return {
        fi: `Arvo on liian pieni (vähintään ${issue.minimum})`,
        en: `Too small (at least ${issue.minimum})`,
        fixFi: hint?.fi,
        fixEn: hint?.en,
      };
    case 'too_big':
      if (issue.origin === 'array')
        return {
          fi: `Listassa saa olla enintään ${issue.maximum}`,
          en: `The list may have at most ${issue.maximum}`,
          fixFi: 'poista ylimääräiset',
          fixEn: 'remove the extra ones',
        };
      return {
        fi: `Arvo on liian suuri (enintään ${issue.maximum})`,
        en: `Too large (at most ${issue.maximum})`,
        fixFi: hint?.fi,
        fixEn: hint?.en,
      };
    case 'invalid_format':
      return { fi: 'Muoto ei kelpaa', en: 'The format is not valid', fixFi: hint?.fi, fixEn: hint?.en };
    default:
      return { fi: 'Arvo ei kelpaa', en: 'The value is not valid', fixFi: hint?.fi, fixEn: hint?.en };
  }
}

/** One line: `file:line  field  Finnish (English) → fix (fix)`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const level = p.severity === 'warning' ? 'varoitus/warning' : 'virhe/error';
  const fix = p.msg.fixFi || p.msg.fixEn ? ` → ${p.msg.fixFi ?? p.msg.fixEn} (${p.msg.fixEn ?? p.msg.fixFi})` : '';
  return `${where}  ${level}  ${p.field || '(koko tiedosto/whole file)'}: ${p.msg.fi} (${p.msg.en})${fix}`;
}
