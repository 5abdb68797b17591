// Starts each map on the page only when it comes near the screen, so MapLibre (the largest
// download on the site) loads only where a reader will see a map, and never on pages
// without one. Other scripts get the map through the `pt-map-ready` event.
import { showMapFailure } from './failure';
import type { MapHandle } from './map';

export type MapReady = CustomEvent<MapHandle>;

for (const fig of document.querySelectorAll<HTMLElement>('.map-figure')) {
  const start = () => {
    // The library's chunk may not arrive (offline, a blocked download) and the map may not
    // start (no WebGL): either way the reader is told the list has the same services.
    import('./map')
      .then(async ({ initMap }) => {
        const handle = await initMap(fig);
        // The handle on the element lets the browser tests ask the map what it shows.
        (fig as HTMLElement & { ptMap?: MapHandle }).ptMap = handle;
        fig.dataset.ready = 'true';
        fig.dispatchEvent(new CustomEvent('pt-map-ready', { detail: handle, bubbles: true }));
      })
      .catch(() => showMapFailure(fig));
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        start();
      }
    },
    { rootMargin: '200px' },
  );
  observer.observe(fig.querySelector('.map-canvas')!);
}
