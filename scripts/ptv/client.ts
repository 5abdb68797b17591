// Reading PTV Open API v11: over HTTP (no key needed for reading) or from files that hold the same
// answers (--from DIR). Every answer is parsed and shape-checked here, before the importer decides
// anything, so a time-out, an HTTP error or a broken answer stops the run before a file is written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChannel, parseServicePage, type V11Channel, type V11Service } from './v11';

export const PTV_API = 'https://api.palvelutietovaranto.suomi.fi/api/v11';
/** The API gives at most this many pages of 100 services; more means the paging is going round in circles. */
export const MAX_PAGES = 200;

/** What the importer needs of `fetch`: tests pass a fake one. */
export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;

/** Where answers come from. `path` is relative to /api/v11/, e.g. `ServiceChannel/<id>`. */
export interface PtvSource {
  /** The parsed JSON answer, or an error that names the request. */
  get(path: string): Promise<unknown>;
  /** For messages: the address or file a path is read from. */
  where(path: string): string;
}

/** A request or answer that went wrong: the message names it. */
export class PtvRequestError extends Error {}

export type HttpOptions = {
  base?: string;
  fetch?: FetchLike;
  /** Per request, including reading the body. */
  timeoutMs?: number;
  /** Tries per request: a time-out, a network error or a 5xx answer is tried again. */
  attempts?: number;
  retryDelayMs?: number;
};

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function httpSource(opts: HttpOptions = {}): PtvSource {
  const base = (opts.base ?? PTV_API).replace(/\/$/, '');
  const get = opts.fetch ?? (globalThis.fetch as unknown as FetchLike);
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const attempts = Math.max(1, opts.attempts ?? 2);
  const where = (path: string) => `${base}/${path}`;

  async function once(url: string): Promise<{ retry: boolean; error?: string; body?: string }> {
    const ctl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => {
        ctl.abort();
        fail(new PtvRequestError(`${url}: PTV did not answer within ${timeoutMs / 1000} s (time-out)`));
      }, timeoutMs);
    });
    const work = (async () => {
      const res = await get(url, { signal: ctl.signal, headers: { Accept: 'application/json' } });
      const body = await res.text();
      return { res, body };
    })();
    work.catch(() => {}); // after a time-out, the aborted request's own rejection is expected
    try {
      const { res, body } = await Promise.race([work, timeout]);
      if (!res.ok)
        return {
          retry: res.status >= 500,
          error: `${url}: PTV answered HTTP ${res.status} ${res.statusText}${body ? `: ${body.slice(0, 200)}` : ''}`,
        };
      return { retry: false, body };
    } catch (e) {
      if (e instanceof PtvRequestError) return { retry: true, error: e.message };
      return { retry: true, error: `${url}: could not reach PTV: ${e instanceof Error ? e.message : String(e)}` };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    where,
    async get(path) {
      const url = where(path);
      let last = '';
      let tried = 0;
      while (tried < attempts) {
        const r = await once(url);
        tried++;
        if (r.body !== undefined) return parseJson(r.body, url);
        last = r.error!;
        if (!r.retry) break;
        if (tried < attempts) await sleep(opts.retryDelayMs ?? 2000);
      }
      throw new PtvRequestError(tried > 1 ? `${last} (tried ${tried} times)` : last);
    },
  };
}

function parseJson(body: string, where: string): unknown {
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new PtvRequestError(`${where}: the answer is not valid JSON (${e instanceof Error ? e.message : e})`);
  }
}

/**
 * The file that holds the answer to a request in --from mode: the path after /api/v11/ with the
 * `?` of the query turned into a folder, plus .json:
 *   Service/list/organization?organizationId=ID&page=1 → DIR/Service/list/organization/organizationId=ID&page=1.json
 *   ServiceChannel/ID                                  → DIR/ServiceChannel/ID.json
 */
export function fixtureFile(dir: string, path: string): string {
  return join(dir, ...path.replace('?', '/').split('/')) + '.json';
}

export function fileSource(dir: string): PtvSource {
  const where = (path: string) => fixtureFile(dir, path);
  return {
    where,
    async get(path) {
      const file = where(path);
      if (!existsSync(file))
        throw new PtvRequestError(`${file}: no such file (the answer to ${path}; see docs/ptv.md for the file names)`);
      return parseJson(readFileSync(file, 'utf8'), file);
    },
  };
}

/** How the API is asked for one organisation's services: by PTV id, or by business id (its `code` parameter). */
export type OrgKey = { id?: string | null; businessId?: string | null };

export function organisationQuery(org: OrgKey): string {
  if (org.id) return `organizationId=${org.id}`;
  if (org.businessId) return `code=${org.businessId}`;
  throw new PtvRequestError('an organisation needs an id or a business id');
}

/**
 * Every published service of one organisation (as main responsible, other responsible or producer):
 * GET /api/v11/Service/list/organization?organizationId=…&page=N, pages 1…pageCount.
 */
export async function fetchOrganisationServices(src: PtvSource, org: OrgKey): Promise<V11Service[]> {
  const out: V11Service[] = [];
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES)
      throw new PtvRequestError(`more than ${MAX_PAGES} pages of services for ${organisationQuery(org)}`);
    const path = `Service/list/organization?${organisationQuery(org)}&page=${page}`;
    const { pageCount, items } = parseServicePage(await src.get(path), src.where(path));
    out.push(...items);
    if (page >= pageCount) break;
  }
  return out;
}

/** Service channels by id, a few requests at a time: GET /api/v11/ServiceChannel/{id}. */
export async function fetchChannels(
  src: PtvSource,
  ids: Iterable<string>,
  parallel = 4,
): Promise<Map<string, V11Channel>> {
  const todo = [...new Set(ids)].sort();
  const out = new Map<string, V11Channel>();
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < todo.length && !failed) {
      const id = todo[next++];
      const path = `ServiceChannel/${id}`;
      const channel = await src
        .get(path)
        .then((raw) => parseChannel(raw, src.where(path)))
        .catch((e: unknown) => {
          failed = true;
          throw e;
        });
      if (channel.id.toLowerCase() !== id.toLowerCase())
        throw new PtvRequestError(`${src.where(path)}: asked for channel ${id}, got ${channel.id}`);
      out.set(id, channel);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, todo.length) }, worker));
  return out;
}
