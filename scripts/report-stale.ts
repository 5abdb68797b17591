// npm run report:stale: listings whose facts were last checked over 12 months ago, grouped
// by provider with the provider's e-mail, so editors know whom to ask.
import { isStale, STALE_AFTER_MONTHS } from '../src/lib/stale';
import type { Content } from '../src/validation/corpus';
import { loadValidContent } from '../src/validation/fs';

export function staleReport(content: Pick<Content, 'services' | 'providers'>, now = new Date()): string {
  const providers = new Map(content.providers.map((p) => [p.id, p]));
  const groups = new Map<string, Content['services']>();
  for (const s of content.services) {
    if (s.status === 'ended' || !isStale(s.lastVerified, now)) continue;
    groups.set(s.provider, [...(groups.get(s.provider) ?? []), s]);
  }
  const lines: string[] = [];
  let total = 0;
  for (const [id, services] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    const p = providers.get(id);
    lines.push(
      `\n${p?.name.fi ?? id} (${id})  ${p?.contact?.email ?? p?.contact?.web ?? 'ei yhteystietoa / no contact'}`,
    );
    for (const s of services.sort((a, b) => a.lastVerified.localeCompare(b.lastVerified)))
      lines.push(`  ${s.lastVerified}  content/services/${s.id}.yaml  ${s.title.fi}`);
    total += services.length;
  }
  lines.unshift(
    `Yli ${STALE_AFTER_MONTHS} kuukautta sitten tarkistetut palvelut / listings last checked over ${STALE_AFTER_MONTHS} months ago: ${total}`,
  );
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(staleReport(loadValidContent()));
