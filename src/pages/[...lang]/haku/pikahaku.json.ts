import type { APIRoute } from 'astro';
import { catalog } from '../../../lib/content';
import { buildQuickIndex } from '../../../lib/quickfind';
import { langParams } from '../../../lib/routes';

export const getStaticPaths = langParams;

export const GET: APIRoute = async ({ props }) => {
  const index = buildQuickIndex(await catalog(), props.lang);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
