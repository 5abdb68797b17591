// "Add to my list" buttons (ShortlistButton.astro, and search results made in the browser)
// and the list count in the header. Buttons are hidden until this script shows them.
import { CHANGE, loadList, toggleInList } from './store';
import { fill } from '../i18n/fill';

// The page's live region (Base.astro), which also holds the buttons' words.
const announcer = () => document.querySelector<HTMLElement>('#announcer');
const words = () => announcer()?.dataset ?? {};

function paint(button: HTMLButtonElement, ids: string[]) {
  const on = ids.includes(button.dataset.shortlist!);
  button.setAttribute('aria-pressed', String(on));
  button.querySelector('.label')!.textContent = (on ? words().remove : words().add) ?? '';
  button.hidden = false;
}

export function paintAll(root: ParentNode = document) {
  const ids = loadList();
  root.querySelectorAll<HTMLButtonElement>('button[data-shortlist]').forEach((b) => paint(b, ids));
  document.querySelectorAll<HTMLElement>('[data-shortlist-count]').forEach((el) => {
    el.textContent = fill(el.dataset.template!, { n: ids.length });
    el.hidden = false;
  });
}

document.addEventListener('click', (e) => {
  const button = (e.target as Element).closest<HTMLButtonElement>('button[data-shortlist]');
  if (!button) return;
  const added = toggleInList(button.dataset.shortlist!);
  const live = announcer();
  if (live)
    live.textContent = fill((added ? live.dataset.added : live.dataset.removed) ?? '', {
      s: button.dataset.title ?? '',
    });
});
document.addEventListener(CHANGE, () => paintAll());
// Another tab changed the list.
window.addEventListener('storage', () => paintAll());
paintAll();
