import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeMessage, messageYaml } from '../src/lib/listing-message';
import { validateContentDir } from '../src/validation/fs';
import { formatProblem } from '../src/validation/problems';
import { intake } from './intake';

const repo = join(import.meta.dirname, '..');
function copyContent() {
  const root = mkdtempSync(join(tmpdir(), 'pt-intake-'));
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

const notice = { notice: true, by: 'Tanssiseura Pyörteet ry', date: '2026-02-01' };
const provider = {
  id: 'tanssiseura-pyorteet',
  name: { fi: 'Tanssiseura Pyörteet ry' },
  type: 'ngo',
  contact: { email: 'tanssi@example.org' },
  source: { ...notice },
};
const service = {
  id: 'senioritanssit-runosmaki',
  title: { fi: 'Senioritanssit Runosmäessä' },
  summary: { fi: 'Tanssimme yhdessä pareittain ja yksin. Sopii kaikille, myös aloittelijoille.' },
  provider: 'tanssiseura-pyorteet',
  themes: ['liikunta'],
  audience: ['65+'],
  cost: { type: 'free' },
  join: { type: 'drop-in' },
  locations: [{ name: 'Kerhohuone', district: 'runosmaki' }],
  schedule: { weekly: [{ day: 'wed', start: '10:00', end: '11:30' }] },
  lastVerified: '2026-02-01',
  verifiedBy: 'organiser',
  source: [{ ...notice }],
};
const PROVIDER = 'content/providers/tanssiseura-pyorteet.yaml';
const SERVICE = 'content/services/senioritanssit-runosmaki.yaml';
const message = (s: Record<string, unknown> = service) =>
  composeMessage('Hei,\n\nlähetän uuden palvelun.', [
    { path: PROVIDER, text: messageYaml(provider) },
    { path: SERVICE, text: messageYaml(s) },
  ]);
const newFiles = (root: string) =>
  [...readdirSync(join(root, 'content/services')), ...readdirSync(join(root, 'content/providers'))].filter(
    (f) => f.includes('tanssi') || f.endsWith('.tmp'),
  );

describe('npm run intake', () => {
  it('writes the provider and the service from a reply, and the folder still validates', () => {
    const root = copyContent();
    const reply = `Kiitos, tässä!\n\n${message()
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n')}`;
    const r = intake(root, reply, '2026-02-03');
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.written).toEqual([PROVIDER, SERVICE]);
    expect(validateContentDir(root).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const text = readFileSync(join(root, SERVICE), 'utf8');
    expect(text.startsWith('# Lomakkeelta sähköpostilla / from the form by e-mail, 2026-02-03\n')).toBe(true);
    // The house style: one line per text, however the mail folded it.
    expect(text).toContain(`  fi: ${service.summary.fi}\n`);
  });

  it('writes nothing when a block is cut short, and says which', () => {
    const root = copyContent();
    const cut = message().slice(0, message().lastIndexOf('--- end ---'));
    const r = intake(root, cut);
    expect(r.written).toEqual([]);
    expect(r.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/services\/senioritanssit-runosmaki\.yaml .*Viesti on ehkä katkennut/),
    ]);
    expect(newFiles(root)).toEqual([]);
  });

  it('writes neither file when the service does not validate, and names its field and fix', () => {
    const root = copyContent();
    const r = intake(root, message({ ...service, locations: [{ district: 'runosmak' }] }));
    expect(r.problems.map(formatProblem)).toEqual([expect.stringContaining(`${SERVICE}:`)]);
    expect(formatProblem(r.problems[0])).toContain('locations[0].district: Tuntematon kaupunginosa "runosmak"');
    expect(formatProblem(r.problems[0])).toContain('tarkoititko "runosmaki"?');
    expect(newFiles(root)).toEqual([]);
  });

  it('never replaces an existing file', () => {
    const root = copyContent();
    const existing = readdirSync(join(root, 'content/services'))[0];
    const path = `content/services/${existing}`;
    const before = readFileSync(join(root, path), 'utf8');
    const r = intake(
      root,
      composeMessage('Hei', [{ path, text: messageYaml({ ...service, id: existing.replace('.yaml', '') }) }]),
    );
    expect(r.problems.map((p) => p.msg.en)).toEqual(['The file already exists: intake does not replace files']);
    expect(readFileSync(join(root, path), 'utf8')).toBe(before);
  });

  it('runs as a command: prints what it wrote, or each problem and exits 1', () => {
    const root = copyContent();
    const file = join(root, 'viesti.txt');
    // As npm runs it: from the repository, with the message as the only argument.
    const run = () =>
      execFileSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'scripts/intake.ts'), file], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    writeFileSync(file, 'Hei, tässä palvelumme!');
    let err: { status?: number; stderr?: string } = {};
    try {
      run();
    } catch (e) {
      err = e as typeof err;
    }
    expect(err.status).toBe(1);
    expect(err.stderr).toMatch(/Viestissä ei ole yhtään tiedostoa.*\n\n1 ongelmaa, mitään ei kirjoitettu/s);
    writeFileSync(file, message());
    expect(run()).toContain(`kirjoitettu / written: ${SERVICE}`);
    expect(existsSync(join(root, PROVIDER))).toBe(true);
  });
});
