// npm run validate: checks every file under content/ and prints every problem at once,
// one line each. Exit code 1 when there are errors.
import { formatProblem } from '../src/validation/problems';
import { validateContentDir } from '../src/validation/fs';

const root = process.argv[2] ?? process.cwd();
const { content, problems } = validateContentDir(root);
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
console.log(
  `\n${content.services.length} palvelua / services, ${content.providers.length} tuottajaa / providers, ` +
    `${content.districts.length} kaupunginosaa / districts: ${errors} virhettä / errors`,
);
process.exit(errors ? 1 : 0);
