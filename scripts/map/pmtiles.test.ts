import { Compression, PMTiles, TileType, zxyToTileId as readerTileId, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { writePmtiles, zxyToTileId, type PmtilesOptions, type TileInput } from './pmtiles';

class MemorySource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey() {
    return 'memory';
  }
  async getBytes(offset: number, length: number) {
    // slice() copies, so the ArrayBuffer holds exactly the requested range.
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

const read = (bytes: Uint8Array) => new PMTiles(new MemorySource(bytes));
const bytesOf = (...values: number[]) => Uint8Array.from(values);
const tileBytes = async (archive: PMTiles, z: number, x: number, y: number) => {
  const tile = await archive.getZxy(z, x, y);
  return tile && new Uint8Array(tile.data);
};

const options: PmtilesOptions = {
  metadata: { name: 'test', vector_layers: [{ id: 'services', fields: { name: 'String' } }], nested: { a: [1, 2, 3] } },
  tileType: 'mvt',
  tileCompression: 'gzip',
  minZoom: 9,
  maxZoom: 14,
  bounds: [21.85, 60.28, 22.75, 60.68],
  center: [22.2666, 60.4518, 11],
};

describe('writePmtiles', () => {
  it('round-trips header, metadata and tiles through the pmtiles reader', async () => {
    const tiles: TileInput[] = [
      { z: 14, x: 9209, y: 4663, data: bytesOf(1, 2, 3, 4, 5) },
      { z: 9, x: 287, y: 145, data: bytesOf(9, 8, 7) },
      { z: 12, x: 2301, y: 1165, data: new TextEncoder().encode('a tile at zoom 12') },
    ];
    const archive = read(writePmtiles(tiles, options));
    const header = await archive.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      tileType: TileType.Mvt,
      tileCompression: Compression.Gzip,
      internalCompression: Compression.Gzip,
      clustered: true,
      minZoom: 9,
      maxZoom: 14,
      minLon: 21.85,
      minLat: 60.28,
      maxLon: 22.75,
      maxLat: 60.68,
      centerLon: 22.2666,
      centerLat: 60.4518,
      centerZoom: 11,
      numAddressedTiles: 3,
      numTileEntries: 3,
      numTileContents: 3,
      leafDirectoryLength: 0,
    });
    expect(await archive.getMetadata()).toEqual(options.metadata);
    for (const t of tiles) expect(await tileBytes(archive, t.z, t.x, t.y)).toEqual(t.data);
    expect(await archive.getZxy(14, 9209, 4664)).toBeUndefined();
    expect(await archive.getZxy(10, 0, 0)).toBeUndefined();
  });

  it('stores tiles uncompressed when asked', async () => {
    const bytes = writePmtiles([{ z: 0, x: 0, y: 0, data: bytesOf(42, 43) }], {
      ...options,
      tileCompression: 'none',
      minZoom: 0,
      maxZoom: 0,
    });
    const archive = read(bytes);
    expect((await archive.getHeader()).tileCompression).toBe(Compression.None);
    expect(await tileBytes(archive, 0, 0, 0)).toEqual(bytesOf(42, 43));
    expect(bytes.subarray(bytes.length - 2)).toEqual(bytesOf(42, 43));
  });

  it('moves entries into leaf directories when the root would not fit the first 16 KB', async () => {
    // Scattered tiles of varied sizes, so the directory doesn't compress away into a small root.
    const z = 9;
    const n = 30_000;
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const tiles: TileInput[] = [];
    for (let i = 0; i < n; i++) {
      const k = i * 8 + Math.floor(random() * 8);
      const text = `tile ${i} `.repeat(1 + Math.floor(random() * 20));
      tiles.push({ z, x: k % 512, y: Math.floor(k / 512), data: new TextEncoder().encode(text) });
    }
    const archive = read(writePmtiles(tiles, { ...options, tileCompression: 'none', minZoom: z, maxZoom: z }));
    const header = await archive.getHeader();
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16384);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.numTileEntries).toBe(n);
    for (let i = 0; i < n; i += 97) expect(await tileBytes(archive, z, tiles[i].x, tiles[i].y)).toEqual(tiles[i].data);
    expect(await tileBytes(archive, z, tiles[n - 1].x, tiles[n - 1].y)).toEqual(tiles[n - 1].data);
    expect(await archive.getZxy(z, 511, 511)).toBeUndefined();
  });

  it('stores identical tiles once', async () => {
    const shared = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251);
    const other = shared.slice();
    other[0] ^= 1;
    const deduplicated = writePmtiles(
      [
        { z: 10, x: 100, y: 100, data: shared },
        { z: 10, x: 900, y: 900, data: shared },
      ],
      { ...options, tileCompression: 'none' },
    );
    const distinct = writePmtiles(
      [
        { z: 10, x: 100, y: 100, data: shared },
        { z: 10, x: 900, y: 900, data: other },
      ],
      { ...options, tileCompression: 'none' },
    );
    expect(deduplicated.length).toBeLessThan(distinct.length - 1900);
    const archive = read(deduplicated);
    expect(await archive.getHeader()).toMatchObject({ numAddressedTiles: 2, numTileEntries: 2, numTileContents: 1 });
    expect(await tileBytes(archive, 10, 100, 100)).toEqual(shared);
    expect(await tileBytes(archive, 10, 900, 900)).toEqual(shared);
  });

  it('run-length encodes consecutive identical tiles', async () => {
    const sea = bytesOf(5, 5, 5);
    const tiles = [0, 1].flatMap((x) => [0, 1].map((y) => ({ z: 1, x, y, data: sea })));
    const archive = read(
      writePmtiles([...tiles, { z: 0, x: 0, y: 0, data: bytesOf(1) }], { ...options, minZoom: 0, maxZoom: 1 }),
    );
    expect(await archive.getHeader()).toMatchObject({ numAddressedTiles: 5, numTileEntries: 2, numTileContents: 2 });
    for (const t of tiles) expect(await tileBytes(archive, t.z, t.x, t.y)).toEqual(sea);
    expect(await tileBytes(archive, 0, 0, 0)).toEqual(bytesOf(1));
  });

  it('rejects a tile given twice and an archive without tiles', () => {
    const t = { z: 3, x: 1, y: 2, data: bytesOf(1) };
    expect(() => writePmtiles([t, { ...t }], options)).toThrow(/twice/);
    expect(() => writePmtiles([], options)).toThrow(/at least one/);
  });
});

describe('zxyToTileId', () => {
  it('matches the reader for every tile up to zoom 5 and sampled tiles up to zoom 26', () => {
    for (let z = 0; z <= 5; z++)
      for (let x = 0; x < 2 ** z; x++)
        for (let y = 0; y < 2 ** z; y++) expect(zxyToTileId(z, x, y)).toBe(readerTileId(z, x, y));
    let seed = 1;
    const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
    for (let z = 6; z <= 26; z++) {
      const n = 2 ** z;
      for (const [x, y] of [
        [0, 0],
        [n - 1, n - 1],
        [0, n - 1],
        [n - 1, 0],
      ])
        expect(zxyToTileId(z, x, y)).toBe(readerTileId(z, x, y));
      for (let i = 0; i < 200; i++) {
        const x = Math.floor(random() * n);
        const y = Math.floor(random() * n);
        expect(zxyToTileId(z, x, y)).toBe(readerTileId(z, x, y));
      }
    }
  });

  it('rejects tiles outside their zoom level', () => {
    expect(() => zxyToTileId(2, 4, 0)).toThrow();
    expect(() => zxyToTileId(27, 0, 0)).toThrow();
  });
});
