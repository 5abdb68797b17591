// /data/sources.csv: the pages each listing's facts come from (beside HSDS, which has no place for them).
import type { APIRoute } from 'astro';
import { catalog } from '../../lib/content';
import { openData, siteOf } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(openData(await catalog(), siteOf(site)).sourcesCsv(), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
