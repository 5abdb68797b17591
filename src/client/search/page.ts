// The search page: Pagefind full-text search with filters, results announced to screen
// readers, and the whole state in the URL.
import { filterCount, isEmpty, readForm, toPagefindFilters, toParams, writeForm, type FilterState } from './form-state';
import { loadPagefind, serviceIdOf, type PagefindData, type PagefindResult } from './pagefind';
import { searchWithFallback } from './partial';
import { ageShort, bandOf, relevanceThenFreshness } from '../../lib/freshness';
import { monthsBetween } from '../../lib/stale';
import { paintAll } from '../shortlist/toggle';
import { distanceKm, orderByDistance, type LatLon } from '../../lib/distance';
import { askPosition, optionPoint } from '../near/near';
import { count, fill } from '../i18n/fill';

const form = document.querySelector<HTMLFormElement>('#search-form');
const status = document.querySelector<HTMLElement>('#search-status');
// Present only when the advice line has a sourced number.
const advice = document.querySelector<HTMLElement>('#search-advice');
const next = document.querySelector<HTMLElement>('#search-next');
const list = document.querySelector<HTMLOListElement>('#search-results');
// Shown when Pagefind cannot load: quick find, the topics and the A–Ö list work without it.
const failed = document.querySelector<HTMLElement>('#search-failed');

function countText(n: number): string {
  if (!form) return '';
  return count(form.dataset.count!, n);
}

// Labels for what an advisor compares at a glance: cost, how to join, distance.
const labels = form
  ? (JSON.parse(form.dataset.labels!) as {
      cost: Record<string, string>;
      join: Record<string, string>;
      km: [string, string];
      checked: string;
      year: string;
    })
  : undefined;
const ageWords = {
  checkedYear: (y: string) => fill(labels!.checked, { y }),
  factsYear: (y: string) => fill(labels!.year, { y }),
};
// On the reader's day, not the build's: a page built in spring says "checked" until next spring.
const ageOf = (checked: string, estimated: boolean) => ({
  band: bandOf(monthsBetween(checked, new Date())),
  estimated,
  year: checked.slice(0, 4),
});
const kmText = (km: number) => (km < 1 ? labels!.km[0] : fill(labels!.km[1], { n: Math.round(km) }));

function tagsOf(item: PagefindData, km: number | undefined): HTMLUListElement | undefined {
  const age = item.meta.checked ? ageOf(item.meta.checked, item.meta.estimated === '1') : undefined;
  const tags: { text: string; old?: boolean }[] = [
    ...(item.filters.cost ?? []).map((c) => ({ text: labels!.cost[c] })),
    ...(item.filters.join ?? []).map((j) => ({ text: labels!.join[j] })),
    ...(km !== undefined && Number.isFinite(km) ? [{ text: kmText(km) }] : []),
    // Like every card on the site: the year of the facts, "checked" only when someone did,
    // marked as the cards mark it when over a year old.
    ...(age ? [{ text: ageShort(age, ageWords), old: age.band !== 'current' }] : []),
  ].filter((t) => t.text);
  if (!tags.length) return undefined;
  const ul = document.createElement('ul');
  ul.className = 'tags';
  for (const { text, old } of tags) {
    const li = document.createElement('li');
    li.textContent = text;
    if (old) li.className = 'old';
    ul.append(li);
  }
  return ul;
}

function render(items: PagefindData[], append = false, kmOf?: Map<PagefindData, number>) {
  list![append ? 'append' : 'replaceChildren'](
    ...items.map((item) => {
      const li = document.createElement('li');
      const article = document.createElement('article');
      const h2 = document.createElement('h2');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.meta.title ?? item.url;
      h2.append(a);
      const meta = document.createElement('p');
      meta.className = 'muted';
      meta.textContent = [item.meta.provider, item.meta.district].filter(Boolean).join(' · ');
      const summary = document.createElement('p');
      summary.textContent = item.meta.summary ?? '';
      article.append(h2, meta, summary);
      const tags = tagsOf(item, kmOf?.get(item));
      if (tags) article.append(tags);
      const id = serviceIdOf(item);
      if (id) {
        article.dataset.service = id;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'tool-button shortlist-toggle';
        Object.assign(button.dataset, { shortlist: id, title: item.meta.title ?? '' });
        const label = document.createElement('span');
        label.className = 'label';
        button.append(label);
        article.append(button);
      }
      li.append(article);
      return li;
    }),
  );
}

// Results are fetched eight at a time: each one is a small download of its own.
const PAGE = 8;
const more = document.querySelector<HTMLButtonElement>('#search-more');
let pending: PagefindResult[] = [];
const loaded = new WeakMap<PagefindResult, Promise<PagefindData>>();
const dataOf = (r: PagefindResult) => loaded.get(r) ?? loaded.set(r, r.data()).get(r)!;

// Pagefind orders by its score alone. The first two screens are read at once and re-ordered:
// among results within 5 % of each other's score (or all of them, for filters without words),
// the ones whose facts are current come first, as in every list and in quick find.
const REORDERED = 2 * PAGE;
async function freshFirst(results: PagefindResult[]): Promise<PagefindResult[]> {
  const head = results.slice(0, REORDERED);
  const data = await Promise.all(head.map(dataOf));
  const top = Math.max(...head.map((r) => r.score ?? 0)) || 1;
  const now = new Date();
  const ordered = relevanceThenFreshness(
    head.map((r, i) => ({ r, checked: data[i].meta.checked })),
    (x) => -(x.r.score ?? 0) / top,
    (x) => (x.checked ? bandOf(monthsBetween(x.checked, now)) : undefined),
    0.05,
  );
  return [...ordered.map((x) => x.r), ...results.slice(REORDERED)];
}

async function showMore(append: boolean) {
  const batch = pending.splice(0, PAGE);
  const data = await Promise.all(batch.map(dataOf));
  render(data, append);
  paintAll(list!);
  if (more) more.hidden = pending.length === 0;
  return data;
}

// "Near me": a district, a postal code seen in our listings, or the browser's location
// (asked only on a click, never put in the URL).
const near = form?.querySelector<HTMLFieldSetElement>('.near');
let here: LatLon | undefined;
type Origin = { point: LatLon; district?: string };

const districtPoint = (id: string) =>
  optionPoint(form?.querySelector<HTMLOptionElement>(`#f-near option[value="${CSS.escape(id)}"]`));

function originOf(state: FilterState): Origin | 'unknown' | undefined {
  const inDistrict = (id: string): Origin | undefined => {
    const point = districtPoint(id);
    return point && { point, district: id };
  };
  if (state.near?.near) return inDistrict(state.near.near);
  if (state.near?.postal) {
    const id = (JSON.parse(near!.dataset.postal!) as Record<string, string>)[state.near.postal];
    return (id && inDistrict(id)) || 'unknown';
  }
  return here ? { point: here } : undefined;
}

function nearest(items: PagefindData[], origin: Origin): { items: PagefindData[]; km: Map<PagefindData, number> } {
  // An exact place where the listing has one, otherwise its (first) district's point.
  const pointOf = (d: PagefindData): LatLon | undefined => {
    const [lat, lon] = (d.meta.point ?? '').split(',').map(Number);
    if (Number.isFinite(lat) && Number.isFinite(lon)) return { lat, lon };
    const district = d.filters.district?.[0];
    return district ? districtPoint(district) : undefined;
  };
  const mine = origin.district ? (d: PagefindData) => !!d.filters.district?.includes(origin.district!) : undefined;
  const km = new Map(
    items.map((d) => {
      const p = pointOf(d);
      return [d, p ? distanceKm(origin.point, p) : Infinity] as const;
    }),
  );
  return { items: orderByDistance(items, origin.point, pointOf, mine), km };
}

let generation = 0;
const panel = form?.querySelector<HTMLDetailsElement>('details.filters');
function showChosen(state: FilterState) {
  const n = filterCount(state);
  panel!.querySelector('.chosen')!.textContent = n ? ` (${fill(panel!.dataset.chosen!, { n })})` : '';
}

async function run() {
  const state = readForm(form!);
  showChosen(state);
  const params = toParams(state);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  const mine = ++generation;
  const origin = originOf(state);
  if (isEmpty(state) && !origin) {
    list!.replaceChildren();
    status!.textContent = '';
    if (advice) advice.hidden = true;
    if (next) next.hidden = true;
    if (failed) failed.hidden = true;
    pending = [];
    if (more) more.hidden = true;
    return;
  }
  try {
    const pagefind = await loadPagefind();
    if (failed) failed.hidden = true;
    const found = await searchWithFallback(pagefind, state.q, toPagefindFilters(state));
    if (mine !== generation) return;
    const notes: string[] = [];
    if (origin && origin !== 'unknown') {
      // Ordering by distance needs every result's place: all of them are fetched.
      const data = await Promise.all(found.results.slice(0, 150).map(dataOf));
      if (mine !== generation) return;
      pending = [];
      const sorted = nearest(data, origin);
      render(sorted.items, false, sorted.km);
      paintAll(list!);
      if (more) more.hidden = true;
      notes.push(near!.dataset.sorted!);
    } else {
      pending = await freshFirst(found.results);
      if (mine !== generation) return;
      await showMore(false);
      if (mine !== generation) return;
      if (origin === 'unknown') notes.push(near!.dataset.unknown!);
    }
    if (found.partial) notes.unshift(form!.dataset.partial!);
    if (found.results.length === 0) notes.push(form!.dataset.emptyHint!);
    if (advice) advice.hidden = found.results.length > 0;
    if (next) next.hidden = found.results.length > 0 && !found.partial;
    status!.textContent = [countText(found.results.length), ...notes].join(' ');
  } catch {
    if (mine !== generation) return;
    list!.replaceChildren();
    if (more) more.hidden = true;
    if (next) next.hidden = true;
    status!.textContent = form!.dataset.error!;
    if (failed) failed.hidden = false;
  }
}

if (form && status && list) {
  document
    .querySelector('#search-quickfind')
    ?.addEventListener('click', () => document.querySelector<HTMLButtonElement>('#qf-open')?.click());
  writeForm(form, new URLSearchParams(location.search));
  let timer: number | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 250);
  };
  panel!.open = matchMedia('(min-width: 40rem)').matches || filterCount(readForm(form)) > 0;
  // The results may start below the screen (on a phone, or under the filters): a search the
  // reader asked for, here or from the home page's box, brings them into view.
  const showResults = () => {
    if (status.getBoundingClientRect().top > innerHeight * 0.6) status.scrollIntoView({ block: 'start' });
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    // The search typed so far is this one: a late debounced run would replace it mid-way.
    clearTimeout(timer);
    await run();
    showResults();
  });
  form.addEventListener('input', soon);
  // Pagefind's code and language data are the largest part of a first search: fetch them
  // while the reader is still typing.
  form.addEventListener(
    'focusin',
    () =>
      void loadPagefind()
        .then((pf) => pf.init())
        .catch(() => undefined),
    { once: true },
  );
  form.addEventListener('change', soon);
  form.addEventListener('reset', () => {
    here = undefined;
    setTimeout(run);
  });
  const locate = form.querySelector<HTMLButtonElement>('#search-locate');
  if (locate && 'geolocation' in navigator) {
    locate.addEventListener('click', () => {
      status!.textContent = near!.dataset.locating!;
      askPosition(
        (point) => {
          here = point;
          (form.elements.namedItem('near') as HTMLSelectElement).value = '';
          (form.elements.namedItem('postal') as HTMLInputElement).value = '';
          run();
        },
        () => (status!.textContent = near!.dataset.failed!),
      );
    });
  }
  more?.addEventListener('click', async () => {
    const first = list!.children.length;
    await showMore(true);
    // Keyboard and screen-reader users continue from the first new result.
    list!.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  const asked = new URLSearchParams(location.search).has('q');
  void run().then(() => asked && showResults());
}
