// What a reader sees when a map cannot be shown: a plain sentence in the map's place that the
// list before the map has the same services (MapFigure.astro holds the sentence and the
// status element, so screen readers announce it). The empty map box is hidden.

export function showMapFailure(fig: HTMLElement) {
  if (fig.dataset.failed) return;
  fig.dataset.failed = 'true';
  fig.querySelector<HTMLElement>('.map-failed')!.textContent = fig.dataset.failedText!;
}

/** For a map that was only slow: it came after all, so the sentence goes. */
export function clearMapFailure(fig: HTMLElement) {
  if (!fig.dataset.failed) return;
  delete fig.dataset.failed;
  fig.querySelector<HTMLElement>('.map-failed')!.textContent = '';
}
