import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fetchChannels,
  fetchOrganisationServices,
  fixtureFile,
  httpSource,
  organisationQuery,
  PTV_API,
  type FetchLike,
  type PtvSource,
} from './client';
import { runImport } from './import';
import { parseServicePage } from './v11';

const FIXTURES = join(__dirname, 'fixtures');
const RUN1 = join(FIXTURES, 'run1');
const ORG1 = '00000000-0000-4000-a000-0000000000a1';
const ORG2 = '00000000-0000-4000-a000-0000000000a2';

/** A fetch that answers from the fixture files, as the real API would at those addresses. */
function fixtureFetch(dir: string, asked: string[]): FetchLike {
  return async (url) => {
    asked.push(url);
    expect(url.startsWith(`${PTV_API}/`)).toBe(true);
    const body = readFileSync(fixtureFile(dir, url.slice(PTV_API.length + 1)), 'utf8');
    return { ok: true, status: 200, statusText: 'OK', text: async () => body };
  };
}

function pages(counts: { pageCount: number; items: unknown[] }[], asked: string[]): PtvSource {
  return {
    where: (p) => p,
    async get(path) {
      asked.push(path);
      const n = Number(/page=(\d+)/.exec(path)![1]);
      const p = counts[n - 1] ?? { pageCount: counts[0].pageCount, items: [] };
      return { pageNumber: n, pageSize: 100, pageCount: p.pageCount, itemList: p.items.length ? p.items : null };
    },
  };
}

const service = (id: string) => ({
  id,
  serviceNames: [{ language: 'fi', value: 'Nimi', type: 'Name' }],
  publishingStatus: 'Published',
  modified: '2026-01-01T00:00:00',
});

describe('PTV client', () => {
  it('asks the v11 paths the docs name, page by page, and reads the same as --from', async () => {
    const asked: string[] = [];
    const a = mkdtempSync(join(tmpdir(), 'ptv-client-'));
    const b = mkdtempSync(join(tmpdir(), 'ptv-client-'));
    for (const root of [a, b])
      cpSync(join(__dirname, '..', '..', 'content'), join(root, 'content'), { recursive: true });
    const config = join(FIXTURES, 'config.yaml');
    const live = await runImport({ root: a, config, fetch: fixtureFetch(RUN1, asked), today: '2026-03-05' });
    const files = await runImport({ root: b, config, from: RUN1, today: '2026-03-05' });
    expect(asked.filter((u) => u.includes('/Service/'))).toEqual([
      `${PTV_API}/Service/list/organization?organizationId=${ORG1}&page=1`,
      `${PTV_API}/Service/list/organization?organizationId=${ORG1}&page=2`,
      `${PTV_API}/Service/list/organization?organizationId=${ORG2}&page=1`,
    ]);
    // Only the channels of the services kept (not those of the children's or the archived service).
    expect(asked.filter((u) => u.includes('/ServiceChannel/')).sort()).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `${PTV_API}/ServiceChannel/20000000-0000-4000-a000-00000000000${n}`),
    );
    expect(live.created).toEqual(files.created);
    for (const c of live.created)
      expect(readFileSync(join(a, c.path), 'utf8')).toBe(readFileSync(join(b, c.path), 'utf8'));
  });

  it('names the answer file of a request after its path', () => {
    expect(fixtureFile('/d', `Service/list/organization?organizationId=${ORG1}&page=2`)).toBe(
      `/d/Service/list/organization/organizationId=${ORG1}&page=2.json`,
    );
    expect(fixtureFile('/d', 'ServiceChannel/abc')).toBe('/d/ServiceChannel/abc.json');
  });

  it('asks by business id when the organisation has no PTV id', () => {
    expect(organisationQuery({ id: ORG1 })).toBe(`organizationId=${ORG1}`);
    expect(organisationQuery({ id: null, businessId: '0204819-8' })).toBe('code=0204819-8');
  });

  it('stops at the last page, and reads an organisation with no services', async () => {
    const asked: string[] = [];
    const got = await fetchOrganisationServices(
      pages(
        [
          { pageCount: 2, items: [service('10000000-0000-4000-a000-000000000001')] },
          { pageCount: 2, items: [service('10000000-0000-4000-a000-000000000002')] },
        ],
        asked,
      ),
      { id: ORG1 },
    );
    expect(got.map((s) => s.id)).toEqual([
      '10000000-0000-4000-a000-000000000001',
      '10000000-0000-4000-a000-000000000002',
    ]);
    expect(asked).toHaveLength(2);
    const none: string[] = [];
    expect(await fetchOrganisationServices(pages([{ pageCount: 0, items: [] }], none), { id: ORG1 })).toEqual([]);
    expect(none).toHaveLength(1);
  });

  it('reports an answer that is not JSON, and does not try a 404 again', async () => {
    let calls = 0;
    const notJson = httpSource({
      fetch: async () => ({ ok: true, status: 200, statusText: 'OK', text: async () => '<html>maintenance</html>' }),
    });
    await expect(notJson.get('ServiceChannel/x')).rejects.toThrow(
      `${PTV_API}/ServiceChannel/x: the answer is not valid JSON`,
    );
    const missing = httpSource({
      attempts: 3,
      retryDelayMs: 0,
      fetch: async () => {
        calls++;
        return { ok: false, status: 404, statusText: 'Not Found', text: async () => '{"errorMessage":"not found"}' };
      },
    });
    await expect(missing.get('ServiceChannel/x')).rejects.toThrow(
      /HTTP 404 Not Found: \{"errorMessage":"not found"\}$/,
    );
    expect(calls).toBe(1);
  });

  it('checks that a channel is the one asked for', async () => {
    const src: PtvSource = {
      where: (p) => p,
      get: async () =>
        JSON.parse(readFileSync(join(RUN1, 'ServiceChannel/20000000-0000-4000-a000-000000000001.json'), 'utf8')),
    };
    await expect(fetchChannels(src, ['20000000-0000-4000-a000-000000000009'])).rejects.toThrow(
      'asked for channel 20000000-0000-4000-a000-000000000009, got 20000000-0000-4000-a000-000000000001',
    );
  });
});

describe('v11 shapes', () => {
  it('ignores fields it does not read and takes null lists as empty', () => {
    const { items } = parseServicePage(
      {
        pageNumber: 1,
        pageSize: 100,
        pageCount: 1,
        itemList: [{ ...service('10000000-0000-4000-a000-000000000001'), serviceChannels: null, brandNew: { x: 1 } }],
        alsoNew: true,
      },
      'test',
    );
    expect(items[0].serviceChannels).toEqual([]);
    expect(items[0]).not.toHaveProperty('brandNew');
  });

  it('names the page and the field when the page itself is wrong', () => {
    expect(() => parseServicePage({ pageNumber: 1, itemList: [] }, 'the answer')).toThrow(
      /the answer: not a v11 page of services: pageSize: .*pageCount: /,
    );
    expect(() =>
      parseServicePage(
        { pageNumber: 1, pageSize: 100, pageCount: 1, itemList: [{ ...service('nope'), modified: 5 }] },
        'p',
      ),
    ).toThrow(
      /p: service nope \(itemList\[0\]\) does not have the v11 shape: id: expected a PTV id \(a UUID\); modified: /,
    );
  });
});
