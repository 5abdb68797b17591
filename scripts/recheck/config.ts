// Settings of a re-check round (npm run recheck, npm run recheck:apply): the maintainer's
// address and the repository come from src/site.config.ts, so the messages name the same
// address and repository as the site's "report an error" links.
import { site } from '../../src/site.config';
import { email } from '../../src/schema/common';

/** The tag every answer carries in its subject (or first lines), so apply can find it. */
export const RECHECK_TAG = 'palvelutori-recheck';

/** Where `npm run recheck` writes its messages unless told otherwise (--out). Not for committing. */
export const DEFAULT_OUT = 'recheck-out';

/** The issue form an organiser may answer with: .github/ISSUE_TEMPLATE/<this>. */
export const ISSUE_TEMPLATE = 'recheck.yml';

export type RecheckConfig = {
  /** Where answers go: the mailto links' address, and the messages' From and Reply-To. */
  maintainerEmail: string;
  /** The repository's web address, for the issue form links; empty for none. */
  repository: string;
  /** The public site's address, for a link to each listing's page; empty for none. */
  siteUrl: string;
};

export class ConfigError extends Error {}

/**
 * The round's settings: `--to` wins over PUBLIC_MAINTAINER_EMAIL. Without either there is no
 * address for answers to go to, and the round refuses to start.
 */
export function recheckConfig(flags: { to?: string; repository?: string; siteUrl?: string } = {}): RecheckConfig {
  const to = (flags.to ?? site.maintainerEmail ?? '').trim();
  if (!to)
    throw new ConfigError(
      'Vastauksille ei ole osoitetta. Aseta PUBLIC_MAINTAINER_EMAIL tai anna --to osoite@esimerkki.fi.\n' +
        'There is no address for the answers. Set PUBLIC_MAINTAINER_EMAIL or pass --to address@example.org.',
    );
  if (!email.safeParse(to).success)
    throw new ConfigError(`"${to}" ei ole sähköpostiosoite / is not an e-mail address (--to, PUBLIC_MAINTAINER_EMAIL)`);
  return {
    maintainerEmail: to,
    repository: (flags.repository ?? site.repository).replace(/\/+$/, ''),
    // The same variable astro.config.mjs reads; without it the messages carry no page links,
    // rather than links to the placeholder address.
    siteUrl: (flags.siteUrl ?? process.env.SITE_URL ?? '').replace(/\/+$/, ''),
  };
}

export type Args = { flags: Record<string, string>; switches: Set<string>; positional: string[] };

/** `--name value`, `--name=value`, `--switch` and plain arguments; anything else is refused. */
export function parseArgs(argv: string[], valued: string[], switches: string[] = []): Args {
  const out: Args = { flags: {}, switches: new Set(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-')) out.positional.push(a);
    else if (switches.includes(a)) out.switches.add(a);
    else if (valued.includes(a.split('=')[0])) {
      const eq = a.indexOf('=');
      const [k, v] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, argv[++i]];
      if (v === undefined || v.startsWith('--')) throw new ConfigError(`${k}: arvo puuttuu / missing value`);
      out.flags[k] = v;
    } else throw new ConfigError(`Tuntematon valinta / unknown option: ${a}`);
  }
  return out;
}

/** `--now 2026-12-01` as a Date, for tests and for rerunning a past round. */
export function parseDay(s: string, flag: string): Date {
  const d = new Date(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || !d.toISOString().startsWith(s))
    throw new ConfigError(`${flag} ${s}: päivämäärä muodossa VVVV-KK-PP / a date as YYYY-MM-DD`);
  return d;
}
