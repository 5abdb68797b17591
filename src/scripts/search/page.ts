// The search page: Pagefind full-text search with filters, results announced to screen
// readers, and the whole state in the URL.
import { isEmpty, readForm, toPagefindFilters, toParams, writeForm } from './form-state';
import { loadPagefind, type PagefindData, type PagefindResult } from './pagefind';
import { paintAll } from '../shortlist/toggle';

const form = document.querySelector<HTMLFormElement>('#search-form');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

function countText(n: number): string {
  if (!form) return '';
  return n === 0 ? form.dataset.none! : n === 1 ? form.dataset.one! : form.dataset.many!.replace('{n}', String(n));
}

function render(items: PagefindData[], append = false) {
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
      const id = item.meta.id;
      if (id) {
        article.dataset.service = id;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'tool-button shortlist-toggle';
        Object.assign(button.dataset, { shortlist: id, title: item.meta.title ?? '', add: list!.dataset.add, remove: list!.dataset.remove, added: list!.dataset.added, removed: list!.dataset.removed });
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

async function showMore(append: boolean) {
  const batch = pending.splice(0, PAGE);
  const data = await Promise.all(batch.map((r) => r.data()));
  render(data, append);
  paintAll(list!);
  if (more) more.hidden = pending.length === 0;
  return data;
}

let generation = 0;
async function run() {
  const state = readForm(form!);
  const params = toParams(state);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  const mine = ++generation;
  if (isEmpty(state)) {
    list!.replaceChildren();
    status!.textContent = '';
    pending = [];
    if (more) more.hidden = true;
    return;
  }
  try {
    const pagefind = await loadPagefind();
    const found = await pagefind.search(state.q || null, { filters: toPagefindFilters(state) });
    if (mine !== generation) return;
    pending = [...found.results];
    await showMore(false);
    if (mine !== generation) return;
    status!.textContent = countText(found.results.length) + (found.results.length === 0 ? ` ${form!.dataset.emptyHint}` : '');
  } catch {
    if (mine === generation) status!.textContent = form!.dataset.error!;
  }
}

if (form && status && list) {
  form.hidden = false;
  writeForm(form, new URLSearchParams(location.search));
  let timer: number | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 250);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  form.addEventListener('input', soon);
  form.addEventListener('change', soon);
  form.addEventListener('reset', () => setTimeout(run));
  more?.addEventListener('click', async () => {
    const first = list!.children.length;
    await showMore(true);
    // Keyboard and screen-reader users continue from the first new result.
    list!.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  run();
}
