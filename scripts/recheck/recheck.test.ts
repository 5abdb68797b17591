import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../src/lib/stale';
import { readContentFiles, loadValidContent } from '../../src/validation/fs';
import { ConfigError, recheckConfig } from './config';
import { parseMail } from './mime';
import { parseAnswerLine } from './protocol';
import { runRecheck } from './recheck';

const repo = join(import.meta.dirname, '../..');
const NOW = new Date('2027-02-01T00:00:00Z');
const config = { maintainerEmail: 'toimitus@example.org', repository: 'https://github.com/o/r', siteUrl: '' };

function copyContent(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

describe('npm run recheck, on a copy of the content', () => {
  const root = copyContent('recheck-');
  const out = join(root, 'recheck-out');
  const contentBefore = readContentFiles(root);
  const { rows } = runRecheck({ root, out, now: NOW, config });
  const content = loadValidContent(root);
  // What the round should cover, worked out here from the content itself.
  const expected = new Map<string, string[]>();
  for (const s of content.services)
    if (s.status !== 'ended' && isStale(s.lastVerified, NOW))
      expected.set(s.provider, [...(expected.get(s.provider) ?? []), s.id]);
  const providers = new Map(content.providers.map((p) => [p.id, p]));
  const mailOf = (id: string) => parseMail(readFileSync(join(out, `${id}.eml`)));

  it('writes one .eml per organiser with stale live listings, and a summary row for each', () => {
    expect(expected.size).toBeGreaterThan(3);
    const emls = readdirSync(out).filter((f) => f.endsWith('.eml'));
    expect(emls.sort()).toEqual([...expected.keys()].map((id) => `${id}.eml`).sort());
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    const tableRows = summary.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    expect(tableRows).toHaveLength(expected.size + 1);
    for (const [id, ids] of expected) {
      const row = tableRows.find((r) => r.includes(`(\`${id}\`)`))!;
      expect(row).toContain(`| ${id}.eml |`);
      expect(row).toContain(`| ${ids.length}: `);
      expect(row).toContain(providers.get(id)!.contact?.email ? 'kyllä / yes' : 'ei / no');
    }
    expect(rows).toHaveLength(expected.size);
  });

  it('puts every stale listing id of the organiser, and no other, in the subject of each mailto link', () => {
    for (const [id, ids] of expected) {
      const links = [...mailOf(id).text.matchAll(/mailto:\S+/g)].map((m) => m[0]);
      const answers = links.map((l) => parseAnswerLine(new URL(l).searchParams.get('subject')!)!);
      expect(new Set(answers.map((a) => a.verdict))).toEqual(new Set(['ok', 'changed']));
      for (const a of answers) {
        expect(a.provider).toBe(id);
        expect([...a.ids].sort()).toEqual([...ids].sort());
      }
    }
  });

  it('writes messages with valid headers: To the organiser when it has an address, else a note', () => {
    for (const id of expected.keys()) {
      const raw = readFileSync(join(out, `${id}.eml`), 'latin1');
      const [head] = raw.split('\r\n\r\n');
      expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of head.split('\r\n')) {
        expect(line).toMatch(/^[\x20-\x7e]*$/);
        expect(line.length).toBeLessThanOrEqual(998);
      }
      const mail = mailOf(id);
      expect(mail.header('from')).toBe('Palvelutori Turku <toimitus@example.org>');
      expect(mail.header('reply-to')).toBe('toimitus@example.org');
      expect(mail.header('date')).toBe('Mon, 01 Feb 2027 00:00:00 +0000');
      expect(mail.header('mime-version')).toBe('1.0');
      expect(mail.header('content-type')).toBe('text/plain; charset=utf-8');
      expect(mail.header('content-transfer-encoding')).toBe('quoted-printable');
      expect(mail.header('subject')).toMatch(/^Palvelutori Turku: /);
      const email = providers.get(id)!.contact?.email;
      expect(mail.header('to')).toBe(email);
      if (!email) expect(mail.header('x-palvelutori-note')).toMatch(/add the recipient/);
    }
  });

  it('writes to a Swedish-speaking organiser in Swedish, and to a Finnish one in Finnish', () => {
    // Folkhälsan's only listing is held in Swedish; Suvanto ry's in Finnish.
    expect(content.services.filter((s) => s.provider === 'folkhalsan').every((s) => s.languages.join() === 'sv')).toBe(
      true,
    );
    const sv = mailOf('folkhalsan');
    expect(sv.header('subject')).toBe('Palvelutori Turku: Stämmer uppgifterna om er verksamhet?');
    expect(sv.text).toMatch(/^Hej!/);
    expect(sv.text).toContain('Uppgifternas datum: ');
    expect(sv.text).not.toContain('Hei!');
    const fi = mailOf('suvanto-ry');
    expect(fi.text).toMatch(/^Hei!/);
    expect(fi.text).not.toContain('Hej!');
  });

  it('changes nothing in content/', () => {
    expect(readContentFiles(root)).toEqual(contentBefore);
  });

  it("removes an earlier round's message to an organiser who is now up to date", () => {
    writeFileSync(join(out, 'vanha-jarjestaja.eml'), 'old');
    writeFileSync(join(out, 'muistiinpanot.txt'), "an editor's own notes");
    runRecheck({ root, out, now: NOW, config });
    expect(existsSync(join(out, 'vanha-jarjestaja.eml'))).toBe(false);
    expect(existsSync(join(out, 'muistiinpanot.txt'))).toBe(true);
    expect(existsSync(join(out, 'suvanto-ry.eml'))).toBe(true);
  });
});

describe('the command', () => {
  const tsx = join(repo, 'node_modules/.bin/tsx');
  const script = join(repo, 'scripts/recheck/recheck.ts');

  it('refuses to run, saying why, when there is no address for the answers', () => {
    expect(() => recheckConfig({ to: '' })).toThrow(ConfigError);
    expect(() => recheckConfig({ to: 'ei-osoite' })).toThrow(ConfigError);
    const root = copyContent('recheck-cli-');
    const r = spawnSync(tsx, [script, '--now', '2027-02-01'], {
      cwd: root,
      env: { ...process.env, PUBLIC_MAINTAINER_EMAIL: '' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('PUBLIC_MAINTAINER_EMAIL');
    expect(r.stderr).toContain('--to');
    expect(existsSync(join(root, 'recheck-out'))).toBe(false);
  });

  it('writes into --out with the address from --to', () => {
    const root = copyContent('recheck-cli-');
    const r = spawnSync(tsx, [script, '--to', 'vastaukset@example.org', '--out', 'kierros', '--now', '2027-02-01'], {
      cwd: root,
      env: { ...process.env, PUBLIC_MAINTAINER_EMAIL: '' },
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\d+ messages in kierros\//);
    const mail = parseMail(readFileSync(join(root, 'kierros', 'suvanto-ry.eml')));
    expect(mail.header('reply-to')).toBe('vastaukset@example.org');
    expect(mail.text).toContain('mailto:vastaukset@example.org?subject=');
  });
});
