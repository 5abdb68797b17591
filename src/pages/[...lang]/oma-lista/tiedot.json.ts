import type { APIRoute } from 'astro';
import { catalog } from '../../../lib/content';
import { buildHandout } from '../../../lib/handout';
import { langParams } from '../../../lib/routes';

export const getStaticPaths = langParams;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(buildHandout(await catalog(), props.lang)), { headers: { 'Content-Type': 'application/json' } });
