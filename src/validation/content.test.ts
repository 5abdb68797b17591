// The real content: every listing in content/ passes, and the directory is big and varied
// enough to be useful.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentDir } from './fs';
import { formatProblem } from './problems';

const { content, problems } = validateContentDir(join(import.meta.dirname, '../..'));

describe('the content folder', () => {
  it('has no validation errors', () => {
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('has at least 80 services from at least 40 providers of every type', () => {
    expect(content.services.length).toBeGreaterThanOrEqual(80);
    const used = new Set(content.services.map((s) => s.provider));
    expect(used.size).toBeGreaterThanOrEqual(40);
    const types = new Set(content.providers.filter((p) => used.has(p.id)).map((p) => p.type));
    expect([...types].sort()).toEqual(['ngo', 'parish', 'private', 'public']);
  });

  it('covers all 82 districts of Turku and every theme is used', () => {
    expect(content.districts).toHaveLength(82);
    for (const theme of content.themes) expect(content.services.some((s) => s.themes.includes(theme.id)), theme.id).toBe(true);
  });
});
