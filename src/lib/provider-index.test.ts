import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_TYPES } from '../schema';
import { validateContentDir } from '../validation/fs';
import { compareText, makeCatalog } from './catalog';
import { providerIndex } from './provider-index';
import { syntheticContent } from './synthetic';

const { content } = validateContentDir(join(import.meta.dirname, '../..'));

describe('the index of organisers', () => {
  it('lists each organiser with live services once, by kind and A–Ö, in pages of a fixed size', () => {
    const c = makeCatalog(syntheticContent(content, 5000));
    const { pages, starts } = providerIndex(c, 'fi');
    const withServices = new Set(c.live.map((s) => s.provider));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages.slice(0, -1)) expect(p.items).toHaveLength(120);
    const listed = pages.flatMap((p) => p.sections.flatMap((s) => s.entries));
    expect(listed.map((e) => e.provider.id).sort()).toEqual([...withServices].sort());
    // Kinds in their order, names A–Ö within a kind; each section holds only its kind.
    for (const [i, e] of listed.entries()) {
      if (i === 0) continue;
      const prev = listed[i - 1].provider;
      const kind = PROVIDER_TYPES.indexOf(e.provider.type) - PROVIDER_TYPES.indexOf(prev.type);
      expect(kind > 0 || (kind === 0 && compareText(prev.name.fi, e.provider.name.fi) <= 0)).toBe(true);
    }
    for (const p of pages) for (const s of p.sections) for (const e of s.entries) expect(e.provider.type).toBe(s.type);
    for (const e of listed) expect(e.services).toBe(c.live.filter((s) => s.provider === e.provider.id).length);
    // The jump links go to the page where each kind's first organiser is.
    for (const [type, n] of starts) expect(pages[n - 1].sections.some((s) => s.type === type)).toBe(true);
    for (const [type, n] of starts)
      expect(pages.slice(0, n - 1).some((p) => p.sections.some((s) => s.type === type))).toBe(false);
  });

  it('heads a kind cut by a page break on both pages', () => {
    const c = makeCatalog(content);
    const { pages } = providerIndex(c, 'fi', 5);
    const kindsOn = pages.map((p) => p.sections.map((s) => s.type));
    expect(pages.some((_, i) => i > 0 && kindsOn[i - 1].at(-1) === kindsOn[i][0])).toBe(true);
  });

  it('leaves out an organiser whose services have all ended', () => {
    const gone = content.services[0].provider;
    const services = content.services.map((s) => (s.provider === gone ? { ...s, status: 'ended' as const } : s));
    const listed = (x: typeof content) =>
      providerIndex(makeCatalog(x), 'fi').pages.flatMap((p) => p.items.map((e) => e.provider.id));
    expect(listed(content)).toContain(gone);
    expect(listed({ ...content, services })).not.toContain(gone);
  });
});
