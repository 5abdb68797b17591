import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentFiles, loadValidContent } from '../../src/validation/fs';
import { isRefusal, planApply, readAnswer, runApply, servicePath, type Answer, type Refusal } from './apply';
import { emlMessage } from './mime';
import { ISSUE_FIELDS, ISSUE_OPTIONS } from './protocol';
import { runRecheck } from './recheck';

const repo = join(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, 'fixtures');
const NOW = new Date('2027-02-01T00:00:00Z');
const TODAY = '2027-02-01';

function copyContent() {
  const root = mkdtempSync(join(tmpdir(), 'recheck-apply-'));
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  return root;
}
const files = (root: string) => new Map(readContentFiles(root).map((f) => [f.path, f.text]));

// The sample answers in fixtures/ and the listings they name.
const SUVANTO = ['keskusteluapu-suvanto', 'suvanto-linja', 'suvanto-linja-lakineuvonta'];
const KLUBB = [
  'fredagstraffar-abo-svenska-pensionarsklubb',
  'petanque-abo-svenska-pensionarsklubb',
  'stavgang-abo-svenska-pensionarsklubb',
];
const FOLKHALSAN = ['kvartersklubben-folkhalsan'];
const VIADIA = ['viadia-turku-lahimmaistyo-vanhuksille', 'viadia-turku-ruoka-apu'];
const KATARIINA = ['vanhustyon-diakoni-katariinan-seurakunta', 'vertaisvapaaehtoiset-katariinan-seurakunta'];
const AURALA = 'auralan-senioritoiminta';

describe('npm run recheck:apply on the sample answers, on a copy of the content', () => {
  const root = copyContent();
  const before = files(root);
  const content = loadValidContent(root);
  const result = runApply({ root, dir: fixtures, now: NOW, date: '2027-01-07' });
  const after = files(root);
  const data = (id: string, from = after) => parse(from.get(servicePath(id))!) as Record<string, unknown>;

  it('works on listings that exist, of the organisers the answers name', () => {
    const owner = new Map(content.services.map((s) => [s.id, s.provider]));
    for (const [ids, provider] of [
      [SUVANTO, 'suvanto-ry'],
      [KLUBB, 'abo-svenska-pensionarsklubb'],
      [FOLKHALSAN, 'folkhalsan'],
      [VIADIA, 'viadia-turku'],
      [KATARIINA.slice(0, 1), 'katariinan-seurakunta'],
      [[AURALA], 'auralan-setlementti'],
    ] as const)
      for (const id of ids) expect(`${id} → ${owner.get(id)}`).toBe(`${id} → ${provider}`);
  });

  it('confirms "still correct" answers: lastVerified is the day of the answer, verifiedBy organiser', () => {
    // An encoded subject (01), a line only in a quoted-printable body, dated by the sender's own
    // clock: 4 Jan at 23.30 in UTC−8 is already 5 Jan in UTC (02), an issue dated by --date (03).
    for (const [ids, day] of [
      [SUVANTO, '2027-01-03'],
      [KLUBB, '2027-01-04'],
      [FOLKHALSAN, '2027-01-07'],
    ] as const)
      for (const id of ids) {
        const { lastVerified, verifiedBy, ...rest } = data(id);
        expect([id, lastVerified, verifiedBy]).toEqual([id, day, 'organiser']);
        // Nothing else in the listing changed.
        const { lastVerified: _l, verifiedBy: _v, ...old } = data(id, before);
        expect(rest).toEqual(old);
        // verifiedBy goes right after lastVerified.
        expect(after.get(servicePath(id))).toContain(`lastVerified: ${day}\nverifiedBy: organiser\n`);
      }
    expect(result.plan.confirmed.map((c) => basename(c.answer.file))).toEqual([
      '01-suvanto-ok-encoded-subject.eml',
      '02-pensionarsklubb-ok-quoted-printable.eml',
      '03-folkhalsan-ok-issue.md',
    ]);
  });

  it('lists a "changed" answer for an editor, with what they wrote, and leaves its files alone', () => {
    for (const id of VIADIA) expect(after.get(servicePath(id))).toBe(before.get(servicePath(id)));
    expect(result.plan.changed).toHaveLength(1);
    const [changed] = result.plan.changed;
    expect(changed.answer.provider).toBe('viadia-turku');
    expect(changed.answer.ids).toEqual(VIADIA);
    // A format=flowed line joined again.
    expect(changed.byId.get('viadia-turku-ruoka-apu')).toBe(
      'Ruoka-apu jaetaan nyt tiistaisin kello 10–12, ei enää torstaisin.',
    );
    expect(changed.other).toBe('Terveisin Maija');
    expect(result.text).toContain('    viadia-turku-ruoka-apu — content/services/viadia-turku-ruoka-apu.yaml');
    expect(result.text).toContain('      Ruoka-apu jaetaan nyt tiistaisin');
  });

  it("refuses an answer with another organiser's listing, naming the file, and writes nothing of it", () => {
    expect(result.plan.refused).toHaveLength(1);
    expect(basename(result.plan.refused[0].file)).toBe('05-katariinan-id-of-another-organiser.eml');
    expect(result.plan.refused[0].reason).toContain(`${AURALA}: järjestäjä on / its organiser is auralan-setlementti`);
    for (const id of [...KATARIINA, AURALA]) expect(after.get(servicePath(id))).toBe(before.get(servicePath(id)));
  });

  it('writes no other file, and prints the summary', () => {
    const changedPaths = [...after.keys()].filter((p) => after.get(p) !== before.get(p)).sort();
    expect(changedPaths).toEqual([...SUVANTO, ...KLUBB, ...FOLKHALSAN].map(servicePath).sort());
    expect(result.written.map((c) => c.path).sort()).toEqual(changedPaths);
    expect(result.text).toContain(
      'Yhteenveto / Summary: ajan tasalla / confirmed 3, muuttunut / changed 1, hylätty / refused 1; 7 tiedostoa kirjoitettu / files written',
    );
    expect(result.text).toMatch(/05-katariinan-id-of-another-organiser\.eml: .*auralan-senioritoiminta/);
  });

  it('changes nothing when run again with the same answers', () => {
    const again = runApply({ root, dir: fixtures, now: NOW, date: '2027-01-07' });
    expect(again.written).toEqual([]);
    expect(files(root)).toEqual(after);
  });
});

describe('answers that are refused or change nothing', () => {
  const root = copyContent();
  const content = loadValidContent(root);
  const mail = (name: string, subject: string, body: string, date = 'Wed, 6 Jan 2027 10:00:00 +0200') =>
    readAnswer(
      name,
      Buffer.from(
        emlMessage(
          [
            ['Date', date],
            ['Subject', subject],
          ],
          body,
        ),
        'latin1',
      ),
    );
  const text = (name: string, body: string, fallback?: string) => readAnswer(name, Buffer.from(body), fallback);
  const plan = (...answers: (Answer | Refusal)[]) => planApply(content, answers, TODAY);
  const reasonOf = (a: Answer | Refusal) => (isRefusal(a) ? a.reason : plan(a).refused[0]?.reason);

  it('refuses an unknown organiser, a listing that does not exist, and an ended one', () => {
    expect(reasonOf(mail('a.eml', '[palvelutori-recheck] ei-ole OK: suvanto-linja', ''))).toContain(
      'unknown organiser "ei-ole"',
    );
    expect(reasonOf(mail('b.eml', '[palvelutori-recheck] suvanto-ry OK: suvanto-linja, ei-ole', ''))).toContain(
      'ei-ole: ei palvelua / no such listing',
    );
    const ended = content.services.find((s) => s.status === 'ended')!;
    expect(reasonOf(mail('c.eml', `[palvelutori-recheck] ${ended.provider} OK: ${ended.id}`, ''))).toContain(
      `${ended.id}: päättynyt / ended`,
    );
  });

  it('refuses what is ambiguous or has no answer line', () => {
    expect(
      reasonOf(
        mail(
          'd.eml',
          '[palvelutori-recheck] suvanto-ry OK: suvanto-linja',
          '[palvelutori-recheck] suvanto-ry CHANGED: suvanto-linja',
        ),
      ),
    ).toContain('ambiguous: the subject says suvanto-ry OK, the body suvanto-ry CHANGED');
    expect(reasonOf(mail('e.eml', 'Re: Palvelutori Turku', 'Kaikki on kunnossa, kiitos!'))).toContain(
      'no [palvelutori-recheck] answer line',
    );
    const form = (answer: string, changes: string) =>
      [
        `### ${ISSUE_FIELDS.provider.label}\n\nsuvanto-ry`,
        `### ${ISSUE_FIELDS.ids.label}\n\nsuvanto-linja`,
        `### ${ISSUE_FIELDS.answer.label}\n\n${answer}`,
        `### ${ISSUE_FIELDS.changes.label}\n\n${changes}`,
      ].join('\n\n');
    expect(reasonOf(text('f.md', form(ISSUE_OPTIONS.ok, 'suvanto-linja: uusi numero'), TODAY))).toContain(
      'ambiguous: the answer is "still correct" but the change field has text',
    );
    expect(reasonOf(text('g.md', form('Ehkä', '_No response_'), TODAY))).toContain('ambiguous answer "Ehkä"');
    // The change field prefilled with empty "<id>: " lines is no text.
    expect(isRefusal(text('h.md', form(ISSUE_OPTIONS.ok, 'suvanto-linja: '), TODAY))).toBe(false);
    expect(reasonOf(text('i.md', `### Jotain muuta\n\nx`, TODAY))).toContain('not the re-check form');
  });

  it('refuses "still correct" without a date, or dated in the future', () => {
    expect(reasonOf(text('j.txt', '[palvelutori-recheck] suvanto-ry OK: suvanto-linja'))).toContain('no date');
    expect(
      reasonOf(
        mail('k.eml', '[palvelutori-recheck] suvanto-ry OK: suvanto-linja', '', 'Mon, 1 Mar 2027 10:00:00 +0200'),
      ),
    ).toContain('in the future');
  });

  it('reads the day of an issue answer from a Date: line before the form', () => {
    const a = text('l.md', `Date: 2027-01-09T07:00:00Z\n\n### ${ISSUE_FIELDS.provider.label}\n\nx`, '2027-01-01');
    expect(isRefusal(a) ? a.reason : a.date).toContain('not the re-check form');
    const ok = text(
      'm.md',
      `Date: 2027-01-09T07:00:00Z\n\n### ${ISSUE_FIELDS.provider.label}\n\nsuvanto-ry\n\n### ${ISSUE_FIELDS.ids.label}\n\nsuvanto-linja\n\n### ${ISSUE_FIELDS.answer.label}\n\n${ISSUE_OPTIONS.ok}`,
      '2027-01-01',
    ) as Answer;
    expect(ok.date).toBe('2027-01-09');
  });

  it('does not move lastVerified backwards, and takes the newest of two answers', () => {
    const current = content.services.find((s) => s.id === 'suvanto-linja')!.lastVerified;
    const older = mail(
      'n.eml',
      '[palvelutori-recheck] suvanto-ry OK: suvanto-linja',
      '',
      'Fri, 1 Jan 2010 10:00:00 +0200',
    );
    const p = plan(older);
    expect(p.refused).toEqual([]);
    expect(p.updates.size).toBe(0);
    expect(p.confirmed[0].kept).toEqual([{ id: 'suvanto-linja', lastVerified: current }]);
    const a = mail('o.eml', '[palvelutori-recheck] suvanto-ry OK: suvanto-linja', '', 'Sat, 2 Jan 2027 10:00:00 +0200');
    const b = mail('p.eml', '[palvelutori-recheck] suvanto-ry OK: suvanto-linja', '', 'Tue, 5 Jan 2027 10:00:00 +0200');
    expect(plan(a, b).updates.get('suvanto-linja')?.to).toBe('2027-01-05');
    expect(plan(b, a).updates.get('suvanto-linja')?.to).toBe('2027-01-05');
  });

  it('refuses "still correct" for a listing another answer says has changed', () => {
    const ok = mail('q.eml', '[palvelutori-recheck] suvanto-ry OK: suvanto-linja, keskusteluapu-suvanto', '');
    const changed = mail(
      'r.eml',
      '[palvelutori-recheck] suvanto-ry CHANGED: suvanto-linja',
      'suvanto-linja: uusi aika',
    );
    const p = plan(ok, changed);
    expect(p.updates.size).toBe(0);
    expect(p.refused[0].file).toBe('q.eml');
    expect(p.refused[0].reason).toContain('suvanto-linja is "changed" in r.eml');
    expect(p.changed[0].byId.get('suvanto-linja')).toBe('uusi aika');
  });
});

describe('a round trip', () => {
  it('an answer sent with the ready e-mail of a message is applied', () => {
    const root = copyContent();
    const out = join(root, 'recheck-out');
    const config = { maintainerEmail: 'toimitus@example.org', repository: '', siteUrl: '' };
    const { rows } = runRecheck({ root, out, now: NOW, config });
    const row = rows.find((r) => r.msg.ids.length > 1)!;
    // What a mail program makes of the "still correct" link: its subject and body, sent.
    const link = new URL(row.msg.mailto[0].ok);
    const answers = join(root, 'vastaukset');
    mkdirSync(answers);
    writeFileSync(
      join(answers, 'vastaus.eml'),
      emlMessage(
        [
          ['Date', 'Thu, 7 Jan 2027 08:00:00 +0200'],
          ['From', 'Järjestäjä <jarjestaja@example.fi>'],
          ['Subject', `VS: ${link.searchParams.get('subject')} – kiitos`],
        ],
        link.searchParams.get('body')!,
      ),
      'latin1',
    );
    const { plan, text } = runApply({ root, dir: answers, now: NOW });
    expect(plan.refused).toEqual([]);
    expect(text).toContain('ignored after the ids: "– kiitos"');
    expect([...plan.updates.keys()].sort()).toEqual([...row.msg.ids].sort());
    for (const id of row.msg.ids)
      expect(readFileSync(join(root, servicePath(id)), 'utf8')).toContain(
        'lastVerified: 2027-01-07\nverifiedBy: organiser\n',
      );
  });
});
