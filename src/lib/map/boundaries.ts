// Where `npm run districts:import` stores the city's official district boundaries: outside
// version control (the polygons are the city's). The map build reads them when present
// (scripts/map/districts.ts), and the map's caption says which areas it shows.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const IMPORTED_BOUNDARIES = join(process.cwd(), '.cache', 'districts', 'boundaries.geojson');

let imported: boolean | undefined;
/** Whether the official boundaries were imported: asked by every map, looked up once per build. */
export function hasImportedBoundaries(): boolean {
  return (imported ??= existsSync(IMPORTED_BOUNDARIES));
}
