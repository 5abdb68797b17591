// Node-only: reads the content folder for validateCorpus. Kept apart so that the browser
// bundle of the submission form never pulls in `fs`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { validateCorpus, type SourceFile } from './corpus';

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
