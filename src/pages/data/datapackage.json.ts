// /data/datapackage.json: the Frictionless Data Package describing every file under /data/.
import type { APIRoute } from 'astro';
import { catalog } from '../../lib/content';
import { openData, siteOf } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(openData(await catalog(), siteOf(site)).dataPackage(), {
    headers: { 'Content-Type': 'application/json' },
  });
