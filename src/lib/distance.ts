// Distances for "near me": the great-circle distance, and ordering that puts services
// without a known point last (they are not far, we just cannot say how near).
export type LatLon = { lat: number; lon: number };

export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Items nearest first. `inDistrict` items come before all others ("in your district first"),
 * each group ordered by distance; items with no point keep their order at the end.
 */
export function orderByDistance<T>(
  items: T[],
  origin: LatLon,
  pointOf: (t: T) => LatLon | undefined,
  inDistrict: (t: T) => boolean = () => false,
): T[] {
  const scored = items.map((item, i) => {
    const p = pointOf(item);
    return { item, i, group: inDistrict(item) ? 0 : 1, d: p ? distanceKm(origin, p) : Infinity };
  });
  scored.sort((a, b) => a.group - b.group || a.d - b.d || a.i - b.i);
  return scored.map((s) => s.item);
}
