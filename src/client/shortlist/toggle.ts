// "Add to my list" buttons (ShortlistButton.astro, and search results made in the browser)
// and the list count in the header. Buttons are hidden until this script shows them.
import { CHANGE, loadList, toggleInList } from './store';

const announcer = () => document.querySelector<HTMLElement>('#announcer');

function paint(button: HTMLButtonElement, ids: string[]) {
  const on = ids.includes(button.dataset.shortlist!);
  button.setAttribute('aria-pressed', String(on));
  button.querySelector('.label')!.textContent = on ? button.dataset.remove! : button.dataset.add!;
  button.hidden = false;
}

export function paintAll(root: ParentNode = document) {
  const ids = loadList();
  root.querySelectorAll<HTMLButtonElement>('button[data-shortlist]').forEach((b) => paint(b, ids));
  document.querySelectorAll<HTMLElement>('[data-shortlist-count]').forEach((el) => {
    el.textContent = el.dataset.template!.replace('{n}', String(ids.length));
    el.hidden = false;
  });
}

document.addEventListener('click', (e) => {
  const button = (e.target as Element).closest<HTMLButtonElement>('button[data-shortlist]');
  if (!button) return;
  const added = toggleInList(button.dataset.shortlist!);
  const msg = (added ? button.dataset.added! : button.dataset.removed!).replace('{s}', button.dataset.title ?? '');
  const live = announcer();
  if (live) live.textContent = msg;
});
document.addEventListener(CHANGE, () => paintAll());
// Another tab changed the list.
window.addEventListener('storage', () => paintAll());
paintAll();
