// Small geometry helpers for the map build, in lon/lat. Distances use a local flat
// projection (Turku spans ~40 km, where that is accurate to well under a metre per km).
export type Ring = [number, number][];
export type PolygonCoords = Ring[];
export type MultiPolygonCoords = PolygonCoords[];

const K = Math.cos((60.45 * Math.PI) / 180);
/** Metres per degree of latitude; longitude is scaled by cos(lat). */
const M = 111_320;

export function toLocal([lon, lat]: [number, number]): [number, number] {
  return [lon * K * M, lat * M];
}
export function fromLocal([x, y]: [number, number]): [number, number] {
  return [x / K / M, y / M];
}

export function pointInRing([x, y]: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(p: [number, number], polygon: PolygonCoords): boolean {
  return pointInRing(p, polygon[0]) && !polygon.slice(1).some((hole) => pointInRing(p, hole));
}

export function pointInMulti(p: [number, number], multi: MultiPolygonCoords): boolean {
  return multi.some((poly) => pointInPolygon(p, poly));
}

export function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = toLocal(ring[j]);
    const [x2, y2] = toLocal(ring[i]);
    a += x1 * y2 - x2 * y1;
  }
  return Math.abs(a) / 2;
}

export function bbox(coords: Ring): [number, number, number, number] {
  let [a, b, c, d] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of coords) {
    if (x < a) a = x;
    if (y < b) b = y;
    if (x > c) c = x;
    if (y > d) d = y;
  }
  return [a, b, c, d];
}

export function bboxesOverlap(p: number[], q: number[]): boolean {
  return p[0] <= q[2] && q[0] <= p[2] && p[1] <= q[3] && q[1] <= p[3];
}

/** Douglas–Peucker simplification with a tolerance in metres; keeps rings closed. */
export function simplifyRing(ring: Ring, toleranceM: number): Ring {
  if (ring.length <= 4) return ring;
  const pts = ring.map(toLocal);
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop()!;
    let maxD = 0;
    let idx = -1;
    const [x1, y1] = pts[s];
    const [x2, y2] = pts[e];
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len = Math.hypot(dx, dy) || 1;
    for (let i = s + 1; i < e; i++) {
      const d = Math.abs(dy * pts[i][0] - dx * pts[i][1] + x2 * y1 - y2 * x1) / len;
      if (d > maxD) [maxD, idx] = [d, i];
    }
    if (maxD > toleranceM && idx > 0) {
      keep[idx] = 1;
      stack.push([s, idx], [idx, e]);
    }
  }
  const out = ring.filter((_, i) => keep[i]);
  return out.length >= 4 ? out : ring;
}

/** A circle as a closed ring of `n` points, radius in metres. */
export function circle(center: [number, number], radiusM: number, n = 48): Ring {
  const [cx, cy] = toLocal(center);
  const ring: Ring = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    ring.push(fromLocal([cx + radiusM * Math.cos(a), cy + radiusM * Math.sin(a)]));
  }
  ring.push(ring[0]);
  return ring;
}
