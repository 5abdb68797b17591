// npm run validate: checks every file under content/ and prints every problem at once, one
// line each, then the plain-language report for the summaries (warnings only).
// Exit code 1 when there are errors.
import { findingMessage, checkPlainText } from '../src/validation/plain-language';
import { formatProblem, type Problem } from '../src/validation/problems';
import { addressWarnings, validateContentDir } from '../src/validation/fs';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
// In GitHub Actions every problem also becomes a file annotation on the pull request.
const github = args.includes('--github') || process.env.GITHUB_ACTIONS === 'true';
const annotate = (p: Problem) => {
  if (!github) return;
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const props = [
    `file=${p.file}`,
    p.line ? `line=${p.line}` : '',
    `title=${esc(p.field || p.file)
      .replace(/,/g, '%2C')
      .replace(/:/g, '%3A')}`,
  ]
    .filter(Boolean)
    .join(',');
  console.log(`::${p.severity === 'error' ? 'error' : 'warning'} ${props}::${esc(formatProblem(p))}`);
};

const { content, problems } = validateContentDir(root);
for (const p of problems) {
  console.log(formatProblem(p));
  annotate(p);
}
const errors = problems.filter((p) => p.severity === 'error').length;

// Street addresses the imported address data has no point for (npm run addresses:import).
const addresses = addressWarnings(content, root);
for (const w of addresses.warnings) {
  console.log(formatProblem(w));
  annotate(w);
}
if (addresses.index) {
  const withStreet = content.services
    .filter((s) => s.status !== 'ended')
    .flatMap((s) => s.locations.filter((l) => l.street && !l.coordinates)).length;
  console.log(
    `Osoitepisteet / address points (${addresses.index.source}, ${addresses.index.from}): ${withStreet - addresses.warnings.length} / ${withStreet} katuosoitetta löytyi / street addresses found`,
  );
}

const allow = new Set(content.plainWords.map((w) => w.toLocaleLowerCase('fi')));
const lix: number[] = [];
const warnings: Problem[] = [];
const rows: string[] = [];
for (const s of content.services) {
  const report = checkPlainText(s.summary.fi, allow);
  lix.push(report.lix);
  for (const f of report.findings)
    warnings.push({
      file: `content/services/${s.id}.yaml`,
      field: 'summary.fi',
      msg: findingMessage(f),
      severity: 'warning',
    });
  rows.push(
    `  ${String(report.lix).padStart(3)}  ${report.findings.length ? `${report.findings.length} !` : '   '}  ${s.id}`,
  );
}
if (content.services.length) {
  console.log('\nSelkokieli / plain language (summary.fi): LIX per listing, lower is easier');
  console.log(rows.sort().join('\n'));
  for (const w of warnings) {
    console.log(formatProblem(w));
    annotate(w);
  }
  const mean = Math.round(lix.reduce((a, b) => a + b, 0) / lix.length);
  console.log(
    `Yhteensä / total: LIX keskimäärin / mean ${mean}, ${warnings.length} varoitusta / warnings (eivät estä julkaisua / they do not block publishing)`,
  );
}

console.log(
  `\n${content.services.length} palvelua / services, ${content.providers.length} tuottajaa / providers, ` +
    `${content.districts.length} kaupunginosaa / districts: ${errors} virhettä / errors`,
);
process.exit(errors ? 1 : 0);
