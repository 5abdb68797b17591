import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentDir } from '../src/validation/fs';

const repo = join(import.meta.dirname, '..');

function sandbox() {
  const dir = mkdtempSync(join(tmpdir(), 'pt-new-'));
  cpSync(join(repo, 'content'), join(dir, 'content'), {
    recursive: true,
    filter: (src) => !src.includes('/services/') || src.endsWith('/services'),
  });
  writeFileSync(
    join(dir, 'content/providers/esimerkkiyhdistys.yaml'),
    'id: esimerkkiyhdistys\nname: { fi: Esimerkkiyhdistys ry }\ntype: ngo\n',
  );
  return dir;
}

function run(dir: string, answers: string[]) {
  return execFileSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'scripts/new-listing.ts'), '--root', dir], {
    input: answers.join('\n') + '\n',
    encoding: 'utf8',
  });
}

describe('npm run new-listing', () => {
  it('asks the questions, re-asks a bad answer, and writes a valid file', () => {
    const dir = sandbox();
    const out = run(dir, [
      'Tuolijumppa Runosmäessä',
      '',
      'Kevyttä jumppaa tuolilla. Sopii kaikille.',
      'esimerkkiyhdistys',
      '1',
      '',
      '1',
      '',
      '1',
      '',
      '',
      'Runosmäki',
      'Runosmäen olohuone',
      'Katu 1',
      '2036',
      '20360',
      // Latitude and longitude swapped, then right (with a decimal comma).
      '22.25',
      '60.49',
      '60,4901',
      '22,2502',
      '02 123 456x',
      '02 123 4567',
      '',
      '',
      'https://example.fi/',
      '2025-03-01',
    ]);
    expect(out).toContain('Postinumerossa pitää olla viisi numeroa');
    expect(out).toContain('Koordinaatit ovat Turun seudun ulkopuolella');
    expect(out).toContain('Puhelinnumero ei kelpaa');
    expect(out).toContain('Kirjoitettu / written: content/services/tuolijumppa-runosmaessa.yaml');
    const { problems, content } = validateContentDir(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const s = content.services.find((x) => x.id === 'tuolijumppa-runosmaessa')!;
    expect(s.locations[0]).toMatchObject({
      district: 'runosmaki',
      postalCode: '20360',
      street: 'Katu 1',
      coordinates: { lat: 60.4901, lon: 22.2502 },
    });
    expect(s.contact?.phone).toBe('02 123 4567');
    expect(readFileSync(join(dir, 'content/services/tuolijumppa-runosmaessa.yaml'), 'utf8')).toContain(
      'lastVerified: 2025-03-01',
    );
  });

  it('suggests the nearest provider for a typo', () => {
    expect(() => run(sandbox(), ['Jumppa', '', 'Jumppaa.', 'esimerkkiyhdistis'])).toThrow();
    try {
      run(sandbox(), ['Jumppa', '', 'Jumppaa.', 'esimerkkiyhdistis']);
    } catch (e) {
      expect(String((e as { stdout: string }).stdout)).toContain('tarkoititko / did you mean esimerkkiyhdistys?');
    }
  });
});
