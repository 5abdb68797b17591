// The shortlist on this device. Only ids are stored; nothing leaves the browser.
import { decodeIds, encodeIds } from './codec';

const KEY = 'pt-shortlist';
export const CHANGE = 'pt-shortlist-change';

export function loadList(): string[] {
  try {
    return decodeIds(localStorage.getItem(KEY));
  } catch {
    return [];
  }
}

export function saveList(ids: readonly string[]): void {
  try {
    localStorage.setItem(KEY, encodeIds(ids));
  } catch {
    // Private mode or storage full: the list still works for this page view.
  }
  document.dispatchEvent(new CustomEvent(CHANGE));
}

export function toggleInList(id: string): boolean {
  const ids = loadList();
  const has = ids.includes(id);
  saveList(has ? ids.filter((x) => x !== id) : [...ids, id]);
  return !has;
}
