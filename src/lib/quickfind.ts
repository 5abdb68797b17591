// The advisors' quick-find index: one short record per service, searched with Fuse.js in
// the browser. Short keys keep it small; everything a match needs is in the record.
import type { IFuseOptions } from 'fuse.js';
import { pick } from '../i18n';
import { districtName, type Catalog } from './catalog';
import type { Lang } from '../schema';
import { synonymsFor } from './synonyms';

export type QuickEntry = {
  /** id */ i: string;
  /** title */ t: string;
  /** provider name */ p: string;
  /** theme names */ h: string;
  /** district names */ d: string;
  /** everyday words */ s: string;
};

export function buildQuickIndex(c: Pick<Catalog, 'live' | 'providers' | 'themeById' | 'districtById' | 'synonyms'>, lang: Lang): QuickEntry[] {
  return c.live.map((s) => ({
    i: s.id,
    t: pick(s.title, lang).text,
    p: pick(c.providers.get(s.provider)!.name, lang).text,
    h: s.themes.map((id) => pick(c.themeById.get(id)!.name, lang).text).join(', '),
    d: [...new Set(s.locations.map((l) => districtName(l.district, c.districtById, lang)).filter(Boolean))].join(', '),
    s: synonymsFor(s, c.themeById, c.synonyms, lang).join(' '),
  }));
}

// Title and provider weigh most: an advisor usually knows roughly what the thing is called.
// ignoreLocation lets a word match anywhere in a long name; the threshold allows about
// one typo in every four letters ("muistiyhdistis", "lähimäispalvelu").
export const FUSE_OPTIONS: IFuseOptions<QuickEntry> = {
  keys: [
    { name: 't', weight: 3 },
    { name: 'p', weight: 2 },
    { name: 'd', weight: 1.5 },
    { name: 'h', weight: 1 },
    { name: 's', weight: 1 },
  ],
  threshold: 0.34,
  ignoreLocation: true,
  minMatchCharLength: 2,
  includeScore: true,
};
