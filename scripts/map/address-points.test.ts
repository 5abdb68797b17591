// The build's way in to content (loadValidContent), with and without an imported address index:
// pages, tiles and the validator must see the same points.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OGC_FIXTURE } from './fixtures/addresses';
import { buildIndex, pointsFromOgc } from './import-addresses';
import { servicesTiles } from './build-tiles';
import { serviceFeatures } from '../../src/lib/map/service-features';
import { lookupAddress } from '../../src/lib/addresses';
import { builtServiceSchema } from '../../src/schema';
import { corpus, goodService } from '../../src/validation/test-helpers';
import { validateCorpus } from '../../src/validation/corpus';
import { addressIndexFile, addressWarnings, loadValidContent, validateContentDir } from '../../src/validation/fs';

const repo = join(import.meta.dirname, '../..');
function sandbox(withIndex: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'pt-addr-'));
  cpSync(join(repo, 'content'), join(dir, 'content'), { recursive: true });
  if (withIndex) {
    const { index } = buildIndex(pointsFromOgc(JSON.parse(readFileSync(OGC_FIXTURE, 'utf8'))), 'turku', 'fixture');
    mkdirSync(dirname(addressIndexFile(dir)), { recursive: true });
    writeFileSync(addressIndexFile(dir), JSON.stringify(index));
    return { dir, index };
  }
  return { dir, index: undefined };
}
const bytes = (content: Parameters<typeof servicesTiles>[0]) =>
  servicesTiles(content).tiles.map((t) => Buffer.from(t.data).toString('base64'));

describe('loadValidContent without an address index', () => {
  const { dir } = sandbox(false);
  const plain = validateContentDir(dir).content;
  const built = loadValidContent(dir);
  it('is the validated content, and the service tiles are byte for byte the same', () => {
    expect(built).toEqual(plain);
    expect(built.services.some((s) => s.locations.some((l) => l.coordinatesFrom))).toBe(false);
    expect(bytes(built)).toEqual(bytes(plain));
  });
  it('gives the validator nothing new to say', () => {
    expect(addressWarnings(plain, dir)).toEqual({ index: undefined, warnings: [] });
  });
});

describe('loadValidContent with the fixture index imported', () => {
  const { dir, index } = sandbox(true);
  const plain = validateContentDir(dir).content;
  const built = loadValidContent(dir);
  const live = plain.services.filter((s) => s.status !== 'ended');
  const withStreet = live
    .flatMap((s) => s.locations.map((l, i) => ({ s, l, i })))
    .filter(({ l }) => l.street && !l.coordinates);
  const found = withStreet.filter(({ l }) => 'point' in lookupAddress(index!, l.street!));

  it('gives every street address the fixture knows its point, marked as from the city’s address data', () => {
    expect(found.length).toBeGreaterThan(0);
    for (const { s, l, i } of found) {
      const r = lookupAddress(index!, l.street!) as { point: [number, number] };
      expect(built.services.find((x) => x.id === s.id)!.locations[i], s.id).toMatchObject({
        coordinates: { lon: r.point[0], lat: r.point[1] },
        coordinatesFrom: 'turku',
      });
    }
    // Everything else is as written.
    const derived = new Set(found.map(({ s, i }) => `${s.id}/${i}`));
    for (const s of built.services)
      s.locations.forEach(
        (l, i) =>
          derived.has(`${s.id}/${i}`) ||
          expect(l, `${s.id}/${i}`).toEqual(plain.services.find((x) => x.id === s.id)!.locations[i]),
      );
  });

  it('passes the schema the site’s content collection checks it with', () => {
    for (const s of built.services) expect(builtServiceSchema.safeParse(s).error?.issues, s.id).toBeUndefined();
  });

  it('draws those places as exact points on the map, the others where they were', () => {
    const before = serviceFeatures(plain);
    const after = serviceFeatures(built);
    const { s } = found.find(({ l }) => l.district)!;
    expect(before.find((f) => f.properties.id === s.id)!.properties.approx).toBe(1);
    const f = after.find((x) => x.properties.id === s.id)!;
    expect(f.properties.approx).toBe(0);
    expect(f.geometry.coordinates).toEqual(
      (lookupAddress(index!, s.locations.find((l) => l.street)!.street!) as { point: [number, number] }).point,
    );
    const moved = new Set(found.map(({ s }) => s.id));
    const untouched = (fs: typeof before) => fs.filter((x) => !moved.has(x.properties.id));
    expect(untouched(after)).toEqual(untouched(before));
  });

  it('lets the validator warn about exactly the live addresses that found no point', () => {
    const { warnings } = addressWarnings(plain, dir);
    expect(warnings).toHaveLength(withStreet.length - found.length);
    expect(warnings.every((w) => w.severity === 'warning' && /^locations\[\d+\]\.street$/.test(w.field))).toBe(true);
    const bastion = withStreet.find(({ l }) => l.street === 'Bastioninkatu 4');
    if (bastion)
      expect(warnings).toContainEqual(
        expect.objectContaining({
          file: `content/services/${bastion.s.id}.yaml`,
          msg: expect.objectContaining({ en: expect.stringContaining('not in the address data') }),
        }),
      );
  });
});

describe('a content file', () => {
  it('cannot claim a point came from address data: only the build marks that', () => {
    const { problems } = validateCorpus(
      corpus({
        services: [
          {
            ...goodService,
            locations: [{ street: 'Aurakatu 18', coordinates: { lat: 60.45, lon: 22.27 }, coordinatesFrom: 'turku' }],
          },
        ],
      }),
    );
    expect(problems.map((p) => `${p.field} ${p.severity}`)).toEqual(['locations[0] error']);
  });
});
