// npm run recheck:apply -- <folder> [--date YYYY-MM-DD] [--now YYYY-MM-DD] [--dry-run]
//
// Reads the answers of a re-check round saved in a folder: e-mails (.eml) and GitHub issue
// bodies (.md, .txt). "Still correct" sets each named listing's `lastVerified` to the answer's
// day and `verifiedBy: organiser`, all files validated and written together; "changed" touches
// nothing and is listed for an editor; anything unclear is refused, naming the file, and
// nothing of it is written. See docs/recheck.md.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { isScalar, type Document, type YAMLMap } from 'yaml';
import { pick } from '../../src/i18n';
import { formatDate } from '../../src/lib/format';
import type { Provider, Service } from '../../src/schema';
import type { Content } from '../../src/validation/corpus';
import { loadValidContent } from '../../src/validation/fs';
import { ContentRejected, editYaml, writeContent, type ContentChange } from '../content-write';
import { ConfigError, parseArgs, parseDay } from './config';
import { PREFILLED_LINES } from './messages';
import { addressOf, dayOfMailDate, parseMail } from './mime';
import {
  answerLinesIn,
  ISSUE_FIELDS,
  parseAnswerLine,
  parseChanges,
  parseIssueForm,
  splitIds,
  verdictOfOption,
  type AnswerLine,
  type Verdict,
} from './protocol';

export type Answer = {
  file: string;
  kind: 'email' | 'issue' | 'text';
  provider: string;
  verdict: Verdict;
  ids: string[];
  /** The day of the answer: the e-mail's Date, the issue's `Date:` line, or --date. */
  date?: string;
  /** The sender's address (e-mail only). */
  from?: string;
  /** What the organiser wrote: the body, or the issue form's change field. */
  text: string;
  /** Something the editor should know about how the answer was read. */
  note?: string;
};
export type Refusal = { file: string; reason: string };
const refuse = (file: string, fi: string, en: string): Refusal => ({ file, reason: `${fi} / ${en}` });
export const isRefusal = (x: Answer | Refusal): x is Refusal => 'reason' in x;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (s: string) => ISO_DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** A `Date: 2026-12-03` (or an ISO timestamp) line before an issue body's first heading. */
function leadingDate(text: string): string | undefined {
  const head = text.split(/^###/m)[0];
  const m = /^\s*(?:date|päivä|datum)\s*:\s*(\d{4}-\d{2}-\d{2})/im.exec(head);
  return m?.[1];
}

const sameLine = (a: AnswerLine, b: AnswerLine) => a.provider === b.provider && a.verdict === b.verdict;
const describeLine = (a: AnswerLine) => `${a.provider} ${a.verdict === 'ok' ? 'OK' : 'CHANGED'}`;

/** The answer in an e-mail (or a plain text), from its subject line, else its body's. */
function fromLines(
  file: string,
  kind: Answer['kind'],
  subject: string,
  text: string,
  date: string | undefined,
  from?: string,
): Answer | Refusal {
  const inSubject = parseAnswerLine(subject);
  const inBody = answerLinesIn(text);
  let line: AnswerLine;
  if (inSubject) {
    const clash = inBody.find((b) => !sameLine(b, inSubject));
    if (clash)
      return refuse(
        file,
        `epäselvä: otsikossa ${describeLine(inSubject)}, viestissä ${describeLine(clash)}`,
        `ambiguous: the subject says ${describeLine(inSubject)}, the body ${describeLine(clash)}`,
      );
    line = inSubject;
  } else if (inBody.length) {
    line = inBody[0];
    const clash = inBody.find((b) => !sameLine(b, line) || b.ids.join() !== line.ids.join());
    if (clash)
      return refuse(
        file,
        'epäselvä: viestissä on kaksi erilaista vastausriviä',
        'ambiguous: the body has two different answer lines',
      );
  } else
    return refuse(
      file,
      'vastausriviä [palvelutori-recheck] ei löydy: lue viesti ja päivitä käsin',
      'no [palvelutori-recheck] answer line: read it and update by hand',
    );
  if (!line.ids.length) return refuse(file, 'palvelujen tunnukset puuttuvat', 'no listing ids');
  const note = line.rest ? `ohitettu tunnusten perästä / ignored after the ids: "${line.rest}"` : undefined;
  return { file, kind, provider: line.provider, verdict: line.verdict, ids: line.ids, date, from, text, note };
}

/** The answer in a rendered issue form (.github/ISSUE_TEMPLATE/recheck.yml). */
function fromIssue(file: string, text: string, date: string | undefined): Answer | Refusal {
  const form = parseIssueForm(text);
  const missing = (['provider', 'ids', 'answer'] as const).filter((f) => form[f] === undefined);
  if (missing.length)
    return refuse(
      file,
      `ei tarkistuslomake: puuttuu ${missing.map((f) => ISSUE_FIELDS[f].label).join('; ')}`,
      `not the re-check form: missing ${missing.map((f) => ISSUE_FIELDS[f].label).join('; ')}`,
    );
  const provider = splitIds(form.provider!);
  if (provider.ids.length !== 1 || provider.bad.length)
    return refuse(file, `epäselvä järjestäjän tunnus "${form.provider}"`, `ambiguous organiser id "${form.provider}"`);
  const ids = splitIds(form.ids!);
  if (ids.bad.length)
    return refuse(file, `nämä eivät ole tunnuksia: ${ids.bad.join(', ')}`, `not ids: ${ids.bad.join(', ')}`);
  if (!ids.ids.length) return refuse(file, 'palvelujen tunnukset puuttuvat', 'no listing ids');
  const verdict = verdictOfOption(form.answer!);
  if (!verdict)
    return refuse(
      file,
      `epäselvä vastaus "${form.answer}": valitse jompikumpi`,
      `ambiguous answer "${form.answer}": one of the two options is needed`,
    );
  const changes = form.changes ?? '';
  if (verdict === 'ok') {
    const written = parseChanges(changes, ids.ids);
    if (written.byId.size || written.other)
      return refuse(
        file,
        'epäselvä: vastaus on "ajan tasalla", mutta muutoskentässä on tekstiä',
        'ambiguous: the answer is "still correct" but the change field has text',
      );
  }
  return { file, kind: 'issue', provider: provider.ids[0], verdict, ids: ids.ids, date, text: changes };
}

/**
 * One saved answer: `.eml` as an e-mail; `.md`/`.txt` as a GitHub issue form when it has its
 * `### ` headings, else as the text of an e-mail. `fallbackDate` (--date) dates an answer
 * that carries no date of its own.
 */
export function readAnswer(file: string, bytes: Uint8Array, fallbackDate?: string): Answer | Refusal {
  const ext = extname(file).toLowerCase();
  if (ext === '.eml') {
    const mail = parseMail(bytes);
    const dateHeader = mail.header('date');
    const date = dateHeader === undefined ? fallbackDate : dayOfMailDate(dateHeader);
    if (dateHeader !== undefined && !date)
      return refuse(file, `päivämäärää "${dateHeader}" ei voi lukea`, `cannot read the date "${dateHeader}"`);
    return fromLines(file, 'email', mail.header('subject') ?? '', mail.text, date, addressOf(mail.header('from')));
  }
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const date = leadingDate(text) ?? fallbackDate;
  if (/^###[ \t]/m.test(text)) return fromIssue(file, text, date);
  return fromLines(file, 'text', '', text, date);
}

export type Update = { id: string; path: string; from: string; to: string };
export type Confirmed = { answer: Answer; updates: Update[]; kept: { id: string; lastVerified: string }[] };
export type ChangedReport = { answer: Answer; byId: Map<string, string>; other: string };
export type Plan = {
  confirmed: Confirmed[];
  changed: ChangedReport[];
  refused: Refusal[];
  /** The newest confirmed day per listing, where it moves `lastVerified` forward. */
  updates: Map<string, Update>;
};

export const servicePath = (id: string) => `content/services/${id}.yaml`;

/** Checks every answer against the content and decides what to write. Pure. */
export function planApply(
  content: Pick<Content, 'services' | 'providers'>,
  answers: (Answer | Refusal)[],
  today: string,
): Plan {
  const providers = new Map(content.providers.map((p) => [p.id, p]));
  const services = new Map(content.services.map((s) => [s.id, s]));
  const refused: Refusal[] = answers.filter(isRefusal);
  const valid: Answer[] = [];
  for (const a of answers.filter((x): x is Answer => !isRefusal(x))) {
    const provider = providers.get(a.provider);
    if (!provider) {
      refused.push(refuse(a.file, `tuntematon järjestäjä "${a.provider}"`, `unknown organiser "${a.provider}"`));
      continue;
    }
    const wrong = a.ids.flatMap((id) => {
      const s = services.get(id);
      if (!s) return [`${id}: ei palvelua / no such listing`];
      if (s.provider !== a.provider) return [`${id}: järjestäjä on / its organiser is ${s.provider}`];
      if (s.status === 'ended') return [`${id}: päättynyt / ended`];
      return [];
    });
    if (wrong.length) {
      refused.push({
        file: a.file,
        reason: `tunnukset eivät ole järjestäjän ${a.provider} voimassa olevia palveluja / ids that are not live listings of ${a.provider}: ${wrong.join('; ')}`,
      });
      continue;
    }
    if (a.verdict === 'ok') {
      if (!a.date) {
        refused.push(refuse(a.file, 'päivämäärä puuttuu: anna --date', 'no date: pass --date'));
        continue;
      }
      if (!validDay(a.date) || a.date > today) {
        refused.push(
          refuse(a.file, `päivämäärä ${a.date} ei kelpaa`, `the date ${a.date} is not valid or in the future`),
        );
        continue;
      }
    }
    valid.push(a);
  }

  // "Still correct" and "changed" for the same listing: an editor reads both.
  const changedIn = new Map<string, string>();
  for (const a of valid) if (a.verdict === 'changed') for (const id of a.ids) changedIn.set(id, a.file);
  const confirmedAnswers: Answer[] = [];
  const changed: ChangedReport[] = [];
  for (const a of valid) {
    if (a.verdict === 'changed') {
      const written = parseChanges(a.text, a.ids);
      const other = written.other
        .split('\n')
        .filter((l) => !PREFILLED_LINES.includes(l.trim()))
        .join('\n')
        .trim();
      changed.push({ answer: a, byId: written.byId, other });
      continue;
    }
    const clash = a.ids.filter((id) => changedIn.has(id));
    if (clash.length) {
      refused.push(
        refuse(
          a.file,
          `ristiriita: ${clash.map((id) => `${id} on muuttunut tiedostossa ${changedIn.get(id)}`).join('; ')}`,
          `conflict: ${clash.map((id) => `${id} is "changed" in ${changedIn.get(id)}`).join('; ')}`,
        ),
      );
      continue;
    }
    confirmedAnswers.push(a);
  }

  const updates = new Map<string, Update>();
  for (const a of confirmedAnswers)
    for (const id of a.ids) {
      const current = services.get(id)!.lastVerified;
      const best = updates.get(id);
      if (a.date! > current && (!best || a.date! > best.to))
        updates.set(id, { id, path: servicePath(id), from: current, to: a.date! });
    }
  const confirmed = confirmedAnswers.map((a) => ({
    answer: a,
    updates: a.ids.flatMap((id) => (updates.get(id)?.to === a.date ? [updates.get(id)!] : [])),
    kept: a.ids
      .filter((id) => updates.get(id)?.to !== a.date)
      .map((id) => ({ id, lastVerified: updates.get(id)?.to ?? services.get(id)!.lastVerified })),
  }));
  return { confirmed, changed, refused, updates };
}

/** A listing's YAML with the organiser's confirmation: comments and order kept, verifiedBy after lastVerified. */
export function confirmYaml(text: string, day: string): string {
  return editYaml(text, (doc: Document) => {
    const node = doc.get('lastVerified', true);
    if (isScalar(node)) node.value = day;
    else doc.set('lastVerified', day);
    if (doc.has('verifiedBy')) doc.set('verifiedBy', 'organiser');
    else {
      const map = doc.contents as YAMLMap;
      const at = map.items.findIndex((p) => isScalar(p.key) && p.key.value === 'lastVerified');
      map.items.splice(at + 1, 0, doc.createPair('verifiedBy', 'organiser'));
    }
  });
}

/** The answer files in a folder and its subfolders, in name order. */
export function answerFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (['.eml', '.md', '.txt'].includes(extname(name).toLowerCase())) out.push(full);
    }
  };
  walk(dir);
  return out;
}

const known = (p: Provider, services: Service[]) =>
  new Set(
    [p.contact?.email, ...services.filter((s) => s.provider === p.id).map((s) => s.contact?.email)]
      .filter((e): e is string => !!e)
      .map((e) => e.toLowerCase()),
  );

/** What an editor reads after a run. */
export function report(plan: Plan, content: Pick<Content, 'services' | 'providers'>, written: ContentChange[]): string {
  const providers = new Map(content.providers.map((p) => [p.id, p]));
  const head = (a: Answer) => {
    const p = providers.get(a.provider)!;
    const from = a.from
      ? `, ${a.from}${known(p, content.services).has(a.from) ? '' : ' (ei järjestäjän tiedoissa / not an address on file)'}`
      : '';
    const line = `  ${a.file} — ${pick(p.name, 'fi').text} (${a.provider})${a.date ? `, ${formatDate(a.date)}` : ''}${from}`;
    return a.note ? `${line}\n    (${a.note})` : line;
  };
  const lines: string[] = [];
  lines.push(`Ajan tasalla / Still correct (${plan.confirmed.length}):`);
  for (const c of plan.confirmed) {
    lines.push(head(c.answer));
    for (const u of c.updates) lines.push(`    ${u.path}: lastVerified ${u.from} → ${u.to}, verifiedBy: organiser`);
    for (const k of c.kept)
      lines.push(`    ${servicePath(k.id)}: jo / already ${k.lastVerified}, ei muutosta / unchanged`);
  }
  lines.push('', `Muuttunut: toimittaja päivittää / Changed: for an editor (${plan.changed.length}):`);
  for (const c of plan.changed) {
    lines.push(head(c.answer));
    for (const id of c.answer.ids) {
      lines.push(`    ${id} — ${servicePath(id)}`);
      const said = c.byId.get(id);
      if (said) lines.push(...said.split('\n').map((l) => `      ${l}`));
    }
    if (c.other) lines.push('    muuta / other:', ...c.other.split('\n').map((l) => `      ${l}`));
  }
  lines.push('', `Hylätty, ei kirjoitettu / Refused, nothing written (${plan.refused.length}):`);
  for (const r of plan.refused) lines.push(`  ${r.file}: ${r.reason}`);
  lines.push(
    '',
    `Yhteenveto / Summary: ajan tasalla / confirmed ${plan.confirmed.length}, muuttunut / changed ${plan.changed.length}, hylätty / refused ${plan.refused.length}; ${written.length} tiedostoa kirjoitettu / files written`,
  );
  return lines.join('\n');
}

export type ApplyOptions = { root: string; dir: string; now: Date; date?: string; dryRun?: boolean };

/** Reads the answers in `dir`, writes the confirmations into `root`'s content (all or nothing). */
export function runApply({ root, dir, now, date, dryRun }: ApplyOptions) {
  const content = loadValidContent(root);
  const answers = answerFiles(dir).map((f) => readAnswer(relative(process.cwd(), f) || f, readFileSync(f), date));
  const plan = planApply(content, answers, now.toISOString().slice(0, 10));
  const changes: ContentChange[] = [...plan.updates.values()].map((u) => ({
    path: u.path,
    text: confirmYaml(readFileSync(join(root, u.path), 'utf8'), u.to),
  }));
  const written = dryRun ? [] : writeContent(root, changes);
  return { plan, changes, written, text: report(plan, content, written) };
}

const HELP = `npm run recheck:apply -- <kansio / folder> [--date YYYY-MM-DD] [--now YYYY-MM-DD] [--dry-run]

Lukee kansion vastaukset (.eml, .md, .txt) ja merkitsee "ajan tasalla" -vastausten palvelut tarkistetuiksi.
Reads the answers in the folder and marks the listings of "still correct" answers as checked.
  --date     vastauksen päivä, kun siinä ei ole omaa / the day of an answer that has none
  --now      tämä päivä / today (for tests)
  --dry-run  näytä, älä kirjoita / show, do not write`;

function main() {
  try {
    const args = parseArgs(process.argv.slice(2), ['--date', '--now'], ['--dry-run', '--help', '-h']);
    if (args.switches.has('--help') || args.switches.has('-h')) return console.log(HELP);
    if (args.positional.length !== 1) throw new ConfigError(`Anna yksi kansio / give one folder\n\n${HELP}`);
    const date = args.flags['--date'];
    if (date) parseDay(date, '--date');
    const now = args.flags['--now'] ? parseDay(args.flags['--now'], '--now') : new Date();
    const dryRun = args.switches.has('--dry-run');
    const dir = resolve(args.positional[0]);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new ConfigError(`${args.positional[0]}: kansiota ei ole / no such folder`);
    const { text } = runApply({ root: process.cwd(), dir, now, date, dryRun });
    console.log(text);
    if (dryRun) console.log('(--dry-run: mitään ei kirjoitettu / nothing was written)');
  } catch (e) {
    if (e instanceof ContentRejected) {
      console.error(e.message);
      process.exitCode = 1;
    } else if (e instanceof ConfigError) {
      console.error(e.message);
      process.exitCode = 2;
    } else throw e;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
