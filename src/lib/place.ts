// How a service's place is written: on pages (catalog.placeText) and in the listing form's
// preview, so that the preview shows what the page will. No dictionaries are imported here,
// which keeps the form's browser bundle small; callers pass the two phrases it needs.
import type { ServiceLocation } from '../schema';

export interface PlaceWords {
  /** "somewhere in Runosmäki": a district is known but no street address. */
  somewhereIn: (district: string) => string;
  askProvider: string;
}

export function placeLine(
  loc: ServiceLocation,
  districtName: (id: string) => string | undefined,
  words: PlaceWords,
): string {
  if (loc.street)
    return [loc.name, loc.street, [loc.postalCode, loc.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const district = loc.district ? districtName(loc.district) : undefined;
  if (district) return [loc.name, words.somewhereIn(district)].filter(Boolean).join(': ');
  return [loc.name, `${loc.city}. ${words.askProvider}`].filter(Boolean).join(', ');
}
