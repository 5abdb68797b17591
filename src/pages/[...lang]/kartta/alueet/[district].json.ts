// One district's items for the list before the full map (src/lib/map-list.ts): the browser
// reads these nearest the map's centre first, so no page carries the whole catalogue.
import type { APIRoute } from 'astro';
import { catalog, mapListItem, mappableByDistrict, mappableServices } from '../../../../lib/content';
import { langParams } from '../../../../lib/routes';

export async function getStaticPaths() {
  const c = await catalog();
  return langParams().flatMap(({ params, props }) =>
    [...mappableByDistrict(mappableServices(c.live, props.lang), c.districtById)].map(([district, services]) => ({
      params: { ...params, district },
      props: { ...props, services },
    })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const c = await catalog();
  return new Response(
    JSON.stringify(props.services.map((s: Parameters<typeof mapListItem>[0]) => mapListItem(s, c, props.lang))),
  );
};
