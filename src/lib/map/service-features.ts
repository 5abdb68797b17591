// Services as map features, and their clusters for the zoom levels where markers would
// overlap. Clustering happens here, at build time, so that the map downloads only the tiles
// it shows however many services there are. Features carry only ids and filter values: the
// words (names, addresses) come from the page's own list, in the page's language.
import type { District, Provider, Service } from '../../schema';
import type { Content } from '../../validation/corpus';

export type ServiceProps = {
  id: string;
  /** theme of the marker icon */ th: string;
  /** '|a|b|' lists, so a map filter can test membership with `in` */ themes: string;
  pt: string;
  cost: string;
  access: string;
  /** 1 when only the district is known: drawn as an area marker, never as a pin */ approx: 0 | 1;
  district: string;
  cluster: 0;
};
export type ClusterProps = {
  cluster: 1;
  count: number;
  themes: string;
  pt: string;
  cost: string;
  access: string;
  approx: 0;
};
/**
 * Two or more services at one place (a shared address, or one district's point): one marker
 * with their number, drawn as a cluster, that opens a list of them instead of zooming in,
 * since no zoom level would set them apart.
 */
export type StackProps = Omit<ClusterProps, 'approx'> & {
  stack: 1;
  /** JSON [service id, district id][]: what the pop-up lists, and where to look each up. */
  members: string;
  approx: 0 | 1;
};
type Marker = Point<ServiceProps> | Point<StackProps>;
export type Point<P> = { type: 'Feature'; geometry: { type: 'Point'; coordinates: [number, number] }; properties: P };

const bar = (xs: Iterable<string>) => `|${[...new Set(xs)].sort().join('|')}|`;

export function serviceFeatures(content: Pick<Content, 'services' | 'providers' | 'districts'>): Point<ServiceProps>[] {
  return featuresOf(
    content.services,
    new Map(content.providers.map((p) => [p.id, p])),
    new Map(content.districts.map((d) => [d.id, d])),
  );
}

/** The same, with the lookups a page already has (a map on every service page). */
export function featuresOf(
  services: Service[],
  providers: Map<string, Provider>,
  districts: Map<string, District>,
): Point<ServiceProps>[] {
  const out: Point<ServiceProps>[] = [];
  for (const s of services) {
    if (s.status === 'ended') continue;
    for (const loc of s.locations) {
      const d = loc.district ? districts.get(loc.district) : undefined;
      const exact = loc.coordinates;
      // A place with neither a point nor a district cannot be mapped, honestly.
      if (!exact && !d) continue;
      out.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: exact ? [exact.lon, exact.lat] : [d!.point.lon, d!.point.lat] },
        properties: {
          id: s.id,
          th: s.themes[0],
          themes: bar(s.themes),
          pt: bar([providers.get(s.provider)!.type]),
          cost: bar(s.cost ? [s.cost.type] : []),
          access: bar(loc.accessibility),
          approx: exact ? 0 : 1,
          district: loc.district ?? '',
          cluster: 0,
        },
      });
    }
  }
  return out;
}

/** Places closer than this are one place: the same door, or an address point and its neighbour's. */
export const SAME_PLACE_METRES = 5;

const metresBetween = ([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]) =>
  Math.hypot((lon1 - lon2) * 111_320 * Math.cos((lat1 * Math.PI) / 180), (lat1 - lat2) * 111_320);

/**
 * Services at (nearly) the same place become one stack: otherwise their markers lie exactly on
 * top of each other at every zoom and only the top one can be chosen. An exact place and a
 * district's point are never one place, even where they happen to meet. A service twice at
 * one place is one service there.
 */
export function stackSamePlaces(features: Point<ServiceProps>[]): Marker[] {
  // A grid of cells at least as large as the distance (a degree of longitude is half a degree of
  // latitude here, and shorter further north): a place's neighbours are in its cell or next to it.
  const cell = SAME_PLACE_METRES / 111_320;
  const groups = new Map<string, Point<ServiceProps>[][]>();
  const all: Point<ServiceProps>[][] = [];
  for (const f of features) {
    const [lon, lat] = f.geometry.coordinates;
    const [cx, cy] = [Math.floor(lon / (cell * 3)), Math.floor(lat / cell)];
    let home: Point<ServiceProps>[] | undefined;
    for (let dx = -1; dx <= 1 && !home; dx++)
      for (let dy = -1; dy <= 1 && !home; dy++)
        home = groups
          .get(`${f.properties.approx}:${cx + dx}:${cy + dy}`)
          ?.find((g) => metresBetween(g[0].geometry.coordinates, f.geometry.coordinates) < SAME_PLACE_METRES);
    if (home) {
      if (!home.some((g) => g.properties.id === f.properties.id)) home.push(f);
      continue;
    }
    const group = [f];
    const key = `${f.properties.approx}:${cx}:${cy}`;
    groups.set(key, [...(groups.get(key) ?? []), group]);
    all.push(group);
  }
  return all.map((members) => {
    if (members.length === 1) return members[0];
    const first = members[0];
    const split = (key: 'themes' | 'pt' | 'cost' | 'access') =>
      bar(members.flatMap((m) => m.properties[key].split('|').filter(Boolean)));
    return {
      type: 'Feature',
      geometry: first.geometry,
      properties: {
        cluster: 1,
        stack: 1,
        count: members.length,
        members: JSON.stringify(members.map((m) => [m.properties.id, m.properties.district])),
        themes: split('themes'),
        pt: split('pt'),
        cost: split('cost'),
        access: split('access'),
        approx: first.properties.approx,
      },
    } satisfies Point<StackProps>;
  });
}

/** World pixel position at zoom z for 512-pixel tiles (what MapLibre draws). */
function project([lon, lat]: [number, number], z: number): [number, number] {
  const size = 512 * 2 ** z;
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size];
}

/**
 * Grid clustering: markers that share a cell of `cellPx` screen pixels at zoom z merge into
 * one cluster at their mean position; a marker (or a stack) alone in its cell stays as it is.
 * Area markers merge too: zoomed out, "somewhere in Kupittaa" and a point next to it are the
 * same place.
 */
export function clusterForZoom(features: Marker[], z: number, cellPx = 72): (Marker | Point<ClusterProps>)[] {
  const cells = new Map<string, Marker[]>();
  const out: (Marker | Point<ClusterProps>)[] = [];
  for (const f of features) {
    const [x, y] = project(f.geometry.coordinates, z);
    const key = `${Math.floor(x / cellPx)}:${Math.floor(y / cellPx)}`;
    cells.set(key, [...(cells.get(key) ?? []), f]);
  }
  for (const members of cells.values()) {
    if (members.length === 1) {
      out.push(members[0]);
      continue;
    }
    const lon = members.reduce((a, m) => a + m.geometry.coordinates[0], 0) / members.length;
    const lat = members.reduce((a, m) => a + m.geometry.coordinates[1], 0) / members.length;
    const split = (key: 'themes' | 'access') => members.flatMap((m) => m.properties[key].split('|').filter(Boolean));
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        cluster: 1,
        // A stack counts its services.
        count: members.reduce((n, m) => n + ('count' in m.properties ? m.properties.count : 1), 0),
        themes: bar(split('themes')),
        pt: bar(members.flatMap((m) => m.properties.pt.split('|').filter(Boolean))),
        cost: bar(members.flatMap((m) => m.properties.cost.split('|').filter(Boolean))),
        access: bar(split('access')),
        approx: 0,
      },
    });
  }
  return out;
}
