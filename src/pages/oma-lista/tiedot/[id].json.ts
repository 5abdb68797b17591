// One live service as the shortlist shows and prints it, in each of the site's languages: the
// shortlist page reads the few it lists, never the whole catalogue. One file per service, not
// one per service and language: at 10,000 listings every file the build writes costs about
// 2 ms (bench:scale). An ended service has no file, so a shared list drops it.
import type { APIRoute } from 'astro';
import { LANGS } from '../../../i18n';
import { catalog } from '../../../lib/content';
import { handoutItem, type HandoutFile } from '../../../lib/handout';
import type { Service } from '../../../schema';

export async function getStaticPaths() {
  const { live } = await catalog();
  return live.map((service) => ({ params: { id: service.id }, props: { service } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { service } = props as { service: Service };
  const c = await catalog();
  const file = Object.fromEntries(LANGS.map((lang) => [lang, handoutItem(service, c, lang)])) as HandoutFile;
  return new Response(JSON.stringify(file));
};
