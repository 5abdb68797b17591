// /data/palvelut.geojson: the places of live services, as the map shows them.
import type { APIRoute } from 'astro';
import { catalog } from '../../lib/content';
import { openData, siteOf } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(openData(await catalog(), siteOf(site)).geojson(), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
