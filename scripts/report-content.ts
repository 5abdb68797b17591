// npm run report:content: how actionable and how fresh the live listings are, in one table,
// and which listings still lack a phone. Editors read it before and after a content round.
import { contentFigures, type ContentFigures } from '../src/lib/content-figures';
import { PROVIDER_TYPES } from '../src/schema';
import { loadValidContent } from '../src/validation/fs';

export { contentFigures, type ContentFigures };

export function contentReport(f: ContentFigures): string {
  const pct = (n: number) => (f.live ? `${((100 * n) / f.live).toFixed(0)} %` : '–');
  const rows: [string, string][] = [
    ['elävät palvelut / live listings', String(f.live)],
    [
      'järjestäjät / providers',
      `${f.providers} (${PROVIDER_TYPES.map((t) => `${t} ${f.providersByType[t]}`).join(', ')})`,
    ],
    ['seurakuntien palvelut / parish listings', String(f.parishListings)],
    ['puhelin näkyy (oma tai järjestäjän) / phone shown (own or organiser’s)', `${pct(f.withPhone)} (${f.withPhone})`],
    ['sähköposti / e-mail', `${pct(f.withEmail)} (${f.withEmail})`],
    ['jokin tapa toimia / any way to act', `${pct(f.withWayToAct)} (${f.withWayToAct})`],
    ['paikka / a place', `${pct(f.withPlace)} (${f.withPlace})`],
    ['viikoittainen aika / a weekly time', `${pct(f.withWeeklyTime)} (${f.withWeeklyTime})`],
    ['lähteiden mediaanivuosi / median source year', String(f.medianSourceYear ?? '–')],
    ['yli 12 kk vanhat / older than 12 months', `${pct(f.olderThan12Months)} (${f.olderThan12Months})`],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return [
    ...rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`),
    '',
    `Ilman puhelinta / without a phone (${f.withoutPhone.length}):`,
    ...f.withoutPhone.map((id) => `  content/services/${id}.yaml`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(contentReport(contentFigures(loadValidContent())));
