// npm run intake -- message.txt: a listing a volunteer sent with the form's "Send by e-mail"
// → its files in content/. The message body may be saved as received: quoted-printable, quoted
// with "> ", lines broken by the mail (src/lib/listing-message.ts reads all of these). The files
// are checked with the whole content folder, as the build checks them, and written all or
// none (scripts/content-write.ts). An existing file is never replaced: a message adds.
//
//   npm run intake -- message.txt          # or - to read the message from standard input
//   npm run intake -- message.txt --root <repository>   # another checkout or a copy
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessage } from '../src/lib/listing-message';
import { formatProblem, type Problem } from '../src/validation/problems';
import { parseYaml } from '../src/validation/yaml';
import { ContentRejected, newYaml, writeContent, type ContentChange } from './content-write';

export type IntakeResult = { written: string[]; problems: Problem[] };

export function intake(root: string, message: string, today = new Date().toISOString().slice(0, 10)): IntakeResult {
  const read = parseMessage(message);
  const problems: Problem[] = read.problems.map((p) => ({ file: p.file, field: '', msg: p.msg, severity: 'error' }));
  const changes: ContentChange[] = [];
  for (const f of read.files) {
    if (existsSync(join(root, f.path))) {
      problems.push({
        file: f.path,
        field: '',
        msg: {
          fi: 'Tiedosto on jo olemassa: intake ei korvaa tiedostoja',
          en: 'The file already exists: intake does not replace files',
          fixFi: 'katso, onko palvelu jo lisätty; muuten vaihda tunnus (id ja lohkon tiedostonimi) viestissä',
          fixEn:
            'check whether the listing was already added; otherwise change the id (id and the file name) in the message',
        },
        severity: 'error',
      });
      continue;
    }
    const parsed = parseYaml(f.text);
    if (!parsed.ok) {
      problems.push({ file: f.path, line: parsed.line, field: '', msg: parsed.msg, severity: 'error' });
      continue;
    }
    // Written again in the house style: the message's short folded lines were for the mail.
    changes.push({
      path: f.path,
      text: newYaml(parsed.data, ` Lomakkeelta sähköpostilla / from the form by e-mail, ${today}`),
    });
  }
  if (problems.length) return { written: [], problems };
  try {
    return { written: writeContent(root, changes).map((c) => c.path), problems: [] };
  } catch (e) {
    if (e instanceof ContentRejected) return { written: [], problems: e.problems };
    throw e;
  }
}

function main() {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? args[rootAt + 1] : process.cwd();
  const file = args.find((a, i) => !a.startsWith('--') && (rootAt < 0 || i !== rootAt + 1));
  if (!file || !root) {
    console.error(
      'Käyttö / usage: npm run intake -- viesti.txt [--root <kansio>]   (- lukee syötteestä / reads stdin)',
    );
    process.exit(2);
  }
  const message = readFileSync(file === '-' ? 0 : file, 'utf8');
  const { written, problems } = intake(root, message);
  if (problems.length) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(
      `\n${problems.length} ongelmaa, mitään ei kirjoitettu / ${problems.length} problem(s), nothing was written.`,
    );
    process.exit(1);
  }
  for (const path of written) console.log(`kirjoitettu / written: ${path}`);
  console.log('\nSeuraavaksi / next: npm run validate, katso tiedostot / read the files, git add, pull request.');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
