// npm run recheck [-- --out recheck-out] [--to toimitus@example.org] [--now YYYY-MM-DD]
//
// A re-check round: for every organiser with live listings whose facts are 12 months old or
// more (src/lib/stale.ts), one message asking whether they are still right, as an .eml file
// an editor opens and sends, and summary.md, a table of them all. Nothing in content/ changes.
// The answers come back to the maintainer's address (or as GitHub issues) and are applied with
// npm run recheck:apply. See docs/recheck.md.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pick } from '../../src/i18n';
import { makeCatalog } from '../../src/lib/catalog';
import { formatDate } from '../../src/lib/format';
import { isStale, STALE_AFTER_MONTHS } from '../../src/lib/stale';
import type { Provider, Service } from '../../src/schema';
import type { Content } from '../../src/validation/corpus';
import { loadValidContent } from '../../src/validation/fs';
import { ConfigError, DEFAULT_OUT, parseArgs, parseDay, recheckConfig, type RecheckConfig } from './config';
import { MAILTO_LIMIT, organiserMessage, type OrganiserMessage } from './messages';
import { emlMessage, mailDate } from './mime';

export type RoundEntry = {
  provider: Provider;
  /** Its live listings whose facts are STALE_AFTER_MONTHS old or more. */
  stale: Service[];
  /** All its live listings (not ended). */
  live: Service[];
};

/** The organisers to ask, each with its stale live listings: oldest facts first. */
export function staleOrganisers(content: Pick<Content, 'services' | 'providers'>, now: Date): RoundEntry[] {
  const out: RoundEntry[] = [];
  for (const provider of content.providers) {
    const live = content.services.filter((s) => s.provider === provider.id && s.status !== 'ended');
    const stale = live.filter((s) => isStale(s.lastVerified, now));
    if (stale.length) out.push({ provider, stale, live });
  }
  const oldest = (e: RoundEntry) => e.stale.reduce((m, s) => (s.lastVerified < m ? s.lastVerified : m), '9999');
  return out.sort((a, b) => oldest(a).localeCompare(oldest(b)) || a.provider.id.localeCompare(b.provider.id));
}

/** The listings' own e-mail addresses: a hint for the editor when the organiser has none. */
const listingAddresses = (stale: Service[]) => [
  ...new Set(stale.map((s) => s.contact?.email).filter((e): e is string => !!e)),
];

export function emlFor(entry: RoundEntry, msg: OrganiserMessage, config: RecheckConfig, now: Date): string {
  const to = entry.provider.contact?.email;
  const hints = listingAddresses(entry.stale);
  const domain = config.maintainerEmail.split('@')[1] ?? 'localhost';
  return emlMessage(
    [
      ['Date', mailDate(now)],
      ['From', `Palvelutori Turku <${config.maintainerEmail}>`],
      ['Reply-To', config.maintainerEmail],
      ['To', to],
      ['Subject', msg.subject],
      ['Message-ID', `<recheck.${entry.provider.id}.${now.toISOString().slice(0, 10)}@${domain}>`],
      // Outlook opens a message with this header as a draft, ready to send.
      ['X-Unsent', '1'],
      [
        'X-Palvelutori-Note',
        to
          ? undefined
          : `No e-mail address for this organiser: add the recipient (To) before sending.${
              hints.length ? ` Its listings give ${hints.join(', ')}.` : ''
            }`,
      ],
    ],
    msg.text,
  );
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** summary.md: one row per organiser, for the editor and for the monthly issue. */
export function summaryTable(rows: { entry: RoundEntry; msg: OrganiserMessage; file: string }[], now: Date): string {
  const lines = [
    `# Tietojen tarkistus / Re-check round ${now.toISOString().slice(0, 10)}`,
    '',
    `${rows.length} järjestäjää, ${rows.reduce((n, r) => n + r.msg.ids.length, 0)} palvelua, joiden tiedot ovat vähintään ${STALE_AFTER_MONTHS} kuukautta vanhoja. / ` +
      `${rows.length} organisers, ${rows.reduce((n, r) => n + r.msg.ids.length, 0)} listings whose facts are ${STALE_AFTER_MONTHS} months old or more.`,
    '',
    '| Järjestäjä / Organiser | Palvelut / Listings | Vanhin tieto / Oldest facts | Sähköposti / E-mail | Kieli / Language | Viesti / File |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const { entry, msg, file } of rows) {
    const email = entry.provider.contact?.email;
    const hints = listingAddresses(entry.stale);
    lines.push(
      `| ${cell(`${pick(entry.provider.name, 'fi').text} (\`${entry.provider.id}\`)`)} | ${msg.ids.length}: ${msg.ids
        .map((id) => `\`${id}\``)
        .join(', ')} | ${formatDate(msg.oldest)} | ${
        email ? `kyllä / yes (${email})` : `ei / no${hints.length ? ` (palvelun / listing: ${hints.join(', ')})` : ''}`
      } | ${msg.lang} | ${file} |`,
    );
  }
  lines.push(
    '',
    'Viestit ilman sähköpostiosoitetta: lisää vastaanottaja ennen lähettämistä. / Files without an e-mail address: add the recipient before sending.',
  );
  const long = rows.filter((r) =>
    r.msg.mailto.some((m) => m.ok.length > MAILTO_LIMIT || m.changed.length > MAILTO_LIMIT),
  );
  if (long.length)
    lines.push(
      '',
      `Pitkät vastauslinkit (yli ${MAILTO_LIMIT} merkkiä: jokin sähköpostiohjelma voi katkaista ne; GitHub-lomake tai tavallinen vastaus toimii) / ` +
        `Long answer links (over ${MAILTO_LIMIT} characters: some mail programs may cut them; the GitHub form or a plain reply works): ` +
        long.map((r) => `\`${r.entry.provider.id}\``).join(', '),
    );
  lines.push('');
  return lines.join('\n');
}

export type RecheckOptions = { root: string; out: string; now: Date; config: RecheckConfig };

/** Writes the round's messages and summary into `out`, replacing an earlier round's there. */
export function runRecheck({ root, out, now, config }: RecheckOptions) {
  const content = loadValidContent(root);
  const catalog = makeCatalog(content);
  const entries = staleOrganisers(content, now);
  mkdirSync(out, { recursive: true });
  // An earlier round's message to an organiser who is now up to date must not be sent again.
  for (const f of readdirSync(out)) if (f.endsWith('.eml') || f === 'summary.md') rmSync(join(out, f));
  const rows = entries.map((entry) => {
    const msg = organiserMessage({ ...entry, catalog, config });
    const file = `${entry.provider.id}.eml`;
    writeFileSync(join(out, file), emlFor(entry, msg, config, now));
    return { entry, msg, file };
  });
  const summary = summaryTable(rows, now);
  writeFileSync(join(out, 'summary.md'), summary);
  return { rows, summary };
}

const HELP = `npm run recheck -- [--out ${DEFAULT_OUT}] [--to toimitus@example.org] [--now YYYY-MM-DD]

Kirjoittaa viestin jokaiselle järjestäjälle, jonka palvelun tiedot ovat vähintään ${STALE_AFTER_MONTHS} kuukautta vanhoja.
Writes a message to every organiser with a listing whose facts are ${STALE_AFTER_MONTHS} months old or more.
  --out  kansio / folder (${DEFAULT_OUT})
  --to   vastausten osoite / the address answers go to (PUBLIC_MAINTAINER_EMAIL)
  --now  päivä, jolta kierros tehdään / the day to run the round for (today)`;

function main() {
  try {
    const args = parseArgs(process.argv.slice(2), ['--out', '--to', '--now'], ['--help', '-h']);
    if (args.switches.size) return console.log(HELP);
    if (args.positional.length)
      throw new ConfigError(`Tuntematon argumentti / unknown argument: ${args.positional[0]}`);
    const config = recheckConfig({ to: args.flags['--to'] });
    const now = args.flags['--now'] ? parseDay(args.flags['--now'], '--now') : new Date();
    const root = process.cwd();
    const out = resolve(root, args.flags['--out'] ?? DEFAULT_OUT);
    const { rows } = runRecheck({ root, out, now, config });
    const where = relative(root, out) || '.';
    const blind = rows.filter((r) => !r.entry.provider.contact?.email).length;
    console.log(`${rows.length} viestiä kansiossa ${where}/ (${blind} ilman vastaanottajaa) ja ${where}/summary.md`);
    console.log(`${rows.length} messages in ${where}/ (${blind} without a recipient) and ${where}/summary.md`);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    process.exitCode = 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
