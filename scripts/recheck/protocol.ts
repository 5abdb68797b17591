// The form of an answer in a re-check round, in one place for both ends: npm run recheck
// writes it into the messages' links, npm run recheck:apply reads it back.
//
// An e-mail answer carries one line, in its subject and again in its body:
//   [palvelutori-recheck] <organiser id> OK: <listing id>, <listing id>
//   [palvelutori-recheck] <organiser id> CHANGED: <listing id>, <listing id>
// and a "changed" answer has one line per listing below it for the change: `<listing id>: …`.
// An issue answer is the rendered form .github/ISSUE_TEMPLATE/recheck.yml: `### <label>` and
// the value under it, for the fields below.
import { ISSUE_TEMPLATE, RECHECK_TAG } from './config';

export type Verdict = 'ok' | 'changed';
export const VERDICT_WORD: Record<Verdict, string> = { ok: 'OK', changed: 'CHANGED' };

/** `[palvelutori-recheck] suvanto-ry OK: suvanto-linja, keskusteluapu-suvanto` */
export function answerLine(provider: string, verdict: Verdict, ids: readonly string[]): string {
  return `[${RECHECK_TAG}] ${provider} ${VERDICT_WORD[verdict]}: ${ids.join(', ')}`;
}

/** An answer line read back; `rest` is any text after the ids ("– kiitos"), which is not read as ids. */
export type AnswerLine = { provider: string; verdict: Verdict; ids: string[]; rest: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LINE = new RegExp(`\\[${RECHECK_TAG}\\]\\s*([A-Za-z0-9-]+)\\s+(OK|CHANGED)\\b\\s*:?\\s*(.*)$`, 'i');

/** Listing ids written by a person: commas, semicolons or spaces between them. `bad` holds what is not an id. */
export function splitIds(text: string): { ids: string[]; bad: string[] } {
  const tokens = text
    .split(/[\s,;]+/)
    .map((x) => x.trim())
    .filter(Boolean);
  const ids: string[] = [];
  const bad: string[] = [];
  for (const tok of tokens) {
    const id = tok.toLowerCase();
    if (!ID.test(id)) bad.push(tok);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, bad };
}

/** The answer line in one line of text (a subject, a line of a body), if it has one. */
export function parseAnswerLine(line: string): AnswerLine | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  const verdict: Verdict = m[2].toUpperCase() === 'OK' ? 'ok' : 'changed';
  // The ids run up to the first thing that is not one; a mail program or a person may add words.
  const ids: string[] = [];
  let rest = m[3];
  for (let t; (t = /^[\s,;]*([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?=[\s,;]|$)/.exec(rest)); rest = rest.slice(t[0].length))
    if (!ids.includes(t[1].toLowerCase())) ids.push(t[1].toLowerCase());
  return { provider: m[1].toLowerCase(), verdict, ids, rest: rest.replace(/^[\s,;]+/, '').trim() };
}

/**
 * Every answer line in a body, with the ids a mail program may have wrapped onto the next
 * lines (a line that ends in a comma goes on). Quoted lines (`> …`) are someone else's words.
 */
export function answerLinesIn(text: string): AnswerLine[] {
  const lines = text.split(/\r?\n/);
  const out: AnswerLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*>/.test(lines[i])) continue;
    let line = lines[i];
    if (!parseAnswerLine(line)) continue;
    while (
      /,\s*$/.test(line) &&
      i + 1 < lines.length &&
      /^\s*[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*,?\s*$/i.test(lines[i + 1])
    )
      line += ' ' + lines[++i];
    out.push(parseAnswerLine(line)!);
  }
  return out;
}

/** The lines a "changed" answer offers for writing each change: `<id>: ` */
export const changeLines = (ids: readonly string[]): string => ids.map((id) => `${id}: `).join('\n');

/**
 * What an organiser wrote after each `<id>:` line, up to the next one (empty ones left out),
 * and whatever else they wrote, without quoted lines and answer lines.
 */
export function parseChanges(text: string, ids: readonly string[]): { byId: Map<string, string>; other: string } {
  const byId = new Map<string, string[]>();
  const other: string[] = [];
  let current: string[] = other;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*>/.test(line) || parseAnswerLine(line)) continue;
    const m = /^\s*([a-z0-9-]+)\s*:\s?(.*)$/i.exec(line);
    if (m && ids.includes(m[1].toLowerCase())) {
      current = byId.get(m[1].toLowerCase()) ?? [];
      byId.set(m[1].toLowerCase(), current);
      current.push(m[2]);
    } else if (current !== other && !line.trim()) {
      // A blank line ends a listing's change; what follows (a greeting, a signature) is apart.
      current = other;
      other.push('');
    } else current.push(line);
  }
  const tidy = (ls: string[]) =>
    ls
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  return {
    byId: new Map([...byId].map(([id, ls]) => [id, tidy(ls)] as [string, string]).filter(([, t]) => t)),
    other: tidy(other),
  };
}

// The issue form's fields. The labels are what GitHub writes as `### <label>` in the issue
// body, so they must stay the same as in .github/ISSUE_TEMPLATE/recheck.yml (a test checks).
export const ISSUE_FIELDS = {
  provider: { id: 'provider', label: 'Järjestäjän tunnus / Arrangörens kod / Organiser id' },
  ids: { id: 'ids', label: 'Palvelujen tunnukset / Tjänsternas koder / Listing ids' },
  answer: { id: 'answer', label: 'Vastaus / Svar / Answer' },
  changes: { id: 'changes', label: 'Mikä on muuttunut? / Vad har ändrats? / What has changed?' },
} as const;
export type IssueField = keyof typeof ISSUE_FIELDS;

/** The dropdown's two options, word for word as in the form. */
export const ISSUE_OPTIONS: Record<Verdict, string> = {
  ok: 'Tiedot ovat ajan tasalla / Uppgifterna stämmer / Still correct',
  changed: 'Jotain on muuttunut / Något har ändrats / Something has changed',
};

/** GitHub's text for a form field left empty. */
export const NO_RESPONSE = '_No response_';

/** A new issue with the form, its fields filled in (GitHub fills a field from the query parameter of its id). */
export function issueLink(repository: string, provider: string, ids: readonly string[], verdict: Verdict): string {
  const q = new URLSearchParams({
    template: ISSUE_TEMPLATE,
    title: `[${RECHECK_TAG}] ${provider}`,
    [ISSUE_FIELDS.provider.id]: provider,
    [ISSUE_FIELDS.ids.id]: ids.join(', '),
    [ISSUE_FIELDS.answer.id]: ISSUE_OPTIONS[verdict],
  });
  if (verdict === 'changed') q.set(ISSUE_FIELDS.changes.id, changeLines(ids));
  return `${repository}/issues/new?${q.toString().replace(/\+/g, '%20')}`;
}

/** A mailto: link (RFC 6068): spaces as %20, line breaks as %0D%0A. */
export function mailtoLink(to: string, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to}?subject=${enc(subject)}&body=${enc(body)}`;
}

export type IssueAnswer = Partial<Record<IssueField, string>> & { headings: string[] };

/** The `### heading` sections of a rendered issue form, by the field each heading is the label of. */
export function parseIssueForm(text: string): IssueAnswer {
  const out: IssueAnswer = { headings: [] };
  const parts = text.replace(/\r\n/g, '\n').split(/^###[ \t]+(.*)$/m);
  for (let i = 1; i < parts.length; i += 2) {
    const heading = parts[i].trim();
    out.headings.push(heading);
    const field = (Object.keys(ISSUE_FIELDS) as IssueField[]).find((f) => sameLabel(ISSUE_FIELDS[f].label, heading));
    if (!field) continue;
    const value = parts[i + 1].trim();
    out[field] = value === NO_RESPONSE ? '' : value;
  }
  return out;
}

// The Finnish part of a label is enough, so a form whose Swedish or English hint is reworded
// later still reads; but two fields never share it.
const sameLabel = (label: string, heading: string) => {
  const fi = (s: string) => s.split(' / ')[0].trim().toLowerCase();
  return label === heading || fi(label) === fi(heading);
};

/** The verdict an issue's dropdown value means, or undefined when it is neither option. */
export function verdictOfOption(value: string): Verdict | undefined {
  const fi = (s: string) => s.split(' / ')[0].trim().toLowerCase();
  for (const v of ['ok', 'changed'] as const)
    if (value.trim() === ISSUE_OPTIONS[v] || fi(value) === fi(ISSUE_OPTIONS[v])) return v;
  return undefined;
}
