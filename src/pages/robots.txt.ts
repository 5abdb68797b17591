// robots.txt is an endpoint, not a file in public/, because it names the sitemap by its
// absolute address, which only the build knows (SITE_URL).
import type { APIRoute } from 'astro';
import { absolute, routes } from '../lib/routes';

export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute(routes.sitemap(), site!)}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
