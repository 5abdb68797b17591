// loadValidContent: the build's one way in to content, read and validated once per content state.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidContent, validationRuns } from './fs';

// A copy of the real content, so that the test can edit a file.
function copy() {
  const root = mkdtempSync(join(tmpdir(), 'pt-fs-'));
  cpSync(join(import.meta.dirname, '../../content'), join(root, 'content'), { recursive: true });
  return root;
}

describe('loadValidContent', () => {
  it('reads and validates the content once, however many parts of the build ask', () => {
    const root = copy();
    const before = validationRuns();
    const first = loadValidContent(root);
    expect(loadValidContent(root)).toBe(first);
    expect(loadValidContent(root)).toBe(first);
    expect(validationRuns() - before).toBe(1);
  });

  it('validates again after a file changes, so `astro dev` sees the edit', () => {
    const root = copy();
    const first = loadValidContent(root);
    const file = join(root, 'content/services/seniorineuvonta-poiju-turku.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:\n  fi: .*$/m, 'title:\n  fi: Muutettu nimi'));
    const second = loadValidContent(root);
    expect(second).not.toBe(first);
    expect(second.services.find((s) => s.id === 'seniorineuvonta-poiju-turku')!.title.fi).toBe('Muutettu nimi');
  });

  it('still stops on invalid content, every time it is asked', () => {
    const root = copy();
    writeFileSync(join(root, 'content/services/rikki.yaml'), 'id: rikki\n');
    expect(() => loadValidContent(root)).toThrow(/content\/services\/rikki.yaml/);
    expect(() => loadValidContent(root)).toThrow(/Content has/);
  });
});
