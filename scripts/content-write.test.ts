import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentRejected, editYaml, newYaml, writeContent } from './content-write';

const repo = join(__dirname, '..');

function copyContent() {
  const root = mkdtempSync(join(tmpdir(), 'content-write-'));
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

describe('editYaml', () => {
  it('keeps comments and untouched keys, and returns the same text when nothing changes', () => {
    const text = '# a note\nid: x # why\nthemes: [seura, liikunta]\nlastVerified: 2020-01-01\n';
    expect(editYaml(text, () => {})).toBe(text);
    const out = editYaml(text, (d) => d.set('lastVerified', '2026-12-01'));
    expect(out).toContain('# a note');
    expect(out).toContain('id: x # why');
    expect(out).toContain('lastVerified: 2026-12-01');
    // Flow lists keep the house style, so a changed file's diff shows only what changed.
    expect(out).toContain('themes: [seura, liikunta]');
  });
});

describe('writeContent', () => {
  it('writes every change when the whole folder validates', () => {
    const root = copyContent();
    const path = 'content/services/suvanto-linja.yaml';
    const text = editYaml(readFileSync(join(root, path), 'utf8'), (d) => d.set('lastVerified', '2026-12-01'));
    expect(writeContent(root, [{ path, text }]).map((c) => c.path)).toEqual([path]);
    expect(readFileSync(join(root, path), 'utf8')).toContain('lastVerified: 2026-12-01');
    // A second run with the same input has nothing to do.
    expect(writeContent(root, [{ path, text }])).toEqual([]);
  });

  it('writes nothing when one change breaks the content, and names the file and field', () => {
    const root = copyContent();
    const good = 'content/services/suvanto-linja.yaml';
    const before = readFileSync(join(root, good), 'utf8');
    const changes = [
      { path: good, text: editYaml(before, (d) => d.set('lastVerified', '2026-12-01')) },
      { path: 'content/services/uusi.yaml', text: 'id: uusi\ntitle: { fi: Uusi }\n' },
    ];
    let err: unknown;
    try {
      writeContent(root, changes);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContentRejected);
    expect(String((err as Error).message)).toContain('content/services/uusi.yaml');
    expect(readFileSync(join(root, good), 'utf8')).toBe(before);
    expect(readdirSync(join(root, 'content/services')).filter((f) => f.includes('uusi') || f.endsWith('.tmp'))).toEqual(
      [],
    );
  });
});

describe('newYaml', () => {
  it('writes long lines unfolded, with a header comment', () => {
    const text = newYaml({ id: 'x', summary: { fi: 'a '.repeat(80).trim() } }, ' made by a test');
    expect(text.startsWith('# made by a test\n')).toBe(true);
    expect(text).toContain(`fi: ${'a '.repeat(80).trim()}\n`);
  });
});

describe('editYaml keeps what it did not change', () => {
  it('rewrites only the changed field, leaving folded paragraphs, quoting and comments as written', () => {
    const text = [
      '# header',
      'id: x',
      'description:',
      '  fi: >-',
      '    Pitkä kappale, joka on taitettu',
      '    kahdelle riville.',
      "audience: ['65+']",
      'lastVerified: 2020-01-01 # old',
      'source:',
      '  - { url: https://example.fi/, date: 2020-01-01 }',
      '',
    ].join('\n');
    const out = editYaml(text, (d) => {
      d.set('lastVerified', '2026-12-01');
      d.set('verifiedBy', 'organiser');
    });
    expect(out).toBe(
      // The editor's comment stays with the field it was written on.
      text.replace('lastVerified: 2020-01-01 # old\n', 'lastVerified: 2026-12-01 # old\n') + 'verifiedBy: organiser\n',
    );
  });

  it('changes no line of any real listing but the ones it sets', () => {
    const path = join(repo, 'content/services/kvartersklubben-folkhalsan.yaml');
    const text = readFileSync(path, 'utf8');
    const out = editYaml(text, (d) => d.set('verifiedBy', 'organiser'));
    expect(out).toBe(`${text}verifiedBy: organiser\n`);
  });
});
