// npm run validate: checks every file under content/ and prints every problem at once, one
// line each, then the plain-language report for the summaries (warnings only).
// Exit code 1 when there are errors.
import { findingMessage, checkPlainText } from '../src/validation/plain-language';
import { formatProblem, type Problem } from '../src/validation/problems';
import { validateContentDir } from '../src/validation/fs';

const root = process.argv[2] ?? process.cwd();
const { content, problems } = validateContentDir(root);
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;

const allow = new Set(content.plainWords.map((w) => w.toLocaleLowerCase('fi')));
const lix: number[] = [];
const warnings: Problem[] = [];
const rows: string[] = [];
for (const s of content.services) {
  const report = checkPlainText(s.summary.fi, allow);
  lix.push(report.lix);
  for (const f of report.findings) warnings.push({ file: `content/services/${s.id}.yaml`, field: 'summary.fi', msg: findingMessage(f), severity: 'warning' });
  rows.push(`  ${String(report.lix).padStart(3)}  ${report.findings.length ? `${report.findings.length} !` : '   '}  ${s.id}`);
}
if (content.services.length) {
  console.log('\nSelkokieli / plain language (summary.fi): LIX per listing, lower is easier');
  console.log(rows.sort().join('\n'));
  for (const w of warnings) console.log(formatProblem(w));
  const mean = Math.round(lix.reduce((a, b) => a + b, 0) / lix.length);
  console.log(`Yhteensä / total: LIX keskimäärin / mean ${mean}, ${warnings.length} varoitusta / warnings (eivät estä julkaisua / they do not block publishing)`);
}

console.log(
  `\n${content.services.length} palvelua / services, ${content.providers.length} tuottajaa / providers, ` +
    `${content.districts.length} kaupunginosaa / districts: ${errors} virhettä / errors`,
);
process.exit(errors ? 1 : 0);
