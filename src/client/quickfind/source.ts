// Quick find's files as the browser reads them (src/lib/quick-search.ts): the base, and the
// files of records next to it (pikahaku.json → pikahaku/a/ku.json), each read once. Quick
// find and the search page share them: the search page understands a query with the same
// words (src/lib/understand.ts).
import type { QuickBase, QuickEntry, QuickSource } from '../../lib/quick-search';
import { fillRoute } from '../../lib/routes';

const sources = new Map<string, Promise<QuickSource>>();

/** `indexUrl`: the base file (routes.quickFind); `filesUrl`: the template of the others (routes.quickFindFile). */
export function quickSource(indexUrl: string, filesUrl: string): Promise<QuickSource> {
  let source = sources.get(indexUrl);
  if (!source) {
    const files = new Map<string, Promise<QuickEntry[]>>();
    const load = (path: string) => {
      let p = files.get(path);
      if (!p) {
        p = fetch(fillRoute(filesUrl, path)).then(
          (r) => (r.ok ? (r.json() as Promise<QuickEntry[]>) : []),
          () => [],
        );
        files.set(path, p);
      }
      return p;
    };
    source = fetch(indexUrl)
      .then((r) => r.json() as Promise<QuickBase>)
      .then((base) => ({ base, load }));
    sources.set(indexUrl, source);
  }
  return source;
}
