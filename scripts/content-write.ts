// Node-only: how a program (not a person) changes files in content/. Used by the PTV importer,
// the re-check round and any later importer, so that each one
// - edits a listing's YAML in place, keeping an editor's comments, order and untouched fields;
// - checks the whole content folder with its changes applied, with the same validator as the
//   build (src/validation/corpus.ts), before a single file is written;
// - writes every file or none: a half-written import is worse than none.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isMap, parseDocument } from 'yaml';
import { validateCorpus } from '../src/validation/corpus';
import { readContentFiles } from '../src/validation/fs';
import { formatProblem, type Problem } from '../src/validation/problems';

/** A file to write, by its path relative to the repository root (`content/services/x.yaml`). */
export type ContentChange = { path: string; text: string };

/**
 * Applies `edit` to a YAML text and returns the new text. Only the top-level fields whose value
 * the edit changed are written anew; every other field keeps its lines exactly as a person
 * wrote them (comments, folded `>-` paragraphs, quoting), so a program's change reads in a diff
 * as just that change. A text with no changes comes back byte for byte, so a re-run with the
 * same input changes nothing.
 */
export function editYaml(text: string, edit: (doc: Document) => void): string {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(doc.errors[0].message);
  if (!isMap(doc.contents)) throw new Error('not a YAML mapping');
  const before = houseStyle(doc.toString({ lineWidth: 0 }));
  edit(doc);
  const after = houseStyle(doc.toString({ lineWidth: 0 }));
  if (after === before) return text;
  const old = fieldsOf(text);
  const now = fieldsOf(after);
  const same = (key: string) =>
    old.fields.has(key) && JSON.stringify(old.fields.get(key)!.value) === JSON.stringify(now.fields.get(key)!.value);
  return old.head + now.order.map((key) => (same(key) ? old : now).fields.get(key)!.lines).join('');
}

/** A YAML mapping's text cut at its top-level keys: each field's lines (and the comments after it). */
function fieldsOf(text: string) {
  const doc = parseDocument(text);
  const items = isMap(doc.contents) ? doc.contents.items : [];
  const starts = items.map((pair) => lineStart(text, (pair.key as { range?: [number, number, number] }).range![0]));
  const fields = new Map<string, { value: unknown; lines: string }>();
  const order: string[] = [];
  items.forEach((pair, i) => {
    const key = String((pair.key as { value?: unknown }).value);
    const lines = text.slice(starts[i], starts[i + 1] ?? text.length);
    fields.set(key, { value: doc.toJS()?.[key], lines: lines.endsWith('\n') ? lines : `${lines}\n` });
    order.push(key);
  });
  return { head: text.slice(0, starts[0] ?? 0), fields, order };
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/** YAML for a new file, in the house style (no folding of long lines). */
export function newYaml(data: unknown, header?: string): string {
  const doc = new Document(data);
  if (header) doc.commentBefore = header;
  return houseStyle(doc.toString({ lineWidth: 0 }));
}

// The files people write put spaces inside flow maps ({ day: tue, start: '10:00' }) but not
// inside flow lists ([seura, liikunta]); the yaml library pads both or neither. A key's flow
// list is unpadded again, so that a program's edit changes only the lines it means to.
const PADDED_LIST = /^(\s*(?:- )?[\w-]+: )\[ (.*) \]$/gm;
const houseStyle = (text: string) => text.replace(PADDED_LIST, '$1[$2]');

export class ContentRejected extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `Muutokset eivät läpäise tarkistusta, mitään ei kirjoitettu / the changes do not validate, nothing was written:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  }
}

/** Only the changes that differ from what is on disk. */
export function changedOnly(root: string, changes: ContentChange[]): ContentChange[] {
  return changes.filter((c) => {
    const file = join(root, c.path);
    return !existsSync(file) || readFileSync(file, 'utf8') !== c.text;
  });
}

/**
 * Validates the content folder as it would be with `changes`, then writes them all, or throws
 * ContentRejected and writes nothing. Each file goes to a temporary name first and is renamed
 * into place only when every one of them has been written.
 */
export function writeContent(root: string, changes: ContentChange[]): ContentChange[] {
  const todo = changedOnly(root, changes);
  if (!todo.length) return [];
  const byPath = new Map(todo.map((c) => [c.path, c.text]));
  const files = readContentFiles(root).map((f) => ({ ...f, text: byPath.get(f.path) ?? f.text }));
  for (const c of todo) if (!files.some((f) => f.path === c.path)) files.push({ path: c.path, text: c.text });
  const errors = validateCorpus(files).problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new ContentRejected(errors);
  const staged: [string, string][] = [];
  try {
    for (const c of todo) {
      const file = join(root, c.path);
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, c.text);
      staged.push([tmp, file]);
    }
  } catch (e) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, file] of staged) renameSync(tmp, file);
  return todo;
}
