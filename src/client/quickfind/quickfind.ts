// Quick find (see QuickFind.astro). Fuse.js and the index load on first use, so pages pay
// nothing until an advisor presses `/`.
import type { QuickSearch } from '../../lib/quick-search';
import { quickSource } from './source';
import { count } from '../i18n/fill';

const dialog = document.querySelector<HTMLDialogElement>('#qf-dialog');
const opener = document.querySelector<HTMLButtonElement>('#qf-open');
const input = document.querySelector<HTMLInputElement>('#qf-input');
const list = document.querySelector<HTMLUListElement>('#qf-list');
const status = document.querySelector<HTMLElement>('#qf-status');
// The advice line under a search that finds nothing: the footer's (present only when the line
// has a sourced number), copied into the dialog the first time, so every page carries it once.
let advice: HTMLElement | null | undefined;
function showAdvice(show: boolean) {
  if (advice === undefined && show) {
    advice = (document.querySelector('#footer-advice')?.cloneNode(true) as HTMLElement | undefined) ?? null;
    if (advice) {
      advice.id = 'qf-advice';
      dialog!.append(advice);
    }
  }
  if (advice) advice.hidden = !show;
}
const MAX = 12;

let searcher: Promise<QuickSearch> | undefined;
function index(): Promise<QuickSearch> {
  searcher ??= Promise.all([import('../../lib/quick-search'), quickSource(dialog!.dataset.index!)]).then(
    ([{ quickSearcher }, source]) => quickSearcher(source),
  );
  return searcher;
}

let active = -1;
function options(): HTMLLIElement[] {
  return [...list!.querySelectorAll<HTMLLIElement>('[role=option]')];
}
function select(i: number) {
  const all = options();
  if (!all.length) return;
  active = (i + all.length) % all.length;
  all.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
  input!.setAttribute('aria-activedescendant', all[active].id);
  all[active].scrollIntoView({ block: 'nearest' });
}
function go(li: HTMLLIElement | undefined) {
  if (li?.dataset.href) location.href = li.dataset.href;
}

async function update() {
  const q = input!.value.trim();
  active = -1;
  input!.removeAttribute('aria-activedescendant');
  if (q.length < 2) {
    list!.replaceChildren();
    input!.setAttribute('aria-expanded', 'false');
    status!.textContent = '';
    showAdvice(false);
    return;
  }
  const hits = await (await index())(q, MAX);
  if (q !== input!.value.trim()) return;
  list!.replaceChildren(
    ...hits.map((item, i) => {
      const li = document.createElement('li');
      li.id = `qf-opt-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.href = `${dialog!.dataset.base}${item.i}/`;
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
  input!.setAttribute('aria-expanded', String(hits.length > 0));
  const n = hits.length;
  status!.textContent = count(dialog!.dataset.count!, n);
  showAdvice(n === 0);
}

function open() {
  if (!dialog!.open) dialog!.showModal();
  input!.focus();
  input!.select();
  void index();
}

if (dialog && opener && input && list && status) {
  opener.addEventListener('click', open);
  document.querySelector('#qf-close')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener.focus());
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') select(active + 1);
    else if (e.key === 'ArrowUp') select(active - 1);
    else if (e.key === 'Enter') go(options()[active === -1 ? 0 : active]);
    else return;
    e.preventDefault();
  });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      open();
    }
  });
}
