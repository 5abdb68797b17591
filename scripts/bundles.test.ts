import { describe, expect, it } from 'vitest';
import { importedFrom, plainDynamicImports, PRELOAD_HELPER, scriptChunks, styleChunks } from './bundles';

/** A module graph as Rollup shows it to manualChunks: each id with what it imports statically. */
function graph(imports: Record<string, string[]>) {
  return {
    getModuleIds: () => Object.keys(imports)[Symbol.iterator](),
    getModuleInfo: (id: string) => (id in imports ? { importedIds: imports[id] } : null),
  } as unknown as Parameters<ReturnType<typeof scriptChunks>>[1];
}

const layoutScript = '/p/src/layouts/Base.astro?astro&type=script&index=0&lang.ts';
const framedScript = '/p/src/pages/[...lang]/upotus/index.astro?astro&type=script&index=0&lang.ts';
const searchScript = '/p/src/pages/[...lang]/haku/index.astro?astro&type=script&index=0&lang.ts';
const browser = graph({
  [layoutScript]: ['/p/src/client/shortlist/toggle.ts', '/p/src/client/quickfind/quickfind.ts'],
  '/p/src/client/shortlist/toggle.ts': ['/p/src/client/shortlist/store.ts', '/p/src/client/i18n/fill.ts'],
  '/p/src/client/shortlist/store.ts': [],
  '/p/src/client/quickfind/quickfind.ts': [],
  '/p/src/client/i18n/fill.ts': [],
  [framedScript]: ['/p/src/client/embed/list.ts'],
  '/p/src/client/embed/list.ts': ['/p/src/client/i18n/fill.ts'],
  [searchScript]: ['/p/src/client/search/page.ts'],
  '/p/src/client/search/page.ts': ['/p/src/client/shortlist/store.ts'],
});

describe('the files the build makes', () => {
  it('finds what a module imports, through other modules, once each', () => {
    const cyclic = graph({ a: ['b'], b: ['c', 'a'], c: ['b'], d: ['a'] });
    expect(importedFrom(cyclic, /^a$/)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('puts every page’s browser code in one file, and what the framed list shares with it in another', () => {
    const chunk = scriptChunks();
    const name = (id: string) => chunk(id, browser);
    expect(name(layoutScript)).toBe('site');
    expect(name('/p/src/client/shortlist/store.ts')).toBe('site');
    expect(name('/p/src/client/quickfind/quickfind.ts')).toBe('site');
    // The embeddable list's page has no layout: it must not load the site's file for this.
    expect(name('/p/src/client/i18n/fill.ts')).toBe('shared');
    // A page's own code is left to the build, which gives each page's script its own file.
    expect(name(searchScript)).toBeUndefined();
    expect(name('/p/src/client/search/page.ts')).toBeUndefined();
    expect(name(framedScript)).toBeUndefined();
  });

  it('puts the layout’s and a service page’s styles in one style sheet, and nothing else', () => {
    const pages = graph({
      '/p/src/layouts/Base.astro': ['/p/src/styles/global.css', '/p/src/components/Header.astro'],
      '/p/src/components/Header.astro': ['/p/src/components/Header.astro?astro&type=style&index=0&lang.css'],
      '/p/src/components/Header.astro?astro&type=style&index=0&lang.css': [],
      '/p/src/styles/global.css': [],
      '/p/src/pages/[...lang]/palvelut/[id].astro': ['/p/src/layouts/Base.astro', '/p/src/components/Card.astro'],
      '/p/src/components/Card.astro': ['/p/src/components/Card.astro?astro&type=style&index=0&lang.css'],
      '/p/src/components/Card.astro?astro&type=style&index=0&lang.css': [],
      '/p/src/pages/[...lang]/haku/index.astro': [
        '/p/src/layouts/Base.astro',
        '/p/src/pages/[...lang]/haku/index.astro?astro&type=style&index=0&lang.css',
      ],
      '/p/src/pages/[...lang]/haku/index.astro?astro&type=style&index=0&lang.css': [],
      '/p/src/layouts/Embed.astro': ['/p/src/styles/embed.css'],
      '/p/src/styles/embed.css': [],
    });
    const chunk = styleChunks();
    const name = (id: string) => chunk(id, pages);
    expect(name('/p/src/styles/global.css')).toBe('site');
    expect(name('/p/src/components/Header.astro?astro&type=style&index=0&lang.css')).toBe('site');
    expect(name('/p/src/components/Card.astro?astro&type=style&index=0&lang.css')).toBe('site');
    // The components themselves, a page's own styles and the framed list's are left to the build.
    expect(name('/p/src/components/Card.astro')).toBeUndefined();
    expect(name('/p/src/pages/[...lang]/haku/index.astro?astro&type=style&index=0&lang.css')).toBeUndefined();
    expect(name('/p/src/styles/embed.css')).toBeUndefined();
  });

  it('makes every import() a plain call: no preloading, so no helper in the script every page loads', async () => {
    const plugin = plainDynamicImports();
    expect(plugin.configEnvironment('client')).toEqual({ build: { modulePreload: false } });
    // The pages' build is left alone.
    expect(plugin.configEnvironment('prerender')).toBeUndefined();
    expect(plugin.resolveId(PRELOAD_HELPER)).toBe(PRELOAD_HELPER);
    expect(plugin.resolveId('./map')).toBeUndefined();
    const source = plugin.load(PRELOAD_HELPER)!;
    const { __vitePreload } = await import(`data:text/javascript,${encodeURIComponent(source)}`);
    expect(await __vitePreload(async () => 'the chunk', ['ignored.css'])).toBe('the chunk');
    expect(plugin.load('/src/client/map/map.ts')).toBeUndefined();
  });
});
