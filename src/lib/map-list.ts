// The list before a full map (MapList.astro), at any size of catalogue. The page holds one
// page of it; the rest comes from one small JSON file per district (`routes.mapShard`), read
// by the browser nearest the map's centre first (src/client/map/list.ts). An item looks the
// same wherever it is made: `itemAttributes` is the one mapping to the `<li>`'s attributes,
// used by the page and by the browser. Nothing here imports the dictionaries, so the
// browser bundle stays small.

/** The city from Kakskerta to Paattinen: the first view of a map of all services. */
export const CITY_VIEW: [[number, number], [number, number]] = [
  [22.02, 60.35],
  [22.48, 60.58],
];
/** The middle of that view: what the list is nearest to before the map is moved. */
export const CITY_CENTRE = {
  lat: (CITY_VIEW[0][1] + CITY_VIEW[1][1]) / 2,
  lon: (CITY_VIEW[0][0] + CITY_VIEW[1][0]) / 2,
};

/** Items shown at a time, and added by "show more". */
export const MAP_LIST_PAGE = 20;

export type MapListItem = {
  id: string;
  title: string;
  /** Set when the title is in Finnish on a Swedish or English page. */
  titleLang?: string;
  href: string;
  provider: string;
  address?: string;
  /** [district id, place text] for every place: a pop-up names the place clicked. */
  places: [string, string][];
  lat?: number;
  lon?: number;
  /** '|a|b|' lists, as the map tiles' properties (src/client/map/filters.ts). */
  districts: string;
  themes: string;
  pt: string;
  cost: string;
  access: string;
};

/** A district that has services on the map: where its file is, its point and how many. */
export type MapListDistrict = [id: string, lat: number, lon: number, count: number];

export function itemAttributes(item: MapListItem): Record<string, string> {
  const out: Record<string, string> = {
    'data-service': item.id,
    'data-provider': item.provider,
    'data-places': JSON.stringify(item.places),
    'data-districts': item.districts,
    'data-themes': item.themes,
    'data-pt': item.pt,
    'data-cost': item.cost,
    'data-access': item.access,
  };
  if (item.address) out['data-address'] = item.address;
  if (item.lat !== undefined && item.lon !== undefined)
    Object.assign(out, { 'data-lat': String(item.lat), 'data-lon': String(item.lon) });
  return out;
}

/** What `filters.ts` `matches()` reads, without a DOM element. */
export const filterData = (item: MapListItem) => ({
  themes: item.themes,
  pt: item.pt,
  cost: item.cost,
  access: item.access,
});
