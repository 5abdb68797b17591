// "Report an error" without a server: a prefilled new-issue page of the repository and an
// e-mail to the maintainers, both built from the site config. Either may be switched off.
export type ReportConfig = { repository?: string; maintainerEmail?: string };
export type ReportItem = { id: string; url: string; title: string };
export type ReportText = { subject: string; body: string };

export function reportLinks(
  config: ReportConfig,
  item: ReportItem,
  text: ReportText,
): { github?: string; email?: string } {
  const body = `${text.body}\n\n\n---\nid: ${item.id}\n${item.url}\n${item.title}\n`;
  const out: { github?: string; email?: string } = {};
  if (config.repository)
    out.github = `${config.repository.replace(/\/$/, '')}/issues/new?${new URLSearchParams({ title: text.subject, body, labels: 'listing' })}`;
  // mailto: wants %20, not the + that URLSearchParams writes for a space.
  if (config.maintainerEmail)
    out.email = `mailto:${config.maintainerEmail}?subject=${encodeURIComponent(text.subject)}&body=${encodeURIComponent(body)}`;
  return out;
}
