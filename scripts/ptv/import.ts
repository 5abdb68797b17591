// npm run ptv:import [-- --from DIR] [--dry-run] [--config FILE] [--summary FILE]
// Keeps the listings of public services for people 65+ in step with the national service
// catalogue PTV (Suomi.fi-palvelutietovaranto, Open API v11). docs/ptv.md says what it does and
// which fields it owns. Order of work: read and check every answer first (network or --from
// files), then decide every change, then write all of them or none (scripts/content-write.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { validateCorpus } from '../../src/validation/corpus';
import { readContentFiles } from '../../src/validation/fs';
import { formatProblem } from '../../src/validation/problems';
import { ContentRejected, writeContent, type ContentChange } from '../content-write';
import { fetchChannels, fetchOrganisationServices, fileSource, httpSource, type FetchLike } from './client';
import { ConfigError, readConfig, unusableOrganisations, type PtvConfig, type PtvOrganisation } from './config';
import { mapService, uniqueId } from './map';
import { endListing, newListing, PTV_OWNED, updateListing } from './merge';
import type { V11Service } from './v11';

export const DEFAULT_CONFIG = fileURLToPath(new URL('./config.yaml', import.meta.url));

export type ImportOptions = {
  /** The repository root: content/ is read from and written under it. */
  root: string;
  config?: string;
  /** Read the answers from this folder instead of the network. */
  from?: string;
  dryRun?: boolean;
  /** For tests: the fetch to use, the time-out per request, tries per request. */
  fetch?: FetchLike;
  timeoutMs?: number;
  attempts?: number;
  retryDelayMs?: number;
  /** The date a service found gone from PTV is ended on (default: today). */
  today?: string;
};

export type FileChange = { path: string; ptv: string; title: string; fields?: string[] };
export type ImportReport = {
  created: FileChange[];
  updated: FileChange[];
  ended: FileChange[];
  unchanged: FileChange[];
  /** Services read but not imported, with why. */
  skipped: { ptv: string; reason: string }[];
  warnings: string[];
  /** What was written (nothing in a dry run). */
  written: string[];
};

/** An error the importer explains itself: printed as it is, exit code 1, nothing written. */
export class ImportError extends Error {}

type Existing = {
  path: string;
  text: string;
  id: string;
  ptv?: string;
  provider?: string;
  status?: string;
  title?: string;
};

function readServices(root: string): Existing[] {
  const dir = join(root, 'content/services');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const path = `content/services/${f}`;
      const text = readFileSync(join(root, path), 'utf8');
      let data: Record<string, unknown> = {};
      try {
        const d = parse(text);
        if (d && typeof d === 'object') data = d as Record<string, unknown>;
      } catch {
        // npm run validate reports it; here it only cannot be matched
      }
      const title = (data.title as { fi?: unknown } | undefined)?.fi;
      return {
        path,
        text,
        id: f.replace(/\.ya?ml$/, ''),
        ptv: typeof data.ptv === 'string' ? data.ptv.toLowerCase() : undefined,
        provider: typeof data.provider === 'string' ? data.provider : undefined,
        status: typeof data.status === 'string' ? data.status : undefined,
        title: typeof title === 'string' ? title : undefined,
      };
    });
}

function checkConfig(config: PtvConfig, root: string, file: string) {
  const missing = unusableOrganisations(config);
  if (missing.length)
    throw new ConfigError(
      `${file}: no PTV id for ${missing.map((o) => `"${o.provider}"${o.name ? ` (${o.name})` : ''}`).join(', ')}. ` +
        'Fill in its "id:" (the organisation\'s UUID in PTV) or "businessId:", or remove the organisation. ' +
        'Nothing was read or written.',
    );
  for (const o of config.organisations)
    if (!existsSync(join(root, 'content/providers', `${o.provider}.yaml`)))
      throw new ConfigError(`${file}: no provider "${o.provider}" in content/providers/`);
  const themes = new Set(
    ((parse(readFileSync(join(root, 'content/themes.yaml'), 'utf8')) as { id: string }[]) ?? []).map((t) => t.id),
  );
  for (const t of [...Object.values(config.themes), config.defaultTheme])
    if (!themes.has(t)) throw new ConfigError(`${file}: no theme "${t}" in content/themes.yaml`);
}

const orgLabel = (o: PtvOrganisation) => o.name ?? o.provider;

/** Runs the import. Throws ImportError / ConfigError / a request or shape error; writes nothing then. */
export async function runImport(opts: ImportOptions): Promise<ImportReport> {
  const configFile = opts.config ?? DEFAULT_CONFIG;
  const config = readConfig(configFile);
  checkConfig(config, opts.root, configFile);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const report: ImportReport = {
    created: [],
    updated: [],
    ended: [],
    unchanged: [],
    skipped: [],
    warnings: [],
    written: [],
  };

  // 1. Read everything: all organisations' services, then the channels of those we keep.
  const source = opts.from
    ? fileSource(opts.from)
    : httpSource({
        base: config.api,
        fetch: opts.fetch,
        timeoutMs: opts.timeoutMs ?? config.timeoutSeconds * 1000,
        attempts: opts.attempts,
        retryDelayMs: opts.retryDelayMs,
      });
  const seen = new Map<string, { service: V11Service; org: PtvOrganisation }>();
  for (const org of config.organisations) {
    for (const service of await fetchOrganisationServices(source, org)) {
      const id = service.id.toLowerCase();
      const before = seen.get(id);
      // A service several organisations list goes to the one PTV names as responsible.
      const responsible = service.organizations.some(
        (o) => o.roleType === 'Responsible' && !!org.id && o.organization?.id.toLowerCase() === org.id,
      );
      if (!before || responsible) seen.set(id, { service, org });
    }
  }

  const existing = readServices(opts.root);
  const byPtv = new Map<string, Existing>();
  for (const e of existing) {
    if (!e.ptv) continue;
    const other = byPtv.get(e.ptv);
    if (other)
      throw new ImportError(
        `PTV service ${e.ptv}: two listings carry it (${other.path}, ${e.path}); keep "ptv: ${e.ptv}" in one of them. Nothing was written.`,
      );
    byPtv.set(e.ptv, e);
  }

  const deny = new Set(config.deny);
  const allow = new Set(config.allow);
  const groups = new Set(config.relevant.targetGroups);
  const classes = new Set(config.relevant.serviceClasses);
  const keep: { service: V11Service; org: PtvOrganisation; file?: Existing }[] = [];
  const removals: { file: Existing; since: string }[] = [];
  for (const [id, { service, org }] of seen) {
    const file = byPtv.get(id);
    if (deny.has(id)) {
      report.skipped.push({ ptv: id, reason: 'on the deny list' });
      continue;
    }
    const relevant =
      allow.has(id) ||
      !!file ||
      service.targetGroups.some((t) => t.code && groups.has(t.code)) ||
      service.serviceClasses.some((c) => c.code && classes.has(c.code));
    if (!relevant) {
      report.skipped.push({ ptv: id, reason: 'not for people 65+ by its target groups and service classes' });
      continue;
    }
    if (service.publishingStatus !== 'Published') {
      if (file) removals.push({ file, since: service.modified.slice(0, 10) });
      else report.skipped.push({ ptv: id, reason: `not published (${service.publishingStatus})` });
      continue;
    }
    keep.push({ service, org, file });
  }
  // Listings of the organisations read whose service is no longer in PTV at all.
  const providers = new Set(config.organisations.map((o) => o.provider));
  for (const e of existing)
    if (e.ptv && e.provider && providers.has(e.provider) && !seen.has(e.ptv) && !deny.has(e.ptv))
      removals.push({ file: e, since: today });

  const channels = await fetchChannels(
    source,
    keep.flatMap((k) => k.service.serviceChannels.map((l) => l.serviceChannel.id.toLowerCase())),
  );

  // 2. Decide every change.
  const changes: ContentChange[] = [];
  const ptvOfPath = new Map<string, string>();
  const taken = new Set(existing.map((e) => e.id));
  for (const { service, org, file } of keep) {
    const id = service.id.toLowerCase();
    const linked = {
      ...service,
      serviceChannels: service.serviceChannels.map((l) => ({
        ...l,
        serviceChannel: { ...l.serviceChannel, id: l.serviceChannel.id.toLowerCase() },
      })),
    };
    const r = mapService(linked, channels, {
      api: config.api,
      provider: org.provider,
      themes: config.themes,
      defaultTheme: config.defaultTheme,
    });
    if (!r.ok) {
      if (file) report.warnings.push(`${file.path} (PTV ${id}) was left as it is: the service ${r.reason}`);
      else report.skipped.push({ ptv: id, reason: r.reason });
      if (file) report.unchanged.push({ path: file.path, ptv: id, title: file.title ?? file.id });
      continue;
    }
    for (const w of r.warnings) report.warnings.push(`PTV ${id} (${r.listing.title.fi}): ${w}`);
    if (file) {
      if (file.status === 'ended')
        report.warnings.push(
          `${file.path}: PTV publishes service ${id} again, but the listing is ended; set its status by hand if it is back`,
        );
      const text = updateListing(file.text, r.listing);
      const change = { path: file.path, ptv: id, title: r.listing.title.fi };
      if (text === file.text) report.unchanged.push(change);
      else {
        changes.push({ path: file.path, text });
        ptvOfPath.set(file.path, id);
        report.updated.push({ ...change, fields: changedFields(file.text, text) });
      }
    } else {
      const newId = uniqueId(r.listing.title.fi, taken);
      const path = `content/services/${newId}.yaml`;
      changes.push({ path, text: newListing(newId, r.listing) });
      ptvOfPath.set(path, id);
      report.created.push({ path, ptv: id, title: r.listing.title.fi });
    }
  }
  for (const { file, since } of removals) {
    const change = { path: file.path, ptv: file.ptv!, title: file.title ?? file.id };
    if (file.status === 'ended') {
      report.unchanged.push(change);
      continue;
    }
    const text = endListing(file.text, { ptv: file.ptv!, since, name: file.title ?? file.id, api: config.api });
    changes.push({ path: file.path, text });
    ptvOfPath.set(file.path, file.ptv!);
    report.ended.push(change);
  }

  // 3. Write them all, or none.
  const withIds = (e: ContentRejected) =>
    new ImportError(
      'The imported listings do not validate, nothing was written:\n' +
        e.problems
          .map((p) => `  ${formatProblem(p)}${ptvOfPath.has(p.file) ? ` (PTV service ${ptvOfPath.get(p.file)})` : ''}`)
          .join('\n'),
    );
  if (opts.dryRun) {
    const byPath = new Map(changes.map((c) => [c.path, c.text]));
    const files = readContentFiles(opts.root).map((f) => ({ ...f, text: byPath.get(f.path) ?? f.text }));
    for (const c of changes) if (!files.some((f) => f.path === c.path)) files.push(c);
    const errors = validateCorpus(files).problems.filter((p) => p.severity === 'error');
    if (errors.length) throw withIds(new ContentRejected(errors));
    return report;
  }
  try {
    report.written = writeContent(opts.root, changes).map((c) => c.path);
  } catch (e) {
    if (e instanceof ContentRejected) throw withIds(e);
    throw e;
  }
  return report;
}

/** Which of the fields PTV owns (and status) differ between two texts of a listing. */
function changedFields(before: string, after: string): string[] {
  const a = parse(before) as Record<string, unknown>;
  const b = parse(after) as Record<string, unknown>;
  const at = (o: Record<string, unknown>, path: string) =>
    JSON.stringify(path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], o));
  return [...PTV_OWNED, 'status', 'statusNote'].filter((f) => at(a, f) !== at(b, f));
}

/** The summary, as Markdown (the pull request's body) and for the terminal. */
export function summaryText(r: ImportReport, opts: { dryRun?: boolean; from?: string; date: string }): string {
  const line = (c: FileChange) => `- ${c.path}: ${c.title} (PTV ${c.ptv})${c.fields ? `: ${c.fields.join(', ')}` : ''}`;
  const out = [
    `PTV import${opts.dryRun ? ' (dry run: nothing written)' : ''}, ${opts.date}, ${opts.from ? `from ${opts.from}` : 'Suomi.fi-palvelutietovaranto Open API v11'}`,
    '',
    `- New: ${r.created.length}`,
    `- Updated: ${r.updated.length}`,
    `- Ended: ${r.ended.length}`,
    `- Unchanged: ${r.unchanged.length}`,
    `- Not imported: ${r.skipped.length}`,
  ];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push('', `### ${title}`, '', ...lines);
  };
  section('New', r.created.map(line));
  section('Updated', r.updated.map(line));
  section('Ended (removed from PTV)', r.ended.map(line));
  section(
    'Warnings',
    r.warnings.map((w) => `- ${w}`),
  );
  const reasons = new Map<string, number>();
  for (const s of r.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  section(
    'Not imported',
    [...reasons].map(([reason, n]) => `- ${n}: ${reason}`),
  );
  return out.join('\n') + '\n';
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith('--')) throw new ImportError(`${name} needs a value`);
  return v;
}

async function main() {
  const args = process.argv.slice(2);
  const known = new Set(['--from', '--dry-run', '--config', '--summary', '--root']);
  const unknown = args.filter((a, i) => a.startsWith('--') && !known.has(a) && !(i > 0 && known.has(args[i - 1])));
  if (unknown.length) throw new ImportError(`unknown option ${unknown.join(', ')} (see docs/ptv.md)`);
  const from = arg(args, '--from');
  const dryRun = args.includes('--dry-run');
  const summaryFile = arg(args, '--summary');
  const report = await runImport({
    root: arg(args, '--root') ?? process.cwd(),
    config: arg(args, '--config'),
    from,
    dryRun,
  });
  const text = summaryText(report, { dryRun, from, date: new Date().toISOString().slice(0, 10) });
  console.log(text);
  if (summaryFile) writeFileSync(summaryFile, text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(`ptv:import: ${e instanceof Error ? e.message : String(e)}`);
    if (!(e instanceof ImportError || e instanceof ConfigError)) console.error('Nothing was written.');
    process.exit(1);
  });
}
