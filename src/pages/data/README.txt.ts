// /data/README.txt: what a reuser reads first: the files, their formats, the licence and the credit.
import type { APIRoute } from 'astro';
import { catalog } from '../../lib/content';
import { openData, siteOf } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(openData(await catalog(), siteOf(site)).readme(), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
