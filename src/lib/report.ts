// "Report an error" without a server: an e-mail to the maintainers and a prefilled new-issue
// page of the repository, both built from the site config. Either may be switched off. The
// e-mail comes first: most people who see an error have no GitHub account.
import { mailtoEncode } from './mailto';

export type ReportConfig = { repository?: string; maintainerEmail?: string };
export type ReportItem = { id: string; url: string; title: string };
export type ReportText = { subject: string; body: string };
export type ReportLink = { via: 'email' | 'github'; href: string };

export function reportLinks(config: ReportConfig, item: ReportItem, text: ReportText): ReportLink[] {
  const body = `${text.body}\n\n\n---\nid: ${item.id}\n${item.url}\n${item.title}\n`;
  const out: ReportLink[] = [];
  if (config.maintainerEmail)
    out.push({
      via: 'email',
      href: `mailto:${config.maintainerEmail}?subject=${mailtoEncode(text.subject)}&body=${mailtoEncode(body)}`,
    });
  if (config.repository)
    out.push({
      via: 'github',
      href: `${config.repository.replace(/\/$/, '')}/issues/new?${new URLSearchParams({ title: text.subject, body, labels: 'listing' })}`,
    });
  return out;
}
