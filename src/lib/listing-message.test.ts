import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { composeMessage, decodeQuotedPrintable, messageYaml, parseMessage } from './listing-message';

const notice = { notice: true, by: 'Tanssiseura Pyörteet ry', date: '2026-02-01' };
const provider = {
  id: 'tanssiseura-pyorteet',
  name: { fi: 'Tanssiseura Pyörteet ry' },
  type: 'ngo',
  contact: { email: 'tanssi@example.org', phone: '040 123 4567', phoneSource: { ...notice } },
  source: { ...notice },
};
const service = {
  id: 'senioritanssit-martti',
  title: { fi: 'Senioritanssit Martissa' },
  summary: {
    fi: 'Tanssimme yhdessä pareittain ja yksin. Sopii kaikille, myös aloittelijoille. Tule sellaisena kuin olet: ohjaaja näyttää askeleet.',
  },
  provider: 'tanssiseura-pyorteet',
  themes: ['liikunta', 'seura'],
  audience: ['65+'],
  cost: { type: 'free' },
  join: { type: 'drop-in' },
  locations: [{ name: 'Martin nuorisotalo', district: 'martti' }],
  schedule: { weekly: [{ day: 'wed', start: '10:00', end: '11:30' }] },
  lastVerified: '2026-02-01',
  source: [{ ...notice }],
};
const files = [
  { path: 'content/providers/tanssiseura-pyorteet.yaml', text: messageYaml(provider) },
  { path: 'content/services/senioritanssit-martti.yaml', text: messageYaml(service) },
];
const intro = 'Hei,\n\nlähetän uuden palvelun Palvelutori Turkuun.\n\nPalvelu: Senioritanssit Martissa';
const body = composeMessage(intro, files);

/** What came out, as data: the test compares values, not spacing. */
const dataOf = (r: ReturnType<typeof parseMessage>) => {
  expect(r.problems).toEqual([]);
  return r.files.map((f) => ({ path: f.path, data: parse(f.text) as unknown }));
};
const sent = [
  { path: files[0].path, data: provider },
  { path: files[1].path, data: service },
];

// Mail programs' ways with text, written out so that each test shows what it undoes.
function quotedPrintable(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  let line = '';
  for (const b of bytes) {
    const ch =
      b === 10
        ? '\n'
        : b > 126 || b === 61
          ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
          : String.fromCharCode(b);
    if (ch === '\n') {
      out += `${line}\n`;
      line = '';
      continue;
    }
    if (line.length + ch.length > 75) {
      out += `${line}=\n`;
      line = '';
    }
    line += ch;
  }
  return out + line;
}
/** Greedy wrapping at spaces, as a mail program does; a word longer than the line stays whole. */
function wrap(text: string, width: number, keepSpace = false): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const at = rest.lastIndexOf(' ', width);
        if (at <= 0) break;
        out.push(keepSpace ? rest.slice(0, at + 1) : rest.slice(0, at));
        rest = rest.slice(at + 1);
      }
      out.push(rest);
      return out.join('\n');
    })
    .join('\n');
}
const quote = (text: string, mark = '> ') =>
  text
    .split('\n')
    .map((l) => (l ? mark + l : mark.trimEnd()))
    .join('\n');

describe('a listing message', () => {
  it('gives back the files it was made of', () => {
    expect(dataOf(parseMessage(body))).toEqual(sent);
  });

  it('keeps every line short enough that mail does not break it', () => {
    for (const line of body.split('\n')) expect(line.length, line).toBeLessThanOrEqual(72);
  });

  it('reads a quoted-printable message, in UTF-8 or Latin-1', () => {
    const qp = quotedPrintable(body);
    expect(qp).toContain('=C3=A4');
    expect(dataOf(parseMessage(qp))).toEqual(sent);
    expect(decodeQuotedPrintable('J=E4rjest=E4j=E4')).toBe('Järjestäjä');
  });

  it('reads a reply or a forward: "> " before every line, once or twice', () => {
    expect(dataOf(parseMessage(`Kiitos!\n\n${quote(body)}`))).toEqual(sent);
    expect(dataOf(parseMessage(quote(quote(body), '>')))).toEqual(sent);
    expect(dataOf(parseMessage(quote(quote(body))))).toEqual(sent);
  });

  it('joins lines that mail broke at 72 characters, with or without the space it broke at', () => {
    // A file written without folding, as a person might paste it.
    const long = composeMessage(intro, [files[0], { path: files[1].path, text: stringify(service, { lineWidth: 0 }) }]);
    expect(long.split('\n').some((l) => l.length > 72)).toBe(true);
    expect(dataOf(parseMessage(wrap(long, 72)))).toEqual(sent);
    expect(dataOf(parseMessage(wrap(long, 72, true)))).toEqual(sent);
    // Narrower still: the start lines themselves break.
    expect(dataOf(parseMessage(wrap(body, 36)))).toEqual(sent);
    // The longest id the form makes (60 characters) breaks the start line at 72.
    const id = 'a'.repeat(30) + '-' + 'b'.repeat(29);
    const longId = { path: `content/services/${id}.yaml`, text: messageYaml({ ...service, id }) };
    const wrapped = wrap(composeMessage(intro, [longId]), 72);
    expect(wrapped).toContain('\n---\ncontent/services/');
    expect(dataOf(parseMessage(wrapped))).toEqual([{ path: longId.path, data: { ...service, id } }]);
  });

  it('reads a message that went through all of it: broken lines, quoted, then encoded', () => {
    expect(dataOf(parseMessage(quotedPrintable(quote(wrap(body, 50)))))).toEqual(sent);
  });

  it('takes non-breaking spaces from HTML mail as spaces, and Windows line ends as line ends', () => {
    expect(dataOf(parseMessage(body.replace(/^ {2}/gm, '\u00a0\u00a0').replace(/\n/g, '\r\n')))).toEqual(sent);
  });

  it('says which file was cut short, and that the message may have been cut', () => {
    const cut = body.slice(0, body.lastIndexOf('--- end ---'));
    const r = parseMessage(cut);
    expect(r.problems).toEqual([
      {
        file: 'content/services/senioritanssit-martti.yaml',
        msg: expect.objectContaining({ fi: expect.stringContaining('Viesti on ehkä katkennut') }),
      },
    ]);
  });

  it('refuses a file outside services and providers, and a file given twice', () => {
    const bad = composeMessage(intro, [
      { path: 'content/themes.yaml', text: 'x: 1\n' },
      { path: '../../.ssh/authorized_keys', text: 'x: 1\n' },
      files[1],
      files[1],
    ]);
    expect(parseMessage(bad).problems.map((p) => [p.file, p.msg.en])).toEqual([
      ['content/themes.yaml', 'The message holds a file the form does not make'],
      ['../../.ssh/authorized_keys', 'The message holds a file the form does not make'],
      [files[1].path, 'The same file is in the message twice'],
    ]);
  });

  it('says so when there is no file at all', () => {
    expect(parseMessage('Hei, tässä palvelumme!').problems[0].msg.en).toMatch(/holds no file/);
  });
});
