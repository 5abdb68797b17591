// npm run new-listing: asks in the terminal, in plain Finnish and English, for what a service
// listing needs, checks each answer with the same schema as the build, and writes
// content/services/<id>.yaml. Leave an optional answer empty to skip it.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stringify } from 'yaml';
import { slugify } from '../src/lib/slug';
import { AUDIENCES, CHANNELS, COSTS, JOIN_TYPES, serviceSchema } from '../src/schema';
import { validateCorpus } from '../src/validation/corpus';
import { readContentFiles } from '../src/validation/fs';
import { closest, explainIssue, formatProblem, schemaAt } from '../src/validation/problems';
import type { z } from 'zod';

const root = (() => {
  const i = process.argv.indexOf('--root');
  return i > 0 ? process.argv[i + 1] : process.cwd();
})();

// A line queue instead of rl.question: answers piped in all at once are not lost.
const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
const lines: string[] = [];
const waiting: ((line: string | undefined) => void)[] = [];
let closed = false;
rl.on('line', (l) => (waiting.length ? waiting.shift()!(l) : lines.push(l)));
rl.on('close', () => {
  closed = true;
  while (waiting.length) waiting.shift()!(undefined);
});
function nextLine(prompt: string): Promise<string> {
  process.stdout.write(prompt);
  if (lines.length) return Promise.resolve(lines.shift()!);
  if (closed) throw new Error('Vastaukset loppuivat kesken / the answers ran out');
  return new Promise((ok, fail) =>
    waiting.push((l) =>
      l === undefined ? fail(new Error('Vastaukset loppuivat kesken / the answers ran out')) : ok(l),
    ),
  );
}

/** Asks until the answer passes the schema at `path`; '' means "skip" when optional. */
async function ask(
  question: string,
  path: (string | number)[],
  opts: { optional?: boolean; fallback?: string; convert?: (s: string) => unknown } = {},
): Promise<unknown> {
  const schema = schemaAt(serviceSchema, path) as z.ZodType | undefined;
  for (;;) {
    const hint = opts.fallback ? ` [${opts.fallback}]` : opts.optional ? ' (voi jättää tyhjäksi / optional)' : '';
    const raw = (await nextLine(`${question}${hint}: `)).trim() || opts.fallback || '';
    if (!raw && opts.optional) return undefined;
    const value = opts.convert ? opts.convert(raw) : raw;
    const r = schema ? schema.safeParse(value) : { success: true as const, data: value };
    if (r.success) return r.data;
    const msg = explainIssue(r.error.issues[0], schema, value);
    console.log(`  ✗ ${msg.fi} (${msg.en})${msg.fixFi ? ` → ${msg.fixFi} (${msg.fixEn})` : ''}`);
  }
}

/**
 * The point of a place, when the author knows it exactly: latitude and longitude asked one by one,
 * then checked together by the schema (inside the Turku region; swapped numbers are refused).
 */
async function askCoordinates(): Promise<unknown> {
  const path = ['locations', 0, 'coordinates'];
  const schema = schemaAt(serviceSchema, path) as z.ZodType;
  const decimal = (s: string) => Number(s.replace(',', '.'));
  for (;;) {
    const lat = await ask(
      'Leveysaste, jos tiedät paikan tarkasti, esim. 60.4525 / latitude, if you know the exact place',
      [...path, 'lat'],
      { optional: true, convert: decimal },
    );
    if (lat === undefined) return undefined;
    const lon = await ask('Pituusaste, esim. 22.2781 / longitude', [...path, 'lon'], { convert: decimal });
    const r = schema.safeParse({ lat, lon });
    if (r.success) return r.data;
    const msg = explainIssue(r.error.issues[0], schema, { lat, lon });
    console.log(`  ✗ ${msg.fi} (${msg.en})${msg.fixFi ? ` → ${msg.fixFi} (${msg.fixEn})` : ''}`);
  }
}

const numbered = (options: readonly string[]) => options.map((o, i) => `  ${i + 1}. ${o}`).join('\n');
const pickMany = (options: readonly string[]) => (s: string) =>
  s
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((x) => (/^\d+$/.test(x) ? (options[Number(x) - 1] ?? x) : x));
const pickOne = (options: readonly string[]) => (s: string) => (/^\d+$/.test(s) ? (options[Number(s) - 1] ?? s) : s);

async function main() {
  const files = readContentFiles(root);
  const { content } = validateCorpus(files);
  console.log('Uusi palvelu / new service listing. Kysymykset ovat suomeksi ja englanniksi.\n');

  const titleFi = (await ask('Palvelun nimi suomeksi / name in Finnish', ['title', 'fi'])) as string;
  let id = '';
  for (;;) {
    id = (await ask('Tunnus (tiedoston nimi) / id (file name)', ['id'], { fallback: slugify(titleFi) })) as string;
    if (!existsSync(join(root, 'content/services', `${id}.yaml`))) break;
    console.log(`  ✗ Tunnus on jo käytössä (the id is taken): ${id}`);
  }
  const summaryFi = await ask('Lyhyt kuvaus selkokielellä, 1–3 lyhyttä lausetta / plain summary', ['summary', 'fi']);

  const providers = content.providers.map((p) => p.id).sort();
  console.log(`\nJärjestäjät / providers:\n${numbered(providers)}`);
  let provider = '';
  for (;;) {
    provider = (await ask('Järjestäjän numero tai tunnus / provider number or id', ['provider'], {
      convert: pickOne(providers),
    })) as string;
    if (providers.includes(provider)) break;
    const guess = closest(provider, providers);
    console.log(
      `  ✗ Tuntematon järjestäjä (unknown provider)${guess ? `: tarkoititko / did you mean ${guess}?` : ': lisää ensin tuottaja (add the provider first): content/_templates/provider.yaml'}`,
    );
  }

  const themeIds = content.themes.map((t) => t.id);
  console.log(`\nTeemat / themes:\n${numbered(content.themes.map((t) => `${t.id} (${t.name.fi})`))}`);
  let themes: string[] = [];
  for (;;) {
    themes = (await ask('Teemojen numerot pilkulla erotettuina / theme numbers, comma-separated', ['themes'], {
      convert: pickMany(themeIds),
    })) as string[];
    const unknown = themes.filter((t) => !themeIds.includes(t));
    if (!unknown.length) break;
    console.log(`  ✗ Tuntematon teema (unknown theme): ${unknown.join(', ')}`);
  }
  console.log(`\nKenelle / for whom:\n${numbered(AUDIENCES)}`);
  const audience = await ask('Numerot / numbers', ['audience'], { fallback: '1', convert: pickMany(AUDIENCES) });
  console.log(`\nHinta / cost:\n${numbered(COSTS)}`);
  const costType = await ask('Numero / number', ['cost', 'type'], { convert: pickOne(COSTS) });
  const price = await ask('Hinta tekstinä / price in words', ['cost', 'price', 'fi'], { optional: true });
  console.log(`\nMiten mukaan / how to join:\n${numbered(JOIN_TYPES)}`);
  const joinType = await ask('Numero / number', ['join', 'type'], { convert: pickOne(JOIN_TYPES) });
  const instructions = await ask('Ohje, esim. miten ilmoittaudutaan / instructions', ['join', 'instructions', 'fi'], {
    optional: true,
  });
  console.log(`\nMiten palvelu tapahtuu / how it is given:\n${numbered(CHANNELS)}`);
  const channels = (await ask('Numerot / numbers', ['channels'], {
    fallback: '1',
    convert: pickMany(CHANNELS),
  })) as string[];

  const locations: Record<string, unknown>[] = [];
  if (channels.includes('in-person')) {
    const districtIds = content.districts.map((d) => d.id);
    const byName = new Map(content.districts.map((d) => [d.name.fi.toLowerCase(), d.id]));
    let district = '';
    for (;;) {
      const answer = (await ask(
        'Kaupunginosa (nimi tai tunnus) / district (name or id)',
        ['locations', 0, 'district'],
        { convert: (s) => byName.get(s.toLowerCase()) ?? slugify(s) },
      )) as string;
      if (districtIds.includes(answer)) {
        district = answer;
        break;
      }
      const guess = closest(answer, districtIds);
      console.log(
        `  ✗ Tuntematon kaupunginosa (unknown district)${guess ? `: tarkoititko / did you mean ${guess}?` : ''}`,
      );
    }
    const name = await ask('Paikan nimi / name of the place', ['locations', 0, 'name'], { optional: true });
    const street = await ask('Katuosoite / street address', ['locations', 0, 'street'], { optional: true });
    const postalCode = street
      ? await ask('Postinumero / postal code', ['locations', 0, 'postalCode'], { optional: true })
      : undefined;
    const coordinates = await askCoordinates();
    locations.push(
      Object.fromEntries(
        Object.entries({ name, street, postalCode, district, coordinates }).filter(([, v]) => v !== undefined),
      ),
    );
  }
  const phone = await ask('Puhelinnumero / phone', ['contact', 'phone'], { optional: true });
  const email = await ask('Sähköposti / e-mail', ['contact', 'email'], { optional: true });
  const web = await ask('Verkkosivu / web page', ['contact', 'web'], { optional: true });
  const today = new Date().toISOString().slice(0, 10);
  const sourceUrl = await ask('Mistä tiedot ovat (verkko-osoite) / source of the facts (URL)', ['source', 0, 'url']);
  const sourceDate = (await ask('Lähteen päivämäärä / date of the source', ['source', 0, 'date'], {
    fallback: today,
  })) as string;

  const contact = Object.fromEntries(Object.entries({ phone, email, web }).filter(([, v]) => v !== undefined));
  const listing = {
    id,
    title: { fi: titleFi },
    summary: { fi: summaryFi },
    provider,
    themes,
    audience,
    cost: { type: costType, ...(price ? { price: { fi: price } } : {}) },
    join: { type: joinType, ...(instructions ? { instructions: { fi: instructions } } : {}) },
    channels,
    locations,
    ...(Object.keys(contact).length ? { contact } : {}),
    lastVerified: sourceDate,
    source: [{ url: sourceUrl, date: sourceDate }],
  };
  const path = `content/services/${id}.yaml`;
  const text = `# Tehty komennolla npm run new-listing ${today}. Lisää puuttuvat tiedot (aikataulu, esteettömyys):\n# katso content/_templates/service.yaml.\n${stringify(listing)}`;
  const check = validateCorpus([...files, { path, text }]).problems.filter((p) => p.file === path);
  if (check.length) {
    for (const p of check) console.log(formatProblem(p));
    throw new Error('Tiedostoa ei kirjoitettu / file not written');
  }
  writeFileSync(join(root, path), text);
  console.log(
    `\n✓ Kirjoitettu / written: ${path}\nTarkista ja täydennä tiedosto, aja npm run validate ja tee pull request.`,
  );
  rl.close();
}

main().catch((e) => {
  console.error(`\n${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
