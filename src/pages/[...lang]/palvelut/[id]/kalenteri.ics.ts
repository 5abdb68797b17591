// A listing's weekly times as a calendar file. Only listings that get a calendar have one: an
// old timetable has no file to find (src/lib/calendar.ts says which).
import type { APIRoute } from 'astro';
import { calendarSlots, serviceCalendar } from '../../../../lib/calendar';
import { catalog } from '../../../../lib/content';
import { langParams } from '../../../../lib/routes';

export async function getStaticPaths() {
  const { services } = await catalog();
  const now = new Date();
  return langParams().flatMap(({ params, props }) =>
    services
      .filter((s) => calendarSlots(s, now).length > 0)
      .map((service) => ({ params: { ...params, id: service.id }, props: { ...props, service } })),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { districtById } = await catalog();
  const body = serviceCalendar(props.service, { lang: props.lang, site: site!, districtById, now: new Date() });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
