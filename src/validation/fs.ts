// Node-only: reads the content folder for validateCorpus. Kept apart so that the browser
// bundle of the submission form never pulls in `fs`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { validateCorpus, type Content, type SourceFile } from './corpus';
import { formatProblem } from './problems';

/** Every file under content/, in a stable order. */
function contentFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(join(root, 'content'));
  return out;
}

export function readContentFiles(root: string): SourceFile[] {
  return contentFiles(root).map((full) => ({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') }));
}

export function validateContentDir(root: string) {
  return validateCorpus(readContentFiles(root));
}

// The build asks for the content from several places (each collection's loader, the map
// tiles), and Astro loads astro.config.mjs and the content config as separate module graphs,
// so a module-level variable would not be shared: the cache lives on globalThis. It is keyed
// by every file's path, size and modification time, so `astro dev` still sees an edit.
type Cache = { runs: number; entries: Map<string, { key: string; content: Content }> };
const CACHE = Symbol.for('palvelutori.validContent');
const cache = ((globalThis as typeof globalThis & { [CACHE]?: Cache })[CACHE] ??= { runs: 0, entries: new Map() });

function fingerprint(root: string): string {
  return contentFiles(root).map((f) => `${f}:${statSync(f).size}:${statSync(f).mtimeMs}`).join('\n');
}

/** How many times this process has read and validated the content: the build reports it. */
export const validationRuns = () => cache.runs;

/** The content, or an Error listing every problem: the build's way in. Validated once per content state. */
export function loadValidContent(root = process.cwd()): Content {
  const key = fingerprint(root);
  const hit = cache.entries.get(root);
  if (hit?.key === key) return hit.content;
  cache.runs++;
  const { content, problems } = validateContentDir(root);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length)
    throw new Error(`Sisällössä on ${errors.length} virhettä / Content has ${errors.length} errors:\n${errors.map(formatProblem).join('\n')}\nKorjaa ja aja npm run validate / Fix them and run npm run validate`);
  cache.entries.set(root, { key, content });
  return content;
}
