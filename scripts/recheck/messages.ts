// One organiser's message in a re-check round: its listings whose facts are a year old or
// more, each as a reader sees it (the printed shortlist's words, src/lib/handout.ts), and two
// ways to answer: a ready e-mail (mailto:) and the GitHub issue form. Pure: no files, no clock.
//
// Language. An organiser gets its message
// - in Swedish when every one of its live listings is held in Swedish and not in Finnish
//   (`languages` has sv but not fi), e.g. Folkhälsan, Åbo svenska församling;
// - in Finnish and Swedish, one after the other, when only some are, or when any live listing
//   is meant for Swedish speakers (`audience: swedish-speakers`), e.g. a bilingual service house;
// - in Finnish otherwise.
// An organiser's name and description cannot tell: Finnish is required in every name.
import { pick, t } from '../../src/i18n';
import { sortByTitle, type Catalog } from '../../src/lib/catalog';
import { formatDate, seasonText } from '../../src/lib/format';
import { handoutItem, type HandoutWords } from '../../src/lib/handout';
import { reachOf } from '../../src/lib/reach';
import type { Provider, Service } from '../../src/schema';
import type { RecheckConfig } from './config';
import { answerLine, changeLines, issueLink, mailtoLink, type Verdict } from './protocol';

export type MessageLang = 'fi' | 'sv' | 'fi+sv';
type Langs = 'fi' | 'sv';

type Listing = Pick<Service, 'languages' | 'audience'>;
const swedishOnly = (s: Listing) => s.languages.includes('sv') && !s.languages.includes('fi');
const forSwedishSpeakers = (s: Listing) => swedishOnly(s) || s.audience.includes('swedish-speakers');

/** The language of an organiser's message, from its live listings (see the top of this file). */
export function organiserLanguage(live: readonly Listing[]): MessageLang {
  if (live.length && live.every(swedishOnly)) return 'sv';
  if (live.some(forSwedishSpeakers)) return 'fi+sv';
  return 'fi';
}

// Plain language (selkokieli / lättläst): short sentences, everyday words, the main thing first.
const WORDS = {
  fi: {
    subject: 'Palvelutori Turku: Ovatko palvelujenne tiedot ajan tasalla?',
    hello: 'Hei!',
    intro: [
      'Palvelutori Turku on verkkosivu yli 65-vuotiaille turkulaisille.',
      'Siellä kerrotaan palveluista ja tekemisestä. Siellä on myös teidän palvelujanne.',
      'Tarkistamme tiedot kerran vuodessa. Nämä tiedot ovat yli vuoden vanhoja.',
      'Ovatko tiedot yhä oikein? Vastaaminen vie vain hetken.',
    ],
    organiser: (name: string, id: string) => `Järjestäjä: ${name} (tunnus ${id})`,
    listed: (n: number) => (n === 1 ? 'Näin palvelu näkyy sivulla:' : `Näin ${n} palvelua näkyy sivulla:`),
    label: {
      id: 'Tunnus',
      status: 'Tila',
      when: 'Milloin',
      season: 'Kausi',
      where: 'Missä',
      cost: 'Hinta',
      join: 'Miten mukaan',
      phone: 'Puhelin',
      email: 'Sähköposti',
      web: 'Verkkosivu',
      facts: 'Tietojen päivämäärä',
      page: 'Sivu',
    },
    unknown: 'Ei tiedossa.',
    somewhereIn: (district: string) => `Alue ${district}. Tarkka osoite ei tiedossa.`,
    general: 'järjestäjän yleinen yhteystieto',
    answerHow: 'Vastatkaa näin. Valitkaa A tai B.',
    ok: 'A) Kaikki tiedot ovat ajan tasalla.',
    okHow: 'Avatkaa tämä linkki. Siitä tulee valmis sähköposti. Lähettäkää se.',
    changed: 'B) Jotain on muuttunut.',
    changedHow: 'Avatkaa tämä linkki. Kirjoittakaa viestiin, mikä on muuttunut. Lähettäkää viesti.',
    ended: 'Onko jokin palvelu loppunut? Valitkaa silloin B ja kertokaa se.',
    github: 'Käytättekö GitHubia? Voitte vastata myös siellä:',
    fallback: 'Eikö linkki toimi? Vastatkaa silloin tähän viestiin omin sanoin.',
    thanks: 'Kiitos avusta!',
    okBody: 'Tiedot ovat ajan tasalla.',
    changedBody: 'Jotain on muuttunut. Kirjoittakaa muutos palvelun tunnuksen perään.',
    keepLine: 'Älkää muuttako seuraavaa riviä:',
    otherLanguage: '(På svenska längre ner.)',
  },
  sv: {
    subject: 'Palvelutori Turku: Stämmer uppgifterna om er verksamhet?',
    hello: 'Hej!',
    intro: [
      'Palvelutori Turku är en webbplats för åbobor som är över 65 år.',
      'Där berättar vi om tjänster och verksamhet. Där finns också er verksamhet.',
      'Vi kontrollerar uppgifterna en gång om året. De här uppgifterna är över ett år gamla.',
      'Stämmer de fortfarande? Det tar bara en stund att svara.',
    ],
    organiser: (name: string, id: string) => `Arrangör: ${name} (kod ${id})`,
    listed: (n: number) =>
      n === 1 ? 'Så här syns verksamheten på webbplatsen:' : `Så här syns ${n} verksamheter på webbplatsen:`,
    label: {
      id: 'Kod',
      status: 'Läge',
      when: 'När',
      season: 'Säsong',
      where: 'Var',
      cost: 'Pris',
      join: 'Hur man deltar',
      phone: 'Telefon',
      email: 'E-post',
      web: 'Webbplats',
      facts: 'Uppgifternas datum',
      page: 'Sida',
    },
    unknown: 'Uppgift saknas.',
    somewhereIn: (district: string) => `Område ${district}. Exakt adress saknas.`,
    general: 'arrangörens allmänna kontaktuppgift',
    answerHow: 'Svara så här. Välj A eller B.',
    ok: 'A) Alla uppgifter stämmer.',
    okHow: 'Öppna länken. Då får ni ett färdigt e-postmeddelande. Skicka det.',
    changed: 'B) Något har ändrats.',
    changedHow: 'Öppna länken. Skriv vad som har ändrats. Skicka meddelandet.',
    ended: 'Har någon verksamhet upphört? Välj då B och berätta det.',
    github: 'Använder ni GitHub? Då kan ni svara också där:',
    fallback: 'Fungerar länken inte? Svara då på det här meddelandet med egna ord.',
    thanks: 'Tack för hjälpen!',
    okBody: 'Uppgifterna stämmer.',
    changedBody: 'Något har ändrats. Skriv ändringen efter verksamhetens kod.',
    keepLine: 'Ändra inte nästa rad:',
    otherLanguage: '',
  },
} satisfies Record<Langs, unknown>;

/** The sentences a ready answer starts with: apply leaves them out of what it shows an editor. */
export const PREFILLED_LINES: string[] = Object.values(WORDS).flatMap((w) => [w.okBody, w.changedBody, w.keepLine]);

export type MessageInput = {
  provider: Provider;
  /** The organiser's live listings whose facts are a year old or more: the ones to check. */
  stale: Service[];
  /** All its live listings: they decide the language. */
  live: Service[];
  catalog: Pick<Catalog, 'providers' | 'districtById'>;
  config: RecheckConfig;
};

export type OrganiserMessage = {
  providerId: string;
  lang: MessageLang;
  subject: string;
  text: string;
  /** The listings asked about, in the order of the message. */
  ids: string[];
  /** The oldest `lastVerified` among them. */
  oldest: string;
  /** Every answer link in the message (both languages' when bilingual). */
  mailto: Record<Verdict, string>[];
  issue: Record<Verdict, string>[];
};

/**
 * Some mail programs cut a mailto: link longer than about 2,000 characters. Past that, the
 * ready e-mail leaves out the copy of the answer line in its text (the subject has it).
 */
export const MAILTO_LIMIT = 2000;

/** The subject and body of a ready e-mail answer, in one language; `copy`: the answer line in the body too. */
export function answerMail(lang: Langs, provider: string, ids: string[], verdict: Verdict, copy = true) {
  const w = WORDS[lang];
  const line = answerLine(provider, verdict, ids);
  const keep = copy ? [w.keepLine, line, ''] : [];
  const body = verdict === 'ok' ? [w.okBody, '', ...keep] : [w.changedBody, '', ...keep, changeLines(ids), ''];
  return { subject: line, body: body.join('\n') };
}

/** The ready e-mail's link, as short as it needs to be (MAILTO_LIMIT). */
function answerLink(to: string, lang: Langs, provider: string, ids: string[], verdict: Verdict): string {
  const full = answerMail(lang, provider, ids, verdict);
  const link = mailtoLink(to, full.subject, full.body);
  if (link.length <= MAILTO_LIMIT) return link;
  const short = answerMail(lang, provider, ids, verdict, false);
  return mailtoLink(to, short.subject, short.body);
}

/** "label: value", or the label and one value a line when there are several. */
function field(label: string, values: string[]): string[] {
  if (values.length <= 1) return [`   ${label}: ${values[0] ?? ''}`];
  return [`   ${label}:`, ...values.map((v) => `     ${v}`)];
}

function listingLines(
  s: Service,
  n: number,
  lang: Langs,
  c: MessageInput['catalog'],
  provider: Provider,
  siteUrl: string,
): string[] {
  const w = WORDS[lang];
  const d = t(lang);
  const words: HandoutWords = { askProvider: w.unknown, somewhereIn: w.somewhereIn, flagOldTimetable: false };
  const item = handoutItem(s, c, lang, words);
  const reach = reachOf(s, provider);
  const general = (on: boolean | undefined, v: string) => (on ? `${v} (${w.general})` : v);
  const hours = reach.call?.hours ? ` (${pick(reach.call.hours, lang).text})` : '';
  const season = seasonText(s.schedule, lang);
  const join = s.join
    ? [d.join[s.join.type], s.join.instructions && pick(s.join.instructions, lang).text].filter(Boolean).join('. ')
    : w.unknown;
  return [
    `${n}. ${item.t}`,
    ...field(w.label.id, [s.id]),
    ...(s.status === 'paused' ? field(w.label.status, [d.servicePaused]) : []),
    ...field(w.label.when, item.w),
    ...(season ? field(w.label.season, [season]) : []),
    ...field(w.label.where, item.a),
    ...field(w.label.cost, [item.c ?? w.unknown]),
    ...field(w.label.join, [join]),
    ...field(w.label.phone, [reach.call ? general(reach.call.organiser, reach.call.phone + hours) : w.unknown]),
    ...field(w.label.email, [reach.written?.email ? general(reach.written.organiser, reach.written.email) : w.unknown]),
    ...field(w.label.web, [reach.written?.web ? general(reach.written.organiser, reach.written.web) : w.unknown]),
    ...field(w.label.facts, [formatDate(s.lastVerified)]),
    ...(siteUrl ? field(w.label.page, [siteUrl + item.u]) : []),
  ];
}

function part(lang: Langs, input: MessageInput, listings: Service[], ids: string[]) {
  const { provider, config } = input;
  const w = WORDS[lang];
  const mailto = {} as Record<Verdict, string>;
  const issue = {} as Record<Verdict, string>;
  for (const v of ['ok', 'changed'] as const) {
    mailto[v] = answerLink(config.maintainerEmail, lang, provider.id, ids, v);
    if (config.repository) issue[v] = issueLink(config.repository, provider.id, ids, v);
  }
  const lines = [
    w.hello,
    '',
    ...w.intro,
    '',
    w.organiser(pick(provider.name, lang).text, provider.id),
    '',
    w.listed(listings.length),
    '',
    ...listings.flatMap((s, i) => [...listingLines(s, i + 1, lang, input.catalog, provider, config.siteUrl), '']),
    w.answerHow,
    '',
    w.ok,
    `   ${w.okHow}`,
    `   ${mailto.ok}`,
    '',
    w.changed,
    `   ${w.changedHow}`,
    `   ${mailto.changed}`,
    '',
    w.ended,
    '',
    ...(config.repository ? [w.github, `   A) ${issue.ok}`, `   B) ${issue.changed}`, ''] : []),
    w.fallback,
    '',
    w.thanks,
    '',
    'Palvelutori Turku',
    config.maintainerEmail,
  ];
  return { lines, mailto, issue: config.repository ? issue : undefined };
}

/** One organiser's message, in its language (or both). */
export function organiserMessage(input: MessageInput): OrganiserMessage {
  const lang = organiserLanguage(input.live);
  const listings = sortByTitle(input.stale, 'fi');
  const ids = listings.map((s) => s.id);
  const langs: Langs[] = lang === 'fi+sv' ? ['fi', 'sv'] : [lang];
  const parts = langs.map((l) => part(l, input, listings, ids));
  const text =
    lang === 'fi+sv'
      ? [WORDS.fi.otherLanguage, '', ...parts[0].lines, '', '-'.repeat(60), 'PÅ SVENSKA', '', ...parts[1].lines]
      : parts[0].lines;
  return {
    providerId: input.provider.id,
    lang,
    subject:
      lang === 'fi+sv'
        ? `${WORDS.fi.subject} / ${WORDS.sv.subject.replace('Palvelutori Turku: ', '')}`
        : WORDS[lang].subject,
    text: text.join('\n') + '\n',
    ids,
    oldest: listings.reduce((min, s) => (s.lastVerified < min ? s.lastVerified : min), listings[0].lastVerified),
    mailto: parts.map((p) => p.mailto),
    issue: parts.flatMap((p) => (p.issue ? [p.issue] : [])),
  };
}
