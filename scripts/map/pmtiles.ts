// A minimal PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md).
// The archive is written whole in memory: the site's tile sets are a few MB at most.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export type TileInput = { z: number; x: number; y: number; data: Uint8Array };

export type PmtilesOptions = {
  metadata: object;
  tileType: 'mvt';
  tileCompression: 'gzip' | 'none';
  minZoom: number;
  maxZoom: number;
  bounds: [minLon: number, minLat: number, maxLon: number, maxLat: number];
  center: [lon: number, lat: number, zoom: number];
};

type Entry = { tileId: number; offset: number; length: number; runLength: number };

const HEADER_BYTES = 127;
// Clients fetch the first 16 KB in one request and expect the whole root directory in it.
const ROOT_BUDGET = 16384 - HEADER_BYTES;
const COMPRESSION = { none: 1, gzip: 2 } as const;
const TILE_TYPE = { mvt: 1 } as const;

/** Position of a tile on the Hilbert curves of all zoom levels up to z, as the spec defines TileId. */
export function zxyToTileId(z: number, x: number, y: number): number {
  if (!Number.isInteger(z) || z < 0 || z > 26) throw new Error(`zoom ${z} out of range 0–26`);
  const n = 2 ** z;
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= n || y >= n)
    throw new Error(`tile ${z}/${x}/${y} out of range`);
  // Multiplication rather than shifts: ids pass 2^32 from zoom 16 on.
  let d = 0;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) [x, y] = [s - 1 - x, s - 1 - y];
      [x, y] = [y, x];
    }
  }
  return (4 ** z - 1) / 3 + d;
}

export function writePmtiles(tiles: TileInput[], options: PmtilesOptions): Uint8Array {
  const sorted = tiles
    // An entry's length must be > 0, and a missing MVT tile means an empty one anyway.
    .filter((t) => t.data.length > 0)
    .map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), tile: t }))
    .sort((a, b) => a.id - b.id);
  if (sorted.length === 0) throw new Error('a PMTiles archive needs at least one non-empty tile');

  const entries: Entry[] = [];
  const blobs: Uint8Array[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  let dataLength = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { id, tile } = sorted[i];
    if (i > 0 && sorted[i - 1].id === id) throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} given twice`);
    // Hashing the raw bytes lets repeated tiles (open sea, inside land) skip compression too.
    const key = createHash('sha256').update(tile.data).digest('base64');
    let blob = stored.get(key);
    if (!blob) {
      const bytes = options.tileCompression === 'gzip' ? gzipSync(tile.data) : tile.data;
      blob = { offset: dataLength, length: bytes.length };
      stored.set(key, blob);
      blobs.push(bytes);
      dataLength += bytes.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === blob.offset && last.tileId + last.runLength === id) last.runLength++;
    else entries.push({ tileId: id, offset: blob.offset, length: blob.length, runLength: 1 });
  }

  const { root, leaves } = buildDirectories(entries);
  const metadata = gzipSync(new TextEncoder().encode(JSON.stringify(options.metadata)));

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;

  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leavesOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(
    72,
    entries.reduce((sum, e) => sum + e.runLength, 0),
  );
  u64(80, entries.length);
  u64(88, blobs.length);
  view.setUint8(96, 1); // clustered: blobs were appended in tile id order
  view.setUint8(97, COMPRESSION.gzip);
  view.setUint8(98, COMPRESSION[options.tileCompression]);
  view.setUint8(99, TILE_TYPE[options.tileType]);
  view.setUint8(100, options.minZoom);
  view.setUint8(101, options.maxZoom);
  const e7 = (at: number, degrees: number) => view.setInt32(at, Math.round(degrees * 1e7), true);
  const [minLon, minLat, maxLon, maxLat] = options.bounds;
  e7(102, minLon);
  e7(106, minLat);
  e7(110, maxLon);
  e7(114, maxLat);
  const [lon, lat, zoom] = options.center;
  view.setUint8(118, Math.round(zoom));
  e7(119, lon);
  e7(123, lat);

  const out = new Uint8Array(dataOffset + dataLength);
  let at = 0;
  for (const part of [header, root, metadata, leaves, ...blobs]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The root directory alone if it fits the first 16 KB, else a root pointing at leaf directories. */
function buildDirectories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_BUDGET) return { root, leaves: new Uint8Array(0) };
  // Grow the leaves until the root, one entry per leaf, fits; the same search go-pmtiles does.
  for (let leafSize = 4096; ; leafSize = Math.ceil(leafSize * 1.2)) {
    const rootEntries: Entry[] = [];
    const leafBlobs: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = serializeDirectory(entries.slice(i, i + leafSize));
      rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leafBlobs.push(leaf);
      offset += leaf.length;
    }
    const root = serializeDirectory(rootEntries);
    if (root.length <= ROOT_BUDGET) return { root, leaves: Buffer.concat(leafBlobs) };
  }
}

/** Columnar, delta- and varint-encoded, gzipped, as the spec lays directories out. */
function serializeDirectory(entries: Entry[]): Uint8Array {
  const bytes: number[] = [];
  const varint = (n: number) => {
    // Division rather than >>> 7: tile ids and offsets can exceed 32 bits.
    while (n >= 0x80) {
      bytes.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    bytes.push(n);
  };
  varint(entries.length);
  let lastId = 0;
  for (const e of entries) {
    varint(e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) varint(e.runLength);
  for (const e of entries) varint(e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0 means "right after the previous entry", so every other offset is stored plus one.
    varint(prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzipSync(Uint8Array.from(bytes));
}
