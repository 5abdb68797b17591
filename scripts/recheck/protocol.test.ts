import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  answerLine,
  answerLinesIn,
  ISSUE_FIELDS,
  ISSUE_OPTIONS,
  issueLink,
  mailtoLink,
  parseAnswerLine,
  parseChanges,
  parseIssueForm,
  verdictOfOption,
} from './protocol';

const repo = join(import.meta.dirname, '../..');
type FormElement = { type: string; id?: string; attributes: { label?: string; options?: string[] } };
const form = parse(readFileSync(join(repo, '.github/ISSUE_TEMPLATE/recheck.yml'), 'utf8')) as {
  body: FormElement[];
};

describe('the answer line', () => {
  it('reads back what it writes, with any prefix a mail program adds', () => {
    const line = answerLine('suvanto-ry', 'ok', ['suvanto-linja', 'keskusteluapu-suvanto']);
    expect(line).toBe('[palvelutori-recheck] suvanto-ry OK: suvanto-linja, keskusteluapu-suvanto');
    expect(parseAnswerLine(`VS: Re: ${line}`)).toEqual({
      provider: 'suvanto-ry',
      verdict: 'ok',
      ids: ['suvanto-linja', 'keskusteluapu-suvanto'],
      rest: '',
    });
    expect(parseAnswerLine(answerLine('x', 'changed', ['a']))?.verdict).toBe('changed');
    expect(parseAnswerLine('[palvelutori-recheck] suvanto-ry')).toBeUndefined();
    // Words after the ids are kept apart, never read as ids.
    expect(parseAnswerLine('[palvelutori-recheck] x OK: a, B – kiitos, c')).toMatchObject({
      ids: ['a', 'b'],
      rest: '– kiitos, c',
    });
  });

  it('in a body: skips quoted lines and follows ids wrapped onto the next line', () => {
    const body = [
      '> [palvelutori-recheck] x CHANGED: a',
      '[palvelutori-recheck] x OK: a, b,',
      'c, d',
      'terveisin',
    ].join('\n');
    expect(answerLinesIn(body)).toEqual([{ provider: 'x', verdict: 'ok', ids: ['a', 'b', 'c', 'd'], rest: '' }]);
  });

  it("reads each listing's change, and keeps a greeting apart", () => {
    const { byId, other } = parseChanges('Muutos:\n\na: uusi aika\njatkuu\nb: \n\nTerveisin Maija', ['a', 'b']);
    expect([...byId]).toEqual([['a', 'uusi aika\njatkuu']]);
    expect(other).toContain('Terveisin Maija');
  });

  it('builds a mailto link with %20 for spaces and CRLF line breaks', () => {
    const link = mailtoLink('t@example.org', 'a b', 'x\ny');
    expect(link).toBe('mailto:t@example.org?subject=a%20b&body=x%0D%0Ay');
  });
});

describe('the issue form', () => {
  const byId = new Map(form.body.filter((e) => e.id).map((e) => [e.id!, e]));

  it('has the fields apply reads, with the same labels and options', () => {
    for (const f of Object.values(ISSUE_FIELDS)) expect(byId.get(f.id)?.attributes.label).toBe(f.label);
    expect(byId.get(ISSUE_FIELDS.answer.id)?.attributes.options).toEqual([ISSUE_OPTIONS.ok, ISSUE_OPTIONS.changed]);
    expect(verdictOfOption(ISSUE_OPTIONS.ok)).toBe('ok');
    expect(verdictOfOption(ISSUE_OPTIONS.changed)).toBe('changed');
    expect(verdictOfOption('Ehkä')).toBeUndefined();
  });

  it("prefills the form's fields by their ids", () => {
    const url = new URL(issueLink('https://github.com/o/r', 'suvanto-ry', ['a', 'b'], 'changed'));
    expect(url.pathname).toBe('/o/r/issues/new');
    expect(url.searchParams.get('template')).toBe('recheck.yml');
    for (const f of Object.values(ISSUE_FIELDS)) expect(url.searchParams.has(f.id)).toBe(true);
    expect(url.searchParams.get(ISSUE_FIELDS.ids.id)).toBe('a, b');
    expect(url.searchParams.get(ISSUE_FIELDS.answer.id)).toBe(ISSUE_OPTIONS.changed);
  });

  it('reads a rendered form by its headings, an empty field as empty', () => {
    const body = Object.values(ISSUE_FIELDS)
      .map((f, i) => `### ${f.label}\n\n${i === 3 ? '_No response_' : `v${i}`}\n`)
      .join('\n');
    expect(parseIssueForm(body)).toMatchObject({ provider: 'v0', ids: 'v1', answer: 'v2', changes: '' });
  });
});
