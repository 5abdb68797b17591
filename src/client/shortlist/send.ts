// Sending a shortlist to a client from the advisor's own e-mail or phone: `mailto:` and `sms:`
// links built here, in the page's language. Nothing goes through a server.
import type { HandoutContact, HandoutItem } from '../../lib/handout';

/** The page's words for the list (the data attributes of #shortlist). */
export type ListWords = {
  call: string;
  email: string;
  web: string;
  phoneHours: string;
  organiser: string;
  when: string;
  where: string;
  cost: string;
  join: string;
  ask: string;
};
export type SendText = ListWords & { subject: string; link: string };

/** "Monday 10.00; Thursday 14.00", but a full sentence ("The timetable is old.") ends with its own stop. */
export const joinParts = (parts: string[]): string =>
  parts.reduce((acc, x) => (acc ? `${acc}${/[.!?]$/.test(acc) ? ' ' : '; '}${x}` : x), '');

/** Every route of one contact, one line each: the phone with its hours, the e-mail, the web address. */
export function routeLines(c: HandoutContact | undefined, w: ListWords): string[] {
  if (!c) return [];
  return [
    c.ph && `${w.call} ${c.ph}${c.h ? ` (${w.phoneHours}: ${c.h})` : ''}`,
    c.e && `${w.email}: ${c.e}`,
    c.wb && `${w.web}: ${c.wb}`,
  ].filter((x): x is string => !!x);
}

// The client reads the e-mail with nothing else to hand: everything the printed list says.
function serviceLines(item: HandoutItem, n: number, w: SendText): string[] {
  const field = (label: string, value: string | undefined) => (value ? [`${label}: ${value}`] : []);
  const organiser = routeLines(item.g, w);
  return [
    `${n}. ${item.t} – ${item.p}`,
    ...[
      ...field(w.when, joinParts(item.w)),
      ...field(w.where, item.a.join('; ')),
      ...field(w.cost, item.c),
      ...field(w.join, item.j),
      ...field(w.ask, item.q),
      ...routeLines(item.o, w),
      ...(organiser.length ? [`${w.organiser}:`, ...organiser.map((x) => `  ${x}`)] : []),
      item.y,
    ].map((x) => `   ${x}`),
  ];
}

export function sendLinks(items: HandoutItem[], url: string, text: SendText): { mailto: string; sms: string } {
  const body = [...items.flatMap((item, i) => serviceLines(item, i + 1, text)), '', `${text.link}: ${url}`].join('\n');
  // mailto: and sms: want %20 for a space, not the + that URLSearchParams writes.
  return {
    mailto: `mailto:?subject=${encodeURIComponent(text.subject)}&body=${encodeURIComponent(body)}`,
    // A text message stays short: the subject and the link, which opens the whole list.
    sms: `sms:?&body=${encodeURIComponent(`${text.subject}: ${url}`)}`,
  };
}
