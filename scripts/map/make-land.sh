#!/usr/bin/env bash
# Makes scripts/map/turku-land.geojson, the map's land polygons (everything else is water), once,
# from GSHHG. The output is committed. This script only needs running again if the bounding box
# or the source changes.
#
# Source: GSHHG (Global Self-consistent, Hierarchical, High-resolution Geography Database)
#   v2.3.7 (15 June 2017), full resolution, by Paul Wessel and Walter H. F. Smith. It is used through
#   the Debian package gmt-gshhg-full (2.3.7), which holds GMT's binned file binned_GSHHS_f.nc.
#   GSHHG is distributed under the GNU Lesser General Public License, version 3 or later
#   (LGPL-3.0-or-later; see /usr/share/doc/gmt-gshhg-full/copyright). The derived file therefore
#   keeps the attribution "Shorelines: GSHHG 2.3.7 (Wessel & Smith), LGPL" and the map shows it.
#
# Requirements: Debian packages gmt and gmt-gshhg-full (`apt-get install -y gmt gmt-gshhg-full`),
#   Node 20+, and this repository's node_modules (for polygon-clipping).
# Re-run from the repository root:   bash scripts/map/make-land.sh
#
# How it works, and the exact commands:
#   1. gmt coast -R21/23/60/61 -Df -M -W -A0 -Vl > shore.txt 2> coast.log
#      (the script stops unless coast.log says "GSHHG version 2.3.7")
#      Dumps every full-resolution shoreline piece of the two 1°×1° GSHHG bins that cover the
#      box (lon 21–23, lat 60–61). GMT 6.4 can only dump shorelines (-M needs -W; it cannot dump
#      the land polygons it fills with -G), and it cuts them at bin edges. Islands come out as
#      closed rings; coasts that cross a bin edge come out as open pieces. The whole bins are
#      dumped on purpose: with a region that is not bin-aligned, GMT 6.4 clips the open pieces as if
#      they were polygons and adds false edges along the region border.
#   2. A Node step (below) then
#      - joins pieces that continue across the inner bin edge (lon 22; the end of one piece is the
#        start of the next, exactly),
#      - closes the pieces that end on the outer edge of the bins along that edge, walking
#        counter-clockwise: GSHHG's binned data keeps land on the left of every shoreline, at every
#        level (islands are counter-clockwise, lakes clockwise),
#      - simplifies each ring lightly (Douglas–Peucker, 5 m; the data are a 1:250 000 shoreline,
#        so this removes almost nothing),
#      - combines the rings with XOR (land, minus lakes, plus islands in lakes, …; there are no
#        level-2 lakes inside this box in GSHHG), clips to the box lon 21.85–22.75, lat 60.28–60.68,
#      - rounds coordinates to 5 decimals (about 1 m), drops islets under 2000 m², and writes one
#        GeoJSON Polygon feature per land polygon (WGS84 lon/lat, outer rings counter-clockwise).
#   3. Self-check against GMT itself:
#      gmt select grid.txt -Df -Ns/k -A0 > grid-land.txt
#      classifies a 300×200 grid of points in the box as land or water straight from the GSHHG
#      database; the script fails if the GeoJSON disagrees on more than 0.5% of them (the only
#      expected differences are dropped islets and rounding at the shore).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/scripts/map/turku-land.geojson"
BBOX="21.85/22.75/60.28/60.68"  # W/E/S/N: Turku with Ruissalo, Hirvensalo, Kakskerta, Raisio, Naantali, Kaarina
BINS="21/23/60/61"              # the 1°×1° full-resolution GSHHG bins that cover BBOX

command -v gmt >/dev/null || { echo "gmt not found: apt-get install -y gmt gmt-gshhg-full" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# 1. shoreline pieces of whole bins
gmt coast -R"$BINS" -Df -M -W -A0 -Vl > "$TMP/shore.txt" 2> "$TMP/coast.log"
grep -q "GSHHG version 2.3.7" "$TMP/coast.log" || { cat "$TMP/coast.log" >&2; echo "expected GSHHG 2.3.7 (gmt-gshhg-full)" >&2; exit 1; }

# 3a. reference grid for the self-check, classified by GMT
awk -v b="$BBOX" 'BEGIN { split(b, r, "/"); for (i = 0; i < 300; i++) for (j = 0; j < 200; j++)
  printf "%.6f\t%.6f\n", r[1] + (i + 0.5) * (r[2] - r[1]) / 300, r[3] + (j + 0.5) * (r[4] - r[3]) / 200 }' > "$TMP/grid.txt"
gmt select "$TMP/grid.txt" -Df -Ns/k -A0 > "$TMP/grid-land.txt"

# 2. + 3b. assemble, clip, simplify, write, check
cd "$ROOT"
node --input-type=module - "$TMP" "$BBOX" "$BINS" "$OUT" <<'JS'
import { readFileSync, writeFileSync } from 'node:fs';
import polygonClipping from 'polygon-clipping';

const [tmp, bboxArg, binsArg, outFile] = process.argv.slice(2);
const [W, E, S, N] = bboxArg.split('/').map(Number);
const [w0, e0, s0, n0] = binsArg.split('/').map(Number);
const TOLERANCE_M = 5;
const MIN_AREA_M2 = 2000;

// --- read the GMT dump: "> Shore Bin # 10461, Level 1" headers, then lon<TAB>lat lines
const pieces = [];
for (const line of readFileSync(`${tmp}/shore.txt`, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  if (line.startsWith('>')) pieces.push({ level: Number(/Level (\d)/.exec(line)[1]), pts: [] });
  else pieces.at(-1).pts.push(line.trim().split(/\s+/).map(Number));
}
const nPts = pieces.reduce((a, p) => a + p.pts.length, 0);

// --- assemble closed rings (land always on the left)
const same = (a, b) => a[0] === b[0] && a[1] === b[1];
const key = (p) => `${p[0]},${p[1]}`;
const onOuter = ([x, y]) => x === w0 || x === e0 || y === s0 || y === n0;
const dx = e0 - w0, dy = n0 - s0, PERIM = 2 * (dx + dy);
function along([x, y]) { // distance along the bins' outer edge, counter-clockwise from the SW corner
  if (y === s0) return x - w0;
  if (x === e0) return dx + (y - s0);
  if (y === n0) return dx + dy + (e0 - x);
  if (x === w0) return 2 * dx + dy + (n0 - y);
  throw new Error(`not on the outer edge: ${key([x, y])}`);
}
const corners = [[e0, s0, dx], [e0, n0, dx + dy], [w0, n0, 2 * dx + dy], [w0, s0, PERIM]];

const rings = [];
let open = [];
for (const p of pieces) {
  if (p.pts.length < 2) continue;
  if (same(p.pts[0], p.pts.at(-1))) rings.push(p.pts);
  else open.push(p.pts.slice());
}
const nIslands = rings.length;
// join pieces cut at inner bin edges
for (let joined = true; joined; ) {
  joined = false;
  const byStart = new Map(open.map((c) => [key(c[0]), c]));
  for (const c of open) {
    const end = c.at(-1);
    if (onOuter(end)) continue;
    const next = byStart.get(key(end));
    if (!next) throw new Error(`shoreline piece ends inside the bins without a continuation: ${key(end)}`);
    if (next === c) rings.push(c);
    else c.push(...next.slice(1));
    open = open.filter((o) => o !== next);
    joined = true;
    break;
  }
}
if (!open.length) throw new Error('no shoreline crosses the bins edge; this script does not handle that case');
// close along the outer edge, counter-clockwise, to the next piece that starts there
const starts = open.map((c, i) => ({ t: along(c[0]), i }));
const used = new Set();
for (let first = 0; first < open.length; first++) {
  if (used.has(first)) continue;
  const ring = [];
  for (let i = first; ; ) {
    used.add(i);
    ring.push(...open[i]);
    const tEnd = along(open[i].at(-1));
    let next = null, gap = Infinity;
    for (const s of starts) {
      const d = (s.t - tEnd + PERIM) % PERIM;
      if (d < gap) [next, gap] = [s, d];
    }
    for (const [cx, cy, t] of [...corners, ...corners.map(([x, y, t]) => [x, y, t + PERIM])])
      if (t > tEnd && t < tEnd + gap) ring.push([cx, cy]);
    if (next.i === first) break;
    if (used.has(next.i)) throw new Error('inconsistent shoreline directions');
    i = next.i;
  }
  ring.push(ring[0]);
  rings.push(ring);
}

// --- metric helpers (local flat projection; the box is ~50 km wide)
const K = Math.cos((((S + N) / 2) * Math.PI) / 180), M = 111_320;
const loc = ([x, y]) => [x * K * M, y * M];
function signedArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = loc(ring[j]), [x2, y2] = loc(ring[i]);
    a += x1 * y2 - x2 * y1;
  }
  return a / 2;
}
function douglasPeucker(pts, tol) {
  const q = pts.map(loc), keep = new Uint8Array(q.length);
  keep[0] = keep[q.length - 1] = 1;
  const stack = [[0, q.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [x1, y1] = q[a], [x2, y2] = q[b];
    const ex = x2 - x1, ey = y2 - y1, len = Math.hypot(ex, ey);
    let far = -1, fd = -1;
    for (let i = a + 1; i < b; i++) {
      const d = len ? Math.abs(ey * q[i][0] - ex * q[i][1] + x2 * y1 - y2 * x1) / len : Math.hypot(q[i][0] - x1, q[i][1] - y1);
      if (d > fd) [far, fd] = [i, d];
    }
    if (fd > tol) { keep[far] = 1; stack.push([a, far], [far, b]); }
  }
  return pts.filter((_, i) => keep[i]);
}
function simplifyRing(ring, tol) { // split the closed ring at the vertex farthest from its start
  const q = ring.map(loc);
  let far = 1, fd = -1;
  for (let i = 1; i < q.length - 1; i++) {
    const d = Math.hypot(q[i][0] - q[0][0], q[i][1] - q[0][1]);
    if (d > fd) [far, fd] = [i, d];
  }
  const out = [...douglasPeucker(ring.slice(0, far + 1), tol), ...douglasPeucker(ring.slice(far), tol).slice(1)];
  return out.length >= 4 ? out : ring;
}

// --- combine, clip, round, filter
const simplified = rings.map((r) => simplifyRing(r, TOLERANCE_M));
const nLakes = simplified.filter((r) => signedArea(r) < 0).length;
const land = polygonClipping.intersection(polygonClipping.xor(...simplified.map((r) => [r])), [[[W, S], [E, S], [E, N], [W, N], [W, S]]]);
const r5 = (v) => Math.round(v * 1e5) / 1e5;
let dropped = 0;
const polygons = [];
for (const poly of land) {
  const out = [];
  for (const ring of poly) {
    const rr = [];
    for (const [x, y] of ring) {
      const p = [r5(x), r5(y)];
      if (!rr.length || !same(rr.at(-1), p)) rr.push(p);
    }
    if (!same(rr[0], rr.at(-1))) rr.push(rr[0]);
    if (rr.length >= 4) out.push(signedArea(rr) > 0 === (out.length === 0) ? rr : rr.reverse());
  }
  if (!out.length) continue;
  const area = signedArea(out[0]) + out.slice(1).reduce((a, r) => a + signedArea(r), 0);
  if (area < MIN_AREA_M2) { dropped++; continue; }
  polygons.push({ area, rings: out });
}
polygons.sort((a, b) => b.area - a.area);

// --- write: one feature per line, so that diffs stay readable
const fc = {
  type: 'FeatureCollection',
  attribution: 'Shorelines: GSHHG 2.3.7 (Wessel & Smith), LGPL',
  source:
    'GSHHG 2.3.7 full resolution (Debian package gmt-gshhg-full, LGPL-3.0-or-later), shoreline pieces dumped with ' +
    '`gmt coast -R21/23/60/61 -Df -M -W -A0` (GMT 6.4), joined at bin edges and closed along the outer edge of the bins ' +
    '(land on the left), lakes removed by XOR, clipped to lon 21.85–22.75, lat 60.28–60.68, simplified ' +
    `(Douglas–Peucker ${TOLERANCE_M} m), rounded to 5 decimals, islets under ${MIN_AREA_M2} m² dropped. ` +
    'Made by scripts/map/make-land.sh; everything that is not land is water.',
  bbox: [W, S, E, N],
};
const head = JSON.stringify(fc).slice(0, -1);
const lines = polygons.map((p) => JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: p.rings } }));
writeFileSync(outFile, `${head},"features":[\n${lines.join(',\n')}\n]}\n`);

// --- self-check against `gmt select`
const inRing = ([x, y], r) => {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i], [xj, yj] = r[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const isLand = (p) => polygons.some(({ rings }) => inRing(p, rings[0]) && !rings.slice(1).some((h) => inRing(p, h)));
const parse = (f) => readFileSync(f, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.trim().split(/\s+/).map(Number));
const gkey = ([x, y]) => `${x.toFixed(6)},${y.toFixed(6)}`;
const gmtLand = new Set(parse(`${tmp}/grid-land.txt`).map(gkey));
const grid = parse(`${tmp}/grid.txt`);
let disagree = 0;
for (const g of grid) if (isLand(g) !== gmtLand.has(gkey(g))) disagree++;
const share = disagree / grid.length;
const vertices = polygons.reduce((a, p) => a + p.rings.reduce((b, r) => b + r.length, 0), 0);
console.log(`GSHHG dump: ${pieces.length} pieces, ${nPts} points, ${nIslands} closed rings; assembled ${rings.length} rings (${nLakes} clockwise/water)`);
console.log(`wrote ${outFile}: ${polygons.length} polygons, ${polygons.reduce((a, p) => a + p.rings.length - 1, 0)} holes, ${vertices} vertices, ${dropped} islets < ${MIN_AREA_M2} m² dropped`);
console.log(`self-check: ${grid.length - disagree}/${grid.length} grid points agree with gmt select (${(share * 100).toFixed(3)}% differ)`);
if (share > 0.005) { console.error('self-check failed'); process.exit(1); }
JS
ls -l "$OUT"
