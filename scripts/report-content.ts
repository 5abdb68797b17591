// npm run report:content: how actionable and how fresh the live listings are, in one table,
// and which listings still lack a phone. Editors read it before and after a content round.
import { contentFigures, type ContentFigures } from '../src/lib/content-figures';
import { AGE_BANDS, type AgeBand } from '../src/lib/freshness';
import { PROVIDER_TYPES } from '../src/schema';

const BAND_LABEL: Record<AgeBand, string> = {
  current: 'enintään vuosi / up to 1 year',
  recent: '1–3 vuotta / 1–3 years',
  old: '3–5 vuotta / 3–5 years',
  'very-old': 'yli 5 vuotta / over 5 years',
};
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
    [
      '  numerolla lähde ja päivä / the number has its page and date',
      `${pct(f.withSourcedPhone)} (${f.withSourcedPhone})`,
    ],
    ['sähköposti / e-mail', `${pct(f.withEmail)} (${f.withEmail})`],
    ['jokin tapa toimia / any way to act', `${pct(f.withWayToAct)} (${f.withWayToAct})`],
    ['paikka / a place', `${pct(f.withPlace)} (${f.withPlace})`],
    ['viikoittainen aika / a weekly time', `${pct(f.withWeeklyTime)} (${f.withWeeklyTime})`],
    ['lähteiden mediaanivuosi / median source year', String(f.medianSourceYear ?? '–')],
    ['yli 12 kk vanhat / older than 12 months', `${pct(f.olderThan12Months)} (${f.olderThan12Months})`],
    ['tietojen ikä / age of the facts', ''],
    ...AGE_BANDS.map((b): [string, string] => [`  ${BAND_LABEL[b]}`, `${pct(f.byAge[b])} (${f.byAge[b]})`]),
    ['päivä arvioitu / date estimated', `${pct(f.estimatedDates)} (${f.estimatedDates})`],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return [
    ...rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`),
    '',
    `Ilman puhelinta / without a phone (${f.withoutPhone.length}):`,
    ...f.withoutPhone.map((id) => `  content/services/${id}.yaml`),
    ...(f.unsourcedPhone.length
      ? [
          '',
          `Numero ilman lähdettä (contact.phoneSource) / a number without its source (${f.unsourcedPhone.length}):`,
          ...f.unsourcedPhone.map((id) => `  content/services/${id}.yaml`),
        ]
      : []),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(contentReport(contentFigures(loadValidContent())));
