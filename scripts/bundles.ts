// How the build cuts the site's styles and browser code into files (Rollup's manualChunks, set
// in astro.config.mjs). Left to itself it makes a file for each set of pages that share a
// piece, so a service's page loaded 16 files, half of them under 1 KB: each a request, on a
// phone line often slower than the bytes. Here:
// - Styles: the layout's and those of a service's page (the page most visits land on, whose
//   parts — cards, contact lines, the map figure, the breadcrumb — the lists share) are one
//   file, `site`, kept in the cache from page to page. Another page adds one file of its own.
// - Browser code: every page's (the layout's one script and what it imports) is one file,
//   `site`. Larger features load on their own, only where they are used.
// - The embeddable list has no layout, and a page inside another site's <iframe> should not
//   download the site's: what it shares with the site's code stays in a file of its own
//   (`shared`), and its styles in its own (src/styles/embed.css).
import { isCSSRequest } from 'vite';
import type { GetManualChunk } from 'rollup';

type Graph = Parameters<GetManualChunk>[1];

/** The layout's one script (src/layouts/Base.astro): every page's browser code. */
export const LAYOUT_SCRIPT = /\/src\/layouts\/Base\.astro\?astro&type=script/;
/** Styles in the site's style sheet: the layout's, and a service's page's. */
export const SITE_STYLE_ROOTS = /\/src\/(layouts\/Base\.astro|pages\/\[\.\.\.lang\]\/palvelut\/\[id\]\.astro)$/;
/** The embeddable list's page, which has no layout, and its script. */
export const FRAMED = /\/src\/(layouts\/Embed\.astro$|pages\/\[\.\.\.lang\]\/upotus\/index\.astro\?astro&type=script)/;

/** Every module that a module matching `roots` imports, directly or through others, and the roots. */
export function importedFrom(graph: Graph, roots: RegExp): Set<string> {
  const found = new Set<string>();
  const todo = [...graph.getModuleIds()].filter((id) => roots.test(id));
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

/**
 * A chunk name for what `roots` import, except what the framed list imports too (`framed`);
 * each build's graph is read once, at its first question.
 */
function chunker(
  roots: RegExp,
  name: string,
  framed: string | undefined,
  only = (_id: string) => true,
): GetManualChunk {
  let graph: { site: Set<string>; framed: Set<string> } | undefined;
  return (id, meta) => {
    if (!only(id)) return undefined;
    graph ??= { site: importedFrom(meta, roots), framed: importedFrom(meta, FRAMED) };
    if (!graph.site.has(id)) return undefined;
    return graph.framed.has(id) ? framed : name;
  };
}

/**
 * For the browser's build. Code the site and the framed list share is named too: Rollup puts a
 * module no rule names into the chunk of a module that imports it, which would be `site`.
 */
export const scriptChunks = (): GetManualChunk => chunker(LAYOUT_SCRIPT, 'site', 'shared');

/** For the build of the pages, which decides the style sheets: only styles are named. */
export const styleChunks = (): GetManualChunk => chunker(SITE_STYLE_ROOTS, 'site', undefined, isCSSRequest);

/** The module Vite wraps every dynamic `import()` of the browser's code in. */
export const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each `import()` in a helper that preloads the imported chunk's own imports and
 * links its style sheets: a kilobyte (0.7 KB gzip) in the script every page loads. The features
 * that load later (a map, quick find's dialog) add their own style sheets when they start
 * (src/client/stylesheet.ts), and without module preloading (set here: Astro sets the browser
 * build's own options) the helper has nothing else to do, so it becomes a plain call. The browser
 * still finds a chunk's imports itself, one round trip later, on a feature's first use only.
 */
export const plainDynamicImports = () => ({
  name: 'palvelutori:plain-dynamic-imports',
  enforce: 'pre' as const,
  configEnvironment: (name: string) => (name === 'client' ? { build: { modulePreload: false as const } } : undefined),
  resolveId: (id: string) => (id === PRELOAD_HELPER ? id : undefined),
  load: (id: string) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
});
