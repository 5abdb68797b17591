// One live service as the shortlist shows and prints it: the shortlist page reads the few it
// lists, never the whole catalogue. An ended service has no file, so a shared list drops it.
import type { APIRoute } from 'astro';
import { catalog } from '../../../../lib/content';
import { handoutItem } from '../../../../lib/handout';
import { langParams } from '../../../../lib/routes';
import type { Lang, Service } from '../../../../schema';

export async function getStaticPaths() {
  const { live } = await catalog();
  return langParams().flatMap(({ params, props }) =>
    live.map((service) => ({ params: { ...params, id: service.id }, props: { ...props, service } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { lang, service } = props as { lang: Lang; service: Service };
  return new Response(JSON.stringify(handoutItem(service, await catalog(), lang)));
};
