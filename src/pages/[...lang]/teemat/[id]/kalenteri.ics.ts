// Every theme has a calendar of its listings' weekly times, also when it has none today: a
// calendar app subscribed to it then shows nothing instead of an error.
import type { APIRoute } from 'astro';
import { pick } from '../../../../i18n';
import { themeCalendar } from '../../../../lib/calendar';
import { catalog, sortByTitle } from '../../../../lib/content';
import { langParams } from '../../../../lib/routes';

export async function getStaticPaths() {
  const { themes } = await catalog();
  return langParams().flatMap(({ params, props }) =>
    themes.map((theme) => ({ params: { ...params, id: theme.id }, props: { ...props, theme } })),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { live, districtById } = await catalog();
  const services = sortByTitle(
    live.filter((s) => s.themes.includes(props.theme.id)),
    props.lang,
  );
  const body = themeCalendar(pick(props.theme.name, props.lang).text, services, {
    lang: props.lang,
    site: site!,
    districtById,
    now: new Date(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
