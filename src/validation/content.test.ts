// The real content: every listing in content/ passes, and the directory is big and varied
// enough to be useful.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { providerSchema, serviceSchema } from '../schema';
import { describe, expect, it } from 'vitest';
import { contentFigures } from '../lib/content-figures';
import { validateContentDir } from './fs';
import { formatProblem } from './problems';

const { content, problems } = validateContentDir(join(import.meta.dirname, '../..'));

describe('the content folder', () => {
  it('has no validation errors', () => {
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('has at least 130 live listings from at least 55 providers of every type, 10 of them from parishes', () => {
    const f = contentFigures(content);
    expect(f.live).toBeGreaterThanOrEqual(130);
    expect(f.providers).toBeGreaterThanOrEqual(55);
    expect(f.parishListings).toBeGreaterThanOrEqual(10);
    expect(Object.values(f.providersByType).every((n) => n > 0)).toBe(true);
  });

  it('gives a way to act on every live listing, and a phone on at least as many as today', () => {
    const f = contentFigures(content);
    expect(f.withWayToAct).toBe(f.live);
    // A ratchet, not the goal: the goal is 60 % and more; the stored pages gave no more numbers yet.
    expect(f.withPhone / f.live).toBeGreaterThanOrEqual(0.53);
  });

  it('names the page and date of every number it shows', () => {
    expect(contentFigures(content).unsourcedPhone).toEqual([]);
  });

  it('covers all 82 districts of Turku and every theme is used', () => {
    expect(content.districts).toHaveLength(82);
    for (const theme of content.themes)
      expect(
        content.services.some((s) => s.themes.includes(theme.id)),
        theme.id,
      ).toBe(true);
  });

  it('offers templates that are valid as they stand, so an NGO can start from them', () => {
    const template = (name: string) =>
      parse(readFileSync(join(import.meta.dirname, `../../content/_templates/${name}.yaml`), 'utf8'));
    expect(serviceSchema.safeParse(template('service')).error?.issues).toBeUndefined();
    expect(providerSchema.safeParse(template('provider')).error?.issues).toBeUndefined();
  });
});
