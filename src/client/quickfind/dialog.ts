// Quick find's dialog (see QuickFind.astro), loaded when it is first opened
// (src/client/quickfind/quickfind.ts): typing filters as you type (typo-tolerant), arrows
// choose, Enter opens. Fuse.js and the index's files come with it.
import { quickSearcher, type QuickSearch } from '../../lib/quick-search';
import { fillRoute } from '../../lib/routes';
import { quickSource } from './source';
import { count } from '../i18n/fill';
import { addStylesheet } from '../stylesheet';
import dialogCss from './dialog.css?url';

const MAX = 12;

export function startDialog(dialog: HTMLDialogElement, input: HTMLInputElement) {
  const list = dialog.querySelector<HTMLUListElement>('#qf-list')!;
  const status = dialog.querySelector<HTMLElement>('#qf-status')!;
  const data = dialog.dataset;

  // The advice line under a search that finds nothing: the footer's (present only when the
  // line has a sourced number), copied into the dialog the first time, so every page carries
  // it once.
  let advice: HTMLElement | null | undefined;
  function showAdvice(show: boolean) {
    if (advice === undefined && show) {
      advice = (document.querySelector('#footer-advice')?.cloneNode(true) as HTMLElement | undefined) ?? null;
      if (advice) {
        advice.id = 'qf-advice';
        dialog.append(advice);
      }
    }
    if (advice) advice.hidden = !show;
  }

  // The index's files, each read once; the search page reads the same ones (source.ts).
  const search: Promise<QuickSearch> = quickSource(data.index!, data.files!).then(quickSearcher);

  let active = -1;
  function options(): HTMLLIElement[] {
    return [...list.querySelectorAll<HTMLLIElement>('[role=option]')];
  }
  function select(i: number) {
    const all = options();
    if (!all.length) return;
    active = (i + all.length) % all.length;
    all.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
    input.setAttribute('aria-activedescendant', all[active].id);
    all[active].scrollIntoView({ block: 'nearest' });
  }
  function go(li: HTMLLIElement | undefined) {
    if (li?.dataset.href) location.href = li.dataset.href;
  }

  async function update() {
    const q = input.value.trim();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (q.length < 2) {
      list.replaceChildren();
      input.setAttribute('aria-expanded', 'false');
      status.textContent = '';
      showAdvice(false);
      return;
    }
    const hits = await (await search)(q, MAX);
    if (q !== input.value.trim()) return;
    list.replaceChildren(
      ...hits.map((item, i) => {
        const li = document.createElement('li');
        li.id = `qf-opt-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.href = fillRoute(data.serviceUrl!, item.i);
        li.dataset.service = item.i;
        const title = document.createElement('span');
        title.className = 'qf-title';
        title.textContent = item.t;
        const meta = document.createElement('span');
        meta.className = 'qf-meta';
        meta.textContent = [item.p, item.d].filter(Boolean).join(' · ');
        li.append(title, meta);
        li.addEventListener('click', () => go(li));
        return li;
      }),
    );
    input.setAttribute('aria-expanded', String(hits.length > 0));
    const n = hits.length;
    status.textContent = count(data.count!, n);
    showAdvice(n === 0);
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') select(active + 1);
    else if (e.key === 'ArrowUp') select(active - 1);
    else if (e.key === 'Enter') go(options()[active === -1 ? 0 : active]);
    else return;
    e.preventDefault();
  });
  // Shown once its styles are there (QuickFind.astro); the words typed meanwhile are searched.
  void addStylesheet(dialogCss).then(() => (dialog.dataset.ready = ''));
  void update();
}
