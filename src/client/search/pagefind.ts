// Loads the Pagefind index built next to the site (dist/pagefind/). Kept out of Vite's
// bundle: the file exists only after the build.
export type PagefindResult = { id: string; score?: number; data: () => Promise<PagefindData> };
export type PagefindData = {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  excerpt: string;
};

/** A service page's id is the last segment of its URL (/palvelut/{id}/, /sv/palvelut/{id}/). */
export const serviceIdOf = (d: PagefindData) => d.url.split('/').filter(Boolean).pop();
export type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] }>;
  init: () => Promise<void>;
};

let loading: Promise<Pagefind> | undefined;
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  loading ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // No web worker: one file less to download before the first result (see bench:search).
    await pf.options({ excerptLength: 20, noWorker: true });
    return pf;
  });
  return loading;
}
