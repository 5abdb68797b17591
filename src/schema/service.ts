import { z } from 'zod';
import {
  contactFields,
  coordinates,
  numberAsText,
  explain,
  isoDate,
  localized,
  plainText,
  postalCode,
  slug,
  sourceSchema,
  time,
  TIME,
} from './common';

export const COSTS = ['free', 'fee', 'membership', 'voucher'] as const;
// New values go last: the command-line listing tool offers them by number.
// apply: a benefit or service you apply for with an application and get a decision on;
// book: something you order or book (a taxi, a time).
export const JOIN_TYPES = ['drop-in', 'registration', 'referral', 'apply', 'book'] as const;
// transport: the service itself takes you somewhere (a service bus line, a taxi).
export const CHANNELS = ['in-person', 'home-visit', 'phone', 'online', 'transport'] as const;
export const AUDIENCES = [
  '65+',
  '75+',
  'caregivers',
  'memory',
  'disability',
  'veterans',
  'men',
  'women',
  'swedish-speakers',
  'immigrants',
  'everyone',
] as const;
export const SERVED_LANGUAGES = ['fi', 'sv', 'en', 'ru', 'et', 'ar', 'so', 'fa', 'ku', 'uk', 'vi', 'se'] as const;
export const ACCESSIBILITY = [
  'step-free-entrance',
  'accessible-toilet',
  'induction-loop',
  'lift',
  'parking',
  'accessible-parking',
] as const;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const STATUSES = ['active', 'paused', 'ended'] as const;
// Who last confirmed a listing's facts on `lastVerified`: an editor against its sources, the
// organiser in a re-check round (npm run recheck:apply), or the national service catalogue
// PTV (npm run ptv:import). Without it the date is the newest source's, as an editor read it.
export const VERIFIERS = ['editor', 'organiser', 'ptv'] as const;
export type Verifier = (typeof VERIFIERS)[number];
// A PTV id: the catalogue's UUID for a service (or channel, or organisation).
export const ptvId = z.string().regex(
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  explain({
    fi: 'PTV-tunnus ei kelpaa',
    en: 'Not a valid PTV id',
    fixFi: 'kopioi tunnus Suomi.fi-palvelutietovarannosta, esim. 3b8f1a4e-5c3d-4e2f-9a1b-2c3d4e5f6a7b',
    fixEn: 'copy the id from the Suomi.fi service catalogue, e.g. 3b8f1a4e-5c3d-4e2f-9a1b-2c3d4e5f6a7b',
  }),
);

export type Cost = (typeof COSTS)[number];
export type JoinType = (typeof JOIN_TYPES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type ServedLanguage = (typeof SERVED_LANGUAGES)[number];
export type AccessibilityFeature = (typeof ACCESSIBILITY)[number];
export type Day = (typeof DAYS)[number];

// A service location (PTV "palvelupaikka", HSDS "location"). Every field may be left out
// when it is not known: with only a district the site says "somewhere in District X"; with
// no district the place is not mapped and the page says to ask the provider.
export const locationSchema = z.strictObject({
  name: plainText(120).optional(),
  street: plainText(120).optional(),
  postalCode: postalCode.optional(),
  city: plainText(40).default('Turku'),
  district: slug.optional(),
  coordinates: coordinates.optional(),
  accessibility: z.array(z.enum(ACCESSIBILITY)).default([]),
  accessibilityNotes: localized(300).optional(),
  busLines: z
    .array(
      z.preprocess(
        numberAsText,
        z.string().regex(
          /^\d{1,3}[A-Z]?$/,
          explain({
            fi: 'Bussilinja ei kelpaa',
            en: 'Not a valid bus line',
            fixFi: "kirjoita linjan numero lainausmerkeissä, esim. '18' tai '2A'",
            fixEn: "write the line number in quotes, e.g. '18' or '2A'",
          }),
        ),
      ),
    )
    .default([]),
});

/** Address data sets a street address can be matched in (`npm run addresses:import`). */
export const ADDRESS_SOURCES = ['turku', 'dvv'] as const;
export type AddressSource = (typeof ADDRESS_SOURCES)[number];

// A location as the build hands it to the pages: when a listing gives a street address and no
// coordinates, the build may take the point from imported address data (src/lib/addresses.ts)
// and says which, so that the map can credit it. Content files cannot set this field: the
// schema above, which checks them, does not know it.
export const builtLocationSchema = locationSchema.extend({ coordinatesFrom: z.enum(ADDRESS_SOURCES).optional() });
export type ServiceLocation = z.output<typeof builtLocationSchema>;

const weeklySlot = z
  .strictObject({
    day: z.enum(DAYS),
    start: time,
    end: time.optional(),
    note: localized(120).optional(),
  })
  // Compared only when both are times: a wrong time has its own message.
  .refine(
    (s) => !s.end || !TIME.test(s.start) || !TIME.test(s.end) || s.end > s.start,
    explain({
      fi: 'Loppuaika on ennen alkuaikaa',
      en: 'The end time is before the start time',
      fixFi: 'tarkista kellonajat',
      fixEn: 'check the times',
    }),
  );
export type WeeklySlot = z.output<typeof weeklySlot>;

const serviceWith = <L extends typeof locationSchema | typeof builtLocationSchema>(location: L) =>
  z
    .strictObject({
      id: slug,
      status: z.enum(STATUSES).default('active'),
      title: localized(90),
      // Plain-language summary: the first thing a reader sees. Short sentences, everyday words.
      summary: localized(300),
      description: localized(2000).optional(),
      provider: slug,
      themes: z
        .array(slug)
        .min(
          1,
          explain({
            fi: 'Palvelulla pitää olla vähintään yksi teema',
            en: 'A service needs at least one theme',
            fixFi: 'lisää esim. themes: [liikunta]',
            fixEn: 'add e.g. themes: [liikunta]',
          }),
        )
        .max(4),
      audience: z.array(z.enum(AUDIENCES)).min(1),
      // Cost and how to join are left out when no source says: the page then says "ask the provider".
      cost: z.strictObject({ type: z.enum(COSTS), price: localized(200).optional() }).optional(),
      join: z.strictObject({ type: z.enum(JOIN_TYPES), instructions: localized(400).optional() }).optional(),
      languages: z.array(z.enum(SERVED_LANGUAGES)).min(1).default(['fi']),
      channels: z.array(z.enum(CHANNELS)).min(1).default(['in-person']),
      locations: z.array(location).max(30).default([]),
      schedule: z
        .strictObject({
          weekly: z.array(weeklySlot).max(50).default([]),
          hours: localized(300).optional(),
          // The season a timetable was published for ("syksy 2013"). The page shows it with the
          // times, so that an old timetable never reads as this week's.
          period: localized(80).optional(),
          // The first and last day of that season, when the source gives them: the calendar
          // file then starts and ends with it (HSDS schedule valid_from / valid_to).
          validFrom: isoDate.optional(),
          validUntil: isoDate.optional(),
        })
        .refine((s) => !s.validFrom || !s.validUntil || s.validFrom <= s.validUntil, {
          path: ['validUntil'],
          ...explain({
            fi: 'Kauden loppu on ennen sen alkua',
            en: 'The season ends before it starts',
            fixFi: 'tarkista validFrom ja validUntil',
            fixEn: 'check validFrom and validUntil',
          }),
        })
        .optional(),
      contact: z.strictObject({ name: plainText(80).optional(), ...contactFields }).optional(),
      // Why a service is paused or has ended, and since when: the page says it in its first line.
      statusNote: z.strictObject({ since: isoDate.optional(), reason: localized(300) }).optional(),
      lastVerified: isoDate,
      verifiedBy: z.enum(VERIFIERS).optional(),
      // Set on a listing that npm run ptv:import keeps current: the fields PTV owns are
      // rewritten from the catalogue on every run, the rest stay as an editor wrote them.
      ptv: ptvId.optional(),
      source: z.array(sourceSchema).min(
        1,
        explain({
          fi: 'Lähde puuttuu',
          en: 'The source is missing',
          fixFi: 'kerro, mistä tiedot ovat: url ja date',
          fixEn: 'say where the facts come from: url and date',
        }),
      ),
    })
    .refine((s) => s.locations.length > 0 || !s.channels.includes('in-person'), {
      path: ['locations'],
      ...explain({
        fi: 'Paikan päällä järjestettävällä palvelulla pitää olla paikka',
        en: 'A service held in person needs a location',
        fixFi:
          'lisää locations-kohtaan ainakin kaupunginosa (district), tai muuta channels esim. [phone] tai [home-visit]',
        fixEn: 'add at least a district under locations, or change channels to e.g. [phone] or [home-visit]',
      }),
    })
    // "Come along, no sign-up" sends the reader somewhere: to an address, or at least a district,
    // that they can walk into. A phone line or a web page has no door, and neither has a place
    // given only by its name; those say how to take part in their own words, or say "ask".
    // An in-person service with no location at all already hears so from the rule above.
    .refine(
      (s) =>
        s.join?.type !== 'drop-in' ||
        (s.channels.includes('in-person') &&
          (s.locations.length === 0 || s.locations.some((l) => l.street || l.district || l.coordinates))),
      {
        path: ['join', 'type'],
        ...explain({
          fi: 'Tule paikalle -palvelulla pitää olla paikka, jonne tulla',
          en: 'A drop-in service needs a place to come to',
          fixFi:
            'lisää locations-kohtaan katuosoite (street) tai kaupunginosa (district) ja channels-kohtaan in-person; puhelin- tai verkkopalvelulle valitse toinen join-tyyppi tai poista join, jolloin sivu neuvoo kysymään',
          fixEn:
            'add a street or a district under locations and in-person under channels; for a phone line or a web service choose another join type, or remove join so that the page says to ask',
        }),
      },
    )
    .refine((s) => s.status === 'active' || !!s.statusNote, {
      path: ['statusNote'],
      ...explain({
        fi: 'Päättyneellä tai tauolla olevalla palvelulla pitää kertoa syy',
        en: 'An ended or paused service needs a reason',
        fixFi:
          'lisää statusNote: { since: VVVV-KK-PP, reason: { fi: "mistä tiedät, että palvelu on päättynyt" } } ja lähde source-kohtaan',
        fixEn:
          'add statusNote: { since: YYYY-MM-DD, reason: { fi: "how you know the service has ended" } } and its source under source',
      }),
    });
/** A service as written in content/services/: what the validator, the form and the CLI check. */
export const serviceSchema = serviceWith(locationSchema);
/** A service as the build hands it to the pages (src/content.config.ts): see builtLocationSchema. */
export const builtServiceSchema = serviceWith(builtLocationSchema);
export type Service = z.output<typeof builtServiceSchema>;
export type ServiceInput = z.input<typeof serviceSchema>;
