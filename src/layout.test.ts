// The layout says where code runs: src/client/ runs in the browser, scripts/ are Node tools,
// and the site (src/) never reaches into the tools.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|astro|mjs)$/.test(name) ? [full] : [];
  });
}
const imports = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('layout', () => {
  it('nothing under src/ imports from scripts/', () => {
    const offenders = files(SRC).flatMap((f) =>
      imports(readFileSync(f, 'utf8'))
        .filter((i) => /(^|\/)scripts\//.test(i))
        .map((i) => `${relative(SRC, f)}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });
  it('browser code lives in src/client/; there is no src/scripts/', () => {
    expect(readdirSync(SRC)).not.toContain('scripts');
    expect(readdirSync(SRC)).toContain('client');
  });
});
