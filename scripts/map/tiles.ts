// Cuts GeoJSON layers into Mapbox Vector Tiles with geojson-vt and encodes them with vt-pbf.
import { createRequire } from 'node:module';
import { GeoJSONVT, type GeoJSONVTFeature, type GeoJSONVTTile } from '@maplibre/geojson-vt';

// vt-pbf ships CommonJS without type declarations; this is the one function used from it.
type VtPbf = {
  fromGeojsonVt(
    layers: Record<string, { features: GeoJSONVTFeature[] }>,
    options: { version: number; extent: number },
  ): Uint8Array;
};
const { fromGeojsonVt } = createRequire(import.meta.url)('vt-pbf') as VtPbf;

export type Bounds = [minLon: number, minLat: number, maxLon: number, maxLat: number];
export type VectorTileData = { z: number; x: number; y: number; data: Uint8Array };
export type TileOptions = {
  minZoom: number;
  maxZoom: number;
  /** Only tiles touching these bounds; by default the bounds of all the layers' data. */
  bounds?: Bounds;
  /** geojson-vt simplification in tile pixels (of 4096); none at maxZoom. */
  tolerance?: number;
  /** Tile pixels (of 4096) copied in from neighbours, so lines and labels don't clip at tile edges. */
  buffer?: number;
};

const EXTENT = 4096;

export function buildVectorTiles(
  layers: Record<string, GeoJSON.FeatureCollection>,
  opts: TileOptions,
): VectorTileData[] {
  const bounds = opts.bounds ?? dataBounds(Object.values(layers));
  if (!bounds) return [];
  const tiles = new Map<string, { z: number; x: number; y: number; layers: Record<string, GeoJSONVTTile> }>();
  for (const [name, collection] of Object.entries(layers)) {
    if (collection.features.length === 0) continue;
    const index = new GeoJSONVT(collection, {
      maxZoom: opts.maxZoom,
      // Tiles below minZoom are only steps on the way down; deeper ones are cut when asked for.
      indexMaxZoom: opts.minZoom,
      tolerance: opts.tolerance ?? 3,
      extent: EXTENT,
      buffer: opts.buffer ?? 64,
    });
    // Walk down the pyramid: a tile can only have content if its parent was given some (the
    // child's buffer lies inside the parent's), so empty areas inside the bounds are never cut.
    // Given, not kept: simplification drops tiny shapes from a parent that its children show.
    let candidates = tilesInBounds(bounds, opts.minZoom);
    for (let z = opts.minZoom; z <= opts.maxZoom; z++) {
      const next: [number, number][] = [];
      const [minX, minY, maxX, maxY] = tileRange(bounds, z + 1);
      for (const [x, y] of candidates) {
        const tile = index.getTile(z, x, y);
        if (!tile || tile.numFeatures === 0) continue;
        if (tile.features.length > 0) {
          const key = `${z}/${x}/${y}`;
          const entry = tiles.get(key) ?? { z, x, y, layers: {} };
          entry.layers[name] = tile;
          tiles.set(key, entry);
        }
        for (const cx of [2 * x, 2 * x + 1])
          for (const cy of [2 * y, 2 * y + 1])
            if (cx >= minX && cx <= maxX && cy >= minY && cy <= maxY) next.push([cx, cy]);
      }
      candidates = next;
    }
  }
  return [...tiles.values()].map(({ z, x, y, layers }) => ({ z, x, y, data: encode(layers) }));
}

function encode(tiles: Record<string, GeoJSONVTTile>): Uint8Array {
  const layers: Record<string, { features: GeoJSONVTFeature[] }> = {};
  for (const [name, tile] of Object.entries(tiles)) {
    // MVT ids are unsigned integers; vt-pbf would mangle negative or fractional ones (string
    // ids it already drops), so those go. Everything else in geojson-vt's tiles is what vt-pbf reads.
    const features: GeoJSONVTFeature[] = tile.features;
    layers[name] = {
      features: features.map((f) => (f.id === undefined || isMvtId(f.id) ? f : { ...f, id: undefined })),
    };
  }
  return fromGeojsonVt(layers, { version: 2, extent: EXTENT });
}

const isMvtId = (id: number | string) => typeof id === 'number' && Number.isSafeInteger(id) && id >= 0;

function tileRange([minLon, minLat, maxLon, maxLat]: Bounds, z: number): [number, number, number, number] {
  const n = 2 ** z;
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v * n)));
  return [clamp(mercatorX(minLon)), clamp(mercatorY(maxLat)), clamp(mercatorX(maxLon)), clamp(mercatorY(minLat))];
}

function tilesInBounds(bounds: Bounds, z: number): [number, number][] {
  const [minX, minY, maxX, maxY] = tileRange(bounds, z);
  const out: [number, number][] = [];
  for (let x = minX; x <= maxX; x++) for (let y = minY; y <= maxY; y++) out.push([x, y]);
  return out;
}

const mercatorX = (lon: number) => lon / 360 + 0.5;
function mercatorY(lat: number) {
  const sin = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}

function dataBounds(collections: GeoJSON.FeatureCollection[]): Bounds | undefined {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coords: unknown): void => {
    if (typeof (coords as number[])[0] === 'number') {
      const [lon, lat] = coords as number[];
      b[0] = Math.min(b[0], lon);
      b[1] = Math.min(b[1], lat);
      b[2] = Math.max(b[2], lon);
      b[3] = Math.max(b[3], lat);
    } else for (const c of coords as unknown[]) visit(c);
  };
  const visitGeometry = (g: GeoJSON.Geometry | null): void => {
    if (!g) return;
    if (g.type === 'GeometryCollection') g.geometries.forEach(visitGeometry);
    else visit(g.coordinates);
  };
  for (const c of collections) for (const f of c.features) visitGeometry(f.geometry);
  return b[0] <= b[2] ? b : undefined;
}
