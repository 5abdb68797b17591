// The real content, read the same way the build reads it, so tests pick their examples from
// what is actually published instead of hard-coding listings that may change.
import { join } from 'node:path';
import { loadValidContent } from '../src/validation/fs';

// With the points an imported address index gives street addresses, as on the pages.
export const content = loadValidContent(join(import.meta.dirname, '..'));
export const live = content.services.filter((s) => s.status !== 'ended');
// Same rule as mappableServices(): a place the map can show, a point or a district.
export const mappable = live.filter((s) => s.locations.some((l) => l.district || l.coordinates));
export const providerOf = (id: string) => content.providers.find((p) => p.id === id)!;
/** A district with no live service of its own, if there is one: its page leans on "nearest elsewhere". */
export const districtWithoutServices = content.districts.find(
  (d) => !live.some((s) => s.locations.some((l) => l.district === d.id)),
);
