// The index of organisers (/jarjestajat/): by kind (city, associations, parishes, companies),
// A–Ö within each, cut into pages of the same length as the A–Ö index of services, so that a
// region with thousands of organisers still gets pages of a fixed size. Runs at build time.
import { pick, type Lang } from '../i18n';
import { PROVIDER_TYPES, type Provider, type ProviderType } from '../schema';
import { compareText, type Catalog } from './catalog';
import { LINKS_PER_PAGE, paginate, type Page } from './paginate';

export type ProviderEntry = { provider: Provider; services: number };
export type ProviderIndexPage = Page<ProviderEntry> & {
  /** The page's entries under their kinds; a kind cut by a page break is headed on both pages. */
  sections: { type: ProviderType; entries: ProviderEntry[] }[];
};

/**
 * Every page of the index, and the page each kind begins on (for the links that jump to it).
 * An organiser whose services have all ended has nothing to offer here; its own page stays.
 */
export function providerIndex(
  c: Pick<Catalog, 'providers' | 'live'>,
  lang: Lang,
  size = LINKS_PER_PAGE,
): { pages: ProviderIndexPage[]; starts: Map<ProviderType, number> } {
  const counts = new Map<string, number>();
  for (const s of c.live) counts.set(s.provider, (counts.get(s.provider) ?? 0) + 1);
  const order = (p: Provider) => PROVIDER_TYPES.indexOf(p.type);
  const entries = [...c.providers.values()]
    .filter((p) => counts.has(p.id))
    .sort((a, b) => order(a) - order(b) || compareText(pick(a.name, lang).text, pick(b.name, lang).text))
    .map((provider) => ({ provider, services: counts.get(provider.id)! }));
  const starts = new Map<ProviderType, number>();
  const pages = paginate(entries, size).map((page) => {
    const sections: ProviderIndexPage['sections'] = [];
    for (const e of page.items) {
      const type = e.provider.type;
      if (!starts.has(type)) starts.set(type, page.number);
      if (sections.at(-1)?.type !== type) sections.push({ type, entries: [] });
      sections.at(-1)!.entries.push(e);
    }
    return { ...page, sections };
  });
  return { pages, starts };
}
