// Quick find's files of records: by title beginning (a/ku), organiser (p/…), district (d/…)
// and theme (h/…). The browser reads only those a query needs.
import type { APIRoute } from 'astro';
import { catalog } from '../../../../../lib/content';
import { quickFiles } from '../../../../../lib/quickfind';
import { langParams } from '../../../../../lib/routes';
import type { QuickEntry } from '../../../../../lib/quick-search';

export async function getStaticPaths() {
  const c = await catalog();
  return langParams().flatMap(({ params, props }) =>
    [...quickFiles(c, props.lang).files].map(([path, entries]) => {
      const [kind, key] = path.split('/');
      return { params: { ...params, kind, key }, props: { entries } };
    }),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { entries: QuickEntry[] }).entries), {
    headers: { 'Content-Type': 'application/json' },
  });
