// "Near me" in the browser, shared by the search page and the map page: a district's point
// from the district picker, and the reader's own position, asked for only when called.
import type { LatLon } from '../../lib/distance';

/** The representative point a district option carries (DistrictSelect.astro). */
export function optionPoint(option: HTMLOptionElement | null | undefined): LatLon | undefined {
  return option?.dataset.lat ? { lat: Number(option.dataset.lat), lon: Number(option.dataset.lon) } : undefined;
}

/** The browser's idea of where the reader is; a rough, recent position is enough. */
export function askPosition(found: (point: LatLon) => void, failed: () => void): void {
  navigator.geolocation.getCurrentPosition(
    (pos) => found({ lat: pos.coords.latitude, lon: pos.coords.longitude }),
    failed,
    { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
  );
}
