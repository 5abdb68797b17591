// Quick find's first download: names and everyday words (src/lib/quick-search.ts).
import type { APIRoute } from 'astro';
import { catalog } from '../../../lib/content';
import { quickFiles } from '../../../lib/quickfind';
import { langParams } from '../../../lib/routes';

export const getStaticPaths = langParams;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(quickFiles(await catalog(), props.lang).base), {
    headers: { 'Content-Type': 'application/json' },
  });
