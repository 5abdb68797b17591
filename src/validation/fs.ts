// Node-only: reads the content folder for validateCorpus. Kept apart so that the browser
// bundle of the submission form never pulls in `fs`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { validateCorpus, type SourceFile } from './corpus';
import { formatProblem } from './problems';

export function readContentFiles(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, 'content'));
  return out;
}

export function validateContentDir(root: string) {
  return validateCorpus(readContentFiles(root));
}

/** The content, or an Error listing every problem: the build's way in. */
export function loadValidContent(root = process.cwd()) {
  const { content, problems } = validateContentDir(root);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length)
    throw new Error(`Sisällössä on ${errors.length} virhettä / Content has ${errors.length} errors:\n${errors.map(formatProblem).join('\n')}\nKorjaa ja aja npm run validate / Fix them and run npm run validate`);
  return content;
}
