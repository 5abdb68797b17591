// The search page: Pagefind full-text search with filters, results announced to screen
// readers, and the whole state in the URL.
import { filterCount, isEmpty, readForm, toPagefindFilters, toParams, writeForm, type FilterState } from './form-state';
import { loadPagefind, serviceIdOf, type PagefindData, type PagefindResult } from './pagefind';
import { searchWithFallback } from './partial';
import { queryWords } from '../../lib/query-words';
import { ageShort, bandOf } from '../../lib/freshness';
import { rankResults, type Rankable } from '../../lib/rank';
import { understand, type Understood } from '../../lib/understand';
import { quickSource } from '../quickfind/source';
import type { QuickSearch } from '../../lib/quick-search';
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
      language: Record<string, string>;
      languages: string;
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
    // Every card says the languages a service is offered in.
    ...(item.filters.language?.length
      ? [
          {
            text: fill(labels!.languages, {
              list: item.filters.language.map((l) => labels!.language[l] ?? l).join(', '),
            }),
          },
        ]
      : []),
    // Like every card on the site: the year of the facts, "checked" only when someone did.
    ...(age ? [{ text: ageShort(age, ageWords), old: age.band !== 'current' }] : []),
  ].filter((tag) => tag.text);
  if (!tags.length) return undefined;
  const ul = document.createElement('ul');
  ul.className = 'tags';
  for (const tag of tags) {
    const li = document.createElement('li');
    li.textContent = tag.text;
    if (tag.old) li.className = 'old';
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

// Pagefind finds the pages; the order of the first two screens is the one quick find uses too
// (src/lib/rank.ts): how a page answers the query, the page's language, fresher facts, then
// Pagefind's own order. Those pages are read at once to know it; the rest keep Pagefind's order.
const REORDERED = 2 * PAGE;
const pageLang = form?.dataset.lang ?? 'fi';
function rankableOf(d: PagefindData, now: Date): Rankable {
  return {
    id: serviceIdOf(d) ?? d.url,
    title: d.meta.title ?? '',
    themes: d.filters.theme ?? [],
    names: [d.meta.provider, d.meta.district].filter(Boolean).join(' '),
    languages: d.filters.language,
    band: d.meta.checked ? bandOf(monthsBetween(d.meta.checked, now)) : undefined,
  };
}
async function ranked(results: PagefindResult[], u: Understood): Promise<PagefindResult[]> {
  const head = results.slice(0, REORDERED);
  const data = await Promise.all(head.map(dataOf));
  const now = new Date();
  const order = rankResults(
    head.map((r, i) => ({ r, d: data[i] })),
    (x) => rankableOf(x.d, now),
    u,
    pageLang,
  );
  return [...order.map((x) => x.r), ...results.slice(REORDERED)];
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
  // The nearest of the listing's places (each its own point or its district's), not its first.
  const pointOf = (d: PagefindData): LatLon | undefined => {
    const points = (d.meta.points ?? '')
      .split(';')
      .map((p) => p.split(',').map(Number))
      .filter(([lat, lon]) => Number.isFinite(lat) && Number.isFinite(lon))
      .map(([lat, lon]) => ({ lat, lon }));
    return points.sort((a, b) => distanceKm(origin.point, a) - distanceKm(origin.point, b))[0];
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

let quick: Promise<QuickSearch> | undefined;
/** Quick find's answer to the query (ids, best first), or none when its files cannot be read. */
async function quickHits(q: string): Promise<string[]> {
  if (!q) return [];
  quick ??= Promise.all([
    import('../../lib/quick-search'),
    quickSource(form!.dataset.index!, form!.dataset.files!),
  ]).then(([m, source]) => m.quickSearcher(source));
  try {
    return (await (await quick)(q)).map((e) => e.i);
  } catch {
    quick = undefined;
    return [];
  }
}

/** What a query means, as quick find reads it; without quick find's files, just its words. */
async function understood(q: string): Promise<Understood> {
  const plain = { words: queryWords(q), themes: [], ids: [] };
  if (!q) return plain;
  try {
    return await understand(q, await quickSource(form!.dataset.index!, form!.dataset.files!));
  } catch {
    return plain;
  }
}

/**
 * `step` says what the run is to the browser's history: a typed word replaces the entry, a
 * chosen filter or a submitted search is a step of its own (Back undoes it), and going Back
 * itself writes nothing.
 */
async function run(step: 'replace' | 'push' | 'none' = 'replace') {
  const state = readForm(form!);
  showChosen(state);
  const params = toParams(state);
  const url = params.size ? `?${params}` : location.pathname;
  if (step === 'push' && url !== `${location.search || location.pathname}`) history.pushState(null, '', url);
  else if (step !== 'none') history.replaceState(null, '', url);
  const mine = ++generation;
  const origin = originOf(state);
  if (isEmpty(state) && !origin) {
    // An empty search is where a search starts, never a blank area: the topics and the advice line.
    list!.replaceChildren();
    status!.textContent = form!.dataset.emptyStart!;
    if (advice) advice.hidden = false;
    if (next) next.hidden = false;
    if (failed) failed.hidden = true;
    pending = [];
    if (more) more.hidden = true;
    return;
  }
  try {
    const pagefind = await loadPagefind();
    if (failed) failed.hidden = true;
    const filters = toPagefindFilters(state);
    const [u, top] = await Promise.all([understood(state.q), quickHits(state.q)]);
    if (mine !== generation) return;
    const [found, best] = await Promise.all([
      searchWithFallback(pagefind, u.words.join(' ') || state.q, filters),
      // Quick find's answers, as far as the chosen filters allow, are the first results here too.
      top.length ? pagefind.search(null, { filters: { ...filters, id: { any: top } } }) : { results: [] },
    ]);
    if (mine !== generation) return;
    const bestData = await Promise.all(best.results.map(dataOf));
    const place = (i: number) => top.indexOf(serviceIdOf(bestData[i]) ?? '');
    const first = best.results
      .map((r, i) => ({ r, at: place(i) }))
      .sort((a, b) => a.at - b.at)
      .map((x) => x.r);
    const shown = new Set(first.map((r) => r.id));
    let rest = found.results.filter((r) => !shown.has(r.id));
    // A word the catalogue knows never ends at nothing: the services of the themes it stands for.
    if (!first.length && !rest.length && u.themes.length)
      rest = (await pagefind.search(null, { filters: { ...filters, theme: { any: u.themes } } })).results;
    if (mine !== generation) return;
    const topCount = first.length;
    found.results = [...first, ...rest];
    const notes: string[] = u.corrected ? [fill(form!.dataset.corrected!, { q: u.corrected })] : [];
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
      // Pagefind's other pages follow quick find's, in the shared order for the first screens.
      pending = [...found.results.slice(0, topCount), ...(await ranked(found.results.slice(topCount), u))];
      if (mine !== generation) return;
      await showMore(false);
      if (mine !== generation) return;
      if (origin === 'unknown') notes.push(near!.dataset.unknown!);
    }
    if (found.partial) notes.push(form!.dataset.partial!);
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
  // A filter chosen while a typed word waits still makes a step of history.
  let step: 'replace' | 'push' = 'replace';
  const soon = (as: 'replace' | 'push') => {
    if (as === 'push') step = 'push';
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      const s = step;
      step = 'replace';
      void run(s);
    }, 250);
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
    step = 'replace';
    await run('push');
    showResults();
  });
  form.addEventListener('input', (e) => {
    if (['q', 'postal'].includes((e.target as HTMLInputElement).name)) soon('replace');
  });
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
  // Each filter changed is a step: Back undoes it rather than leaving the search.
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).name !== 'q') soon('push');
  });
  form.addEventListener('reset', () => {
    here = undefined;
    setTimeout(() => void run('push'));
  });
  addEventListener('popstate', () => {
    writeForm(form, new URLSearchParams(location.search));
    void run('none');
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
          void run('push');
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
