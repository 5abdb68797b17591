// npm run ptv:import against a copy of content/ and the answers in fixtures/ (run1: the first
// import; run2: the answers that changed since). Nothing here touches the network.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';
import { DEFAULT_CONFIG, ImportError, runImport, type ImportOptions } from './import';
import { fixtureFile } from './client';

const here = __dirname;
const repo = join(here, '..', '..');
const FIXTURES = join(here, 'fixtures');
const CONFIG = join(FIXTURES, 'config.yaml');
const ORG1 = '00000000-0000-4000-a000-0000000000a1';
const S1 = '10000000-0000-4000-a000-000000000001'; // phone, service location and web page channels
const S2 = '10000000-0000-4000-a000-000000000002'; // page 2; Finnish only; no coordinates; unknown fields
const S3 = '10000000-0000-4000-a000-000000000003'; // for children: not relevant
const S4 = '10000000-0000-4000-a000-000000000004'; // archived (publishingStatus Deleted)
const S5 = '10000000-0000-4000-a000-000000000005'; // web only; gone in run2
const PAGE2 = `Service/list/organization?organizationId=${ORG1}&page=2`;

function copyContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'ptv-import-'));
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** A folder with the answers of run1, then those of later sets over them. */
function answers(...sets: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ptv-answers-'));
  for (const s of ['run1', ...sets]) cpSync(join(FIXTURES, s), dir, { recursive: true });
  return dir;
}

/** Every file under content/, path → text. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(root, full), readFileSync(full, 'utf8'));
    }
  };
  walk(join(root, 'content'));
  return out;
}

const run = (root: string, from: string | undefined, extra: Partial<ImportOptions> = {}) =>
  runImport({ root, config: CONFIG, from, today: '2026-03-05', ...extra });

const text = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const load = (root: string, path: string) => parse(text(root, path)) as Record<string, any>;
const fileOf = (root: string, ptv: string) =>
  readdirSync(join(root, 'content/services'))
    .map((f) => `content/services/${f}`)
    .find((p) => load(root, p).ptv === ptv);

/** Adds `ptv: id` to an existing listing, as an editor linking it would. */
function link(root: string, path: string, ptv: string) {
  writeFileSync(join(root, path), text(root, path) + `ptv: ${ptv}\n`);
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the import to fail');
}

describe('ptv:import from fixtures', () => {
  it('imports a service with phone, service location and web page channels', async () => {
    const root = copyContent();
    const report = await run(root, answers());
    const path = 'content/services/seniorineuvonta-testila.yaml';
    expect(report.created.map((c) => c.path)).toContain(path);
    const s = load(root, path);
    expect(s).toMatchObject({
      id: 'seniorineuvonta-testila',
      title: { fi: 'Seniorineuvonta Testilä', sv: 'Seniorrådgivning Testilä', en: 'Senior advice Testilä' },
      summary: { fi: 'Neuvontaa ikäihmisille palveluista ja etuuksista.' },
      provider: 'turun-kaupunki',
      themes: ['neuvonta'],
      audience: ['65+'],
      channels: ['in-person', 'phone'],
      contact: {
        phone: '02 262 6000',
        phoneHours: { fi: 'ma–to klo 9–15, pe klo 9–12' },
        phoneSource: {
          url: 'https://api.palvelutietovaranto.suomi.fi/api/v11/ServiceChannel/20000000-0000-4000-a000-000000000001',
          date: '2026-01-20',
        },
        web: 'https://www.turku.fi/seniorineuvonta',
      },
      schedule: { hours: { fi: 'ma–to klo 9–16, pe klo 9–14' } },
      lastVerified: '2026-01-20',
      verifiedBy: 'ptv',
      ptv: S1,
      source: [
        {
          url: `https://api.palvelutietovaranto.suomi.fi/api/v11/Service/${S1}`,
          date: '2026-01-20',
          title: 'Suomi.fi-palvelutietovaranto (PTV): Seniorineuvonta Testilä',
        },
      ],
    });
    // The visiting address only (not the post office box), its ETRS-TM35FIN point as WGS84.
    expect(s.locations).toHaveLength(1);
    expect(s.locations[0]).toMatchObject({
      name: 'Seniorineuvonta Poiju',
      street: 'Yliopistonkatu 27a',
      postalCode: '20100',
      city: 'Turku',
    });
    expect(s.locations[0].coordinates.lat).toBeCloseTo(60.4518, 4);
    expect(s.locations[0].coordinates.lon).toBeCloseTo(22.2666, 3);
    // Regular hours of one place: unambiguous, so a new listing gets them as weekly slots too.
    expect(s.schedule.weekly).toHaveLength(5);
    expect(s.schedule.weekly[4]).toEqual({ day: 'fri', start: '09:00', end: '14:00' });
  });

  it('reads every page of an organisation', async () => {
    const root = copyContent();
    const report = await run(root, answers());
    // S1 is on page 1, S2 on page 2; S5 is the second organisation's.
    expect(report.created.map((c) => c.ptv).sort()).toEqual([S1, S2, S5]);
    expect(fileOf(root, S2)).toBe('content/services/kotihoidon-palveluohjaus-testila.yaml');
  });

  it('leaves out Swedish and English texts PTV does not have, and coordinates PTV does not give', async () => {
    const root = copyContent();
    await run(root, answers());
    const s = load(root, fileOf(root, S2)!);
    expect(Object.keys(s.title)).toEqual(['fi']);
    expect(Object.keys(s.summary)).toEqual(['fi']);
    expect(s.locations).toEqual([
      { name: 'Kotihoidon toimipiste', street: 'Kunnallissairaalantie 20', postalCode: '20700', city: 'Turku' },
    ]);
    expect(s.channels).toEqual(['in-person', 'phone']);
    // The fax number is not a phone; the mobile number is normalised.
    expect(s.contact.phone).toBe('040 123 4567');
  });

  it('tolerates fields it does not know', async () => {
    const dir = answers();
    // The fixtures really carry fields that are in no v11 model this importer knows.
    expect(readFileSync(fixtureFile(dir, PAGE2), 'utf8')).toContain('"someFutureField"');
    expect(readFileSync(fixtureFile(dir, 'ServiceChannel/20000000-0000-4000-a000-000000000004'), 'utf8')).toContain(
      '"someFutureChannelField"',
    );
    const root = copyContent();
    const report = await run(root, dir);
    expect(report.created.map((c) => c.ptv)).toContain(S2);
    expect(text(root, fileOf(root, S2)!)).not.toContain('someFuture');
  });

  it('imports neither services outside the config nor an archived one with no listing', async () => {
    const root = copyContent();
    const report = await run(root, answers());
    expect(fileOf(root, S3)).toBeUndefined();
    expect(fileOf(root, S4)).toBeUndefined();
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { ptv: S3, reason: 'not for people 65+ by its target groups and service classes' },
        { ptv: S4, reason: 'not published (Deleted)' },
      ]),
    );
  });

  it('ends a listing whose service is archived in PTV, keeping the rest', async () => {
    const root = copyContent();
    const path = 'content/services/alueolohuoneet-turku.yaml';
    link(root, path, S4);
    const before = load(root, path);
    const report = await run(root, answers());
    expect(report.ended.map((c) => c.path)).toEqual([path]);
    const s = load(root, path);
    expect(s.status).toBe('ended');
    expect(s.statusNote.since).toBe('2025-11-30'); // when PTV archived it
    expect(s.statusNote.reason.fi).toContain('palvelutietovarannosta');
    expect(s.statusNote.reason.sv).toBeTruthy();
    expect(s.statusNote.reason.en).toContain('national service catalogue');
    expect(s.source).toEqual([
      ...before.source,
      expect.objectContaining({
        url: `https://api.palvelutietovaranto.suomi.fi/api/v11/Service/${S4}`,
        date: '2025-11-30',
      }),
    ]);
    expect(s.description).toEqual(before.description);
    expect(s.title).toEqual(before.title);
  });

  it('changes nothing, byte for byte, when run twice with the same answers', async () => {
    const root = copyContent();
    const dir = answers();
    const first = await run(root, dir);
    expect(first.written.length).toBe(3);
    const after = snapshot(root);
    const second = await run(root, dir);
    expect(second.written).toEqual([]);
    expect(second.created.length + second.updated.length + second.ended.length).toBe(0);
    expect(second.unchanged.length).toBe(3);
    expect(snapshot(root)).toEqual(after);
  });

  it('rewrites what PTV owns and keeps what the editor wrote', async () => {
    const root = copyContent();
    await run(root, answers());
    const path = fileOf(root, S1)!;
    // An editor adds a description and a theme, and leaves a note.
    const edited = text(root, path)
      .replace('themes:\n  - neuvonta\n', 'themes: [neuvonta, seura] # myös seuraa\n')
      .replace(
        'summary:',
        'description:\n  fi: Toimittajan oma kuvaus.\n# Toimittajan huomautus: tarkistettu puhelimitse\nsummary:',
      );
    writeFileSync(join(root, path), edited);

    const report = await run(root, answers('run2'));
    expect(report.updated.map((c) => c.path)).toEqual([path]);
    expect(report.updated[0].fields).toEqual(
      expect.arrayContaining(['summary', 'contact.phone', 'lastVerified', 'source']),
    );
    const after = text(root, path);
    expect(after).toContain('# Toimittajan huomautus: tarkistettu puhelimitse');
    // (The shared YAML writer pads flow lists, "[ a, b ]", once a file changes: values and comment stay.)
    expect(after).toMatch(/themes: \[ ?neuvonta, seura ?\] # myös seuraa/);
    const s = load(root, path);
    expect(s.description).toEqual({ fi: 'Toimittajan oma kuvaus.' });
    expect(s.summary.fi).toBe('Neuvontaa ikäihmisille ja läheisille palveluista ja etuuksista.');
    expect(s.contact.phone).toBe('02 262 6001');
    expect(s.contact.phoneSource.date).toBe('2026-03-02');
    expect(s.lastVerified).toBe('2026-03-02');
    expect(s.source).toHaveLength(1);
    expect(s.source[0].date).toBe('2026-03-02');
  });

  it('updates the listing that carries the service id instead of adding one', async () => {
    const root = copyContent();
    const path = 'content/services/seniorineuvonta-poiju-turku.yaml';
    link(root, path, S1);
    const before = load(root, path);
    const report = await run(root, answers());
    expect(report.updated.map((c) => c.path)).toEqual([path]);
    expect(existsSync(join(root, 'content/services/seniorineuvonta-testila.yaml'))).toBe(false);
    const s = load(root, path);
    // PTV's fields…
    expect(s.title).toEqual({
      fi: 'Seniorineuvonta Testilä',
      sv: 'Seniorrådgivning Testilä',
      en: 'Senior advice Testilä',
    });
    expect(s.channels).toEqual(['in-person', 'phone']);
    expect(s.contact.phone).toBe('02 262 6000');
    expect(s.schedule.hours.fi).toBe('ma–to klo 9–16, pe klo 9–14');
    expect(s.verifiedBy).toBe('ptv');
    // …and the editor's: organiser, description, audience, join, contact name, weekly times, period, other sources.
    for (const k of ['provider', 'description', 'themes', 'audience', 'join', 'languages'])
      expect(s[k], k).toEqual(before[k]);
    expect(s.contact.name).toBe(before.contact.name);
    expect(s.schedule.weekly).toEqual(before.schedule.weekly);
    expect(s.schedule.period).toEqual(before.schedule.period);
    expect(s.source.slice(0, before.source.length)).toEqual(before.source);
    expect(s.source).toHaveLength(before.source.length + 1);
    // The editor's flow-style weekly slots are left exactly as written.
    expect(text(root, path)).toContain("    - { day: mon, start: '09:00', end: '15:00' }");
  });

  it('ends a listing whose service is gone from PTV, once', async () => {
    const root = copyContent();
    await run(root, answers());
    const path = fileOf(root, S5)!;
    const report = await run(root, answers('run2'));
    expect(report.ended.map((c) => c.path)).toEqual([path]);
    const s = load(root, path);
    expect(s.status).toBe('ended');
    expect(s.statusNote.since).toBe('2026-03-05');
    expect(s.source[0]).toMatchObject({
      url: `https://api.palvelutietovaranto.suomi.fi/api/v11/Service/${S5}`,
      date: '2026-03-05',
    });
    // Never deleted, and not ended again (with a new date) on the next run.
    const later = await run(root, answers('run2'), { today: '2026-04-01' });
    expect(later.ended).toEqual([]);
    expect(load(root, path).statusNote.since).toBe('2026-03-05');
  });

  it('prints, and does not write, in a dry run', async () => {
    const root = copyContent();
    const before = snapshot(root);
    const report = await run(root, answers(), { dryRun: true });
    expect(report.created).toHaveLength(3);
    expect(report.written).toEqual([]);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('ptv:import errors: a clear message, and nothing written', () => {
  it('a broken JSON answer', async () => {
    const root = copyContent();
    const before = snapshot(root);
    const dir = answers();
    writeFileSync(fixtureFile(dir, PAGE2), '{"pageNumber": 2, "pageSize": 100, "itemList": [');
    const e = await rejection(run(root, dir));
    expect(e.message).toContain(fixtureFile(dir, PAGE2));
    expect(e.message).toContain('not valid JSON');
    expect(snapshot(root)).toEqual(before);
  });

  it('a time-out, whether or not the request heeds the abort', async () => {
    for (const fetch of [
      () => new Promise<never>(() => {}), // never answers, ignores the signal
      (_url: string, init: { signal: AbortSignal }) =>
        new Promise<never>((_, fail) => init.signal.addEventListener('abort', () => fail(new Error('aborted')))),
    ]) {
      const root = copyContent();
      const before = snapshot(root);
      const e = await rejection(run(root, undefined, { fetch, timeoutMs: 50, attempts: 1 }));
      expect(e.message).toMatch(
        /Service\/list\/organization\?organizationId=.*: PTV did not answer within 0\.05 s \(time-out\)/,
      );
      expect(snapshot(root)).toEqual(before);
    }
  });

  it('an HTTP error, after trying again', async () => {
    const root = copyContent();
    const before = snapshot(root);
    let calls = 0;
    const fetch = async () => {
      calls++;
      return { ok: false, status: 503, statusText: 'Service Unavailable', text: async () => 'down for maintenance' };
    };
    const e = await rejection(run(root, undefined, { fetch, attempts: 2, retryDelayMs: 0 }));
    expect(e.message).toMatch(/PTV answered HTTP 503 Service Unavailable: down for maintenance \(tried 2 times\)/);
    expect(calls).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });

  it('an answer without a field the importer needs names the service', async () => {
    const root = copyContent();
    const before = snapshot(root);
    const dir = answers();
    const page = JSON.parse(readFileSync(fixtureFile(dir, PAGE2), 'utf8'));
    delete page.itemList[0].serviceNames;
    writeFileSync(fixtureFile(dir, PAGE2), JSON.stringify(page));
    const e = await rejection(run(root, dir));
    expect(e.message).toContain(`service ${S2} (itemList[0]) does not have the v11 shape: serviceNames:`);
    expect(snapshot(root)).toEqual(before);
  });

  it('a listing that does not validate names the file and the service', async () => {
    const root = copyContent();
    const before = snapshot(root);
    const dir = answers();
    const file = fixtureFile(
      dir,
      `Service/list/organization?organizationId=00000000-0000-4000-a000-0000000000a2&page=1`,
    );
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('Etuus, jota haetaan verkossa.', 'Katso javascript:alert(1)'),
    );
    const e = await rejection(run(root, dir));
    expect(e).toBeInstanceOf(ImportError);
    expect(e.message).toContain('nothing was written');
    expect(e.message).toContain('content/services/elakkeensaajan-testietuus.yaml');
    expect(e.message).toContain(`(PTV service ${S5})`);
    // The two good new listings were not written either.
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses to run while an organisation has no PTV id, before asking anything', async () => {
    const root = copyContent();
    const config = join(mkdtempSync(join(tmpdir(), 'ptv-config-')), 'config.yaml');
    writeFileSync(
      config,
      readFileSync(CONFIG, 'utf8').replace(
        'id: 00000000-0000-4000-a000-0000000000a2',
        'id: null # TODO: fill from PTV',
      ),
    );
    let calls = 0;
    const fetch = async () => {
      calls++;
      throw new Error('no network in tests');
    };
    const e = await rejection(runImport({ root, config, fetch }));
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toContain('no PTV id for "kela" (Testilaitos)');
    expect(e.message).toContain('Nothing was read or written');
    expect(calls).toBe(0);
  });

  it('the shipped config reads, and leaves the ids it could not confirm empty', () => {
    const config = readConfig(DEFAULT_CONFIG);
    expect(config.organisations.map((o) => o.provider)).toEqual([
      'turun-kaupunki',
      'varsinais-suomen-hyvinvointialue',
      'kela',
    ]);
    for (const o of config.organisations) expect(o.id === null || /^[0-9a-f-]{36}$/.test(o.id)).toBe(true);
    expect(config.relevant.targetGroups).toContain('KR1.1');
  });
});
