// Sending a shortlist to a client from the advisor's own e-mail or phone: `mailto:` and `sms:`
// links built here, in the page's language. Nothing goes through a server.
import type { HandoutItem } from '../../lib/handout';

export type SendText = { subject: string; link: string; call: string; email: string; web: string };

export function sendLinks(items: HandoutItem[], url: string, text: SendText): { mailto: string; sms: string } {
  const lines = items.map((item, i) => {
    const how = item.ph
      ? `${text.call} ${item.ph}`
      : item.e
        ? `${text.email}: ${item.e}`
        : item.wb
          ? `${text.web}: ${item.wb}`
          : '';
    return [`${i + 1}. ${item.t} – ${item.p}`, how && `   ${how}`].filter(Boolean).join('\n');
  });
  const body = [...lines, '', `${text.link}: ${url}`].join('\n');
  // mailto: and sms: want %20 for a space, not the + that URLSearchParams writes.
  return {
    mailto: `mailto:?subject=${encodeURIComponent(text.subject)}&body=${encodeURIComponent(body)}`,
    // A text message stays short: the subject and the link, which opens the whole list.
    sms: `sms:?&body=${encodeURIComponent(`${text.subject}: ${url}`)}`,
  };
}
