// The list before a full map (MapList.astro), in the browser: what is nearest the map's
// centre, or the reader's chosen district or position, a page at a time. Items come from
// one small JSON file per district, read nearest first and only when the list is open, the
// filters change or a place is chosen, so the page's first load stays the same size however
// many services there are. The map page (page.ts) and the pop-ups (map.ts) use the handle.
import { distanceKm, type LatLon } from '../../lib/distance';
import {
  CITY_CENTRE,
  filterData,
  itemAttributes,
  MAP_LIST_PAGE,
  type MapListDistrict,
  type MapListItem,
} from '../../lib/map-list';
import { routes } from '../../lib/routes';
import { pageLang } from '../i18n/lang';
import { matches, type MapFilterState } from './filters';
import { fill } from '../i18n/fill';

export type MapListHandle = {
  setFilters(state: MapFilterState): void;
  /** Order by distance from a point; with a district, its services come first. */
  setOrigin(point: LatLon, district?: string): void;
  /** The map was moved: its centre is the point to be near, unless the reader chose one. */
  setCentre(point: LatLon): void;
  /** An item by id, from the files read so far or from the district's file. */
  item(id: string, district?: string): Promise<MapListItem | undefined>;
  /** Settles when the list shows the latest state (for the map page and tests). */
  idle(): Promise<void>;
};

const handles = new WeakMap<Element, MapListHandle>();

/** The handle of a map list, once its script has run. */
export const mapListOf = (el: Element | null | undefined) => (el ? handles.get(el) : undefined);

function setup(root: HTMLDetailsElement): MapListHandle {
  const districts = JSON.parse(root.dataset.districts ?? '[]') as MapListDistrict[];
  const ol = root.querySelector('ol')!;
  const more = root.querySelector<HTMLButtonElement>('.map-list-more button')!;
  const noJsMore = root.querySelector<HTMLElement>('.no-js-more');
  const showing = root.querySelector<HTMLElement>('.map-list-showing')!;
  const summary = root.querySelector<HTMLElement>('summary')!;
  const total = Number(root.dataset.total);
  const files = new Map<string, Promise<MapListItem[]>>();
  const load = (district: string) => {
    let p = files.get(district);
    if (!p) {
      p = fetch(routes.mapShard(pageLang(), district)).then(
        (r) => (r.ok ? (r.json() as Promise<MapListItem[]>) : []),
        () => [],
      );
      files.set(district, p);
    }
    return p;
  };

  let filters: MapFilterState = {};
  let origin: { point: LatLon; district?: string } | undefined;
  let centre: LatLon = CITY_CENTRE;
  let want = MAP_LIST_PAGE;
  // Set when the list's contents are out of date but nobody is looking (a closed list).
  let dirty = false;
  let run = 0;
  let current: Promise<void> = Promise.resolve();

  async function refresh(): Promise<void> {
    const mine = ++run;
    const from = origin?.point ?? centre;
    const first = origin?.district;
    const near = (d: MapListDistrict) => distanceKm(from, { lat: d[1], lon: d[2] });
    const order = [...districts].sort((a, b) => Number(b[0] === first) - Number(a[0] === first) || near(a) - near(b));
    const found = new Map<string, MapListItem>();
    let read = 0;
    // Districts are read nearest first until a page is full; each service once.
    for (const d of order) {
      if (found.size >= want) break;
      for (const item of await load(d[0]))
        if (!found.has(item.id) && matches(filterData(item), filters)) found.set(item.id, item);
      read++;
      if (mine !== run) return;
    }
    const complete = read === order.length;
    const inFirst = (i: MapListItem) => (first && i.districts.includes(`|${first}|`) ? 0 : 1);
    const km = (i: MapListItem) => (i.lat === undefined ? Infinity : distanceKm(from, { lat: i.lat, lon: i.lon! }));
    const shown = [...found.values()]
      .sort((a, b) => inFirst(a) - inFirst(b) || km(a) - km(b) || a.title.localeCompare(b.title, 'fi'))
      .slice(0, want);
    ol.replaceChildren(...shown.map(render));
    const filtered = Object.values(filters).some((v) => v?.length);
    const count = complete ? found.size : filtered ? undefined : total;
    summary.textContent = count === undefined ? summary.dataset.plain! : fill(summary.dataset.template!, { n: count });
    showing.textContent = complete && found.size <= want ? '' : fill(showing.dataset.template!, { n: shown.length });
    more.hidden = complete && found.size <= want;
    if (noJsMore) noJsMore.hidden = true;
    root.dataset.state = 'ready';
  }

  function render(item: MapListItem): HTMLLIElement {
    const li = document.createElement('li');
    for (const [k, v] of Object.entries(itemAttributes(item))) li.setAttribute(k, v);
    const a = document.createElement('a');
    a.href = item.href;
    a.textContent = item.title;
    if (item.titleLang) a.lang = item.titleLang;
    const span = document.createElement('span');
    span.className = 'muted';
    span.textContent = ` – ${item.provider}${item.address ? `, ${item.address}` : ''}`;
    li.append(a, span);
    return li;
  }

  const update = (always: boolean) => {
    if (!always && !root.open) {
      dirty = true;
      return;
    }
    dirty = false;
    root.dataset.state = 'loading';
    current = refresh();
  };

  root.addEventListener('toggle', () => {
    if (root.open && (dirty || !root.dataset.state)) update(true);
  });
  more.addEventListener('click', () => {
    want += MAP_LIST_PAGE;
    update(true);
  });
  return {
    setFilters(state) {
      // The map page reports its filters once on load as well: no change, nothing to read.
      const key = (f: MapFilterState) => JSON.stringify(Object.entries(f).filter(([, v]) => v?.length));
      const changed = key(state) !== key(filters);
      filters = state;
      if (changed) want = MAP_LIST_PAGE;
      update(changed);
    },
    setOrigin(point, district) {
      origin = { point, district };
      want = MAP_LIST_PAGE;
      update(true);
    },
    setCentre(point) {
      if (origin) return;
      centre = point;
      want = MAP_LIST_PAGE;
      update(false);
    },
    async item(id, district) {
      for (const p of [...files.values(), ...(district ? [load(district)] : [])]) {
        const hit = (await p).find((i) => i.id === id);
        if (hit) return hit;
      }
      return undefined;
    },
    async idle() {
      let seen: Promise<void>;
      do {
        seen = current;
        await seen;
      } while (seen !== current);
    },
  };
}

for (const root of document.querySelectorAll<HTMLDetailsElement>('details.map-list')) handles.set(root, setup(root));
