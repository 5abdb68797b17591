// Building blocks shared by every content schema. Each refinement carries its own
// bilingual message and fix in `params`, so that error-map.ts can print one helpful line.
import { z } from 'zod';

export type Msg = { fi: string; en: string; fixFi?: string; fixEn?: string };

// Zod keeps only `message` for built-in checks (regex, min, email…), so the bilingual
// message travels inside it, marked, and error-map.ts unpacks it. Nothing else reads it raw.
const MARK = 'ptmsg:';
/** Options for a Zod check whose failure explains itself in Finnish and English. */
export const explain = (m: Msg) => ({ message: MARK + JSON.stringify(m) });
/**
 * What kind of problem a custom check finds, for readers that word it themselves (the form,
 * src/client/submit/messages.ts): `missing`, `html` or `link`; any other is "not valid".
 */
export const findingKind = (k: 'missing' | 'html' | 'link') => ({ params: { kind: k } });
export function decodeMsg(message: string): Msg | undefined {
  if (!message.startsWith(MARK)) return undefined;
  try {
    return JSON.parse(message.slice(MARK.length)) as Msg;
  } catch {
    return undefined;
  }
}

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

// Raw HTML is never allowed in listing text: the pages escape it anyway, but a tag in a
// listing is always a mistake or an attack, and the author should hear about it.
const HTML_TAG = /<\s*\/?\s*[a-z!?][^>]*>/i;
// A bare "javascript:" or "data:" scheme inside text is also refused, so it can never
// become a link later (e.g. in an export).
const DANGEROUS_SCHEME = /\b(?:javascript|vbscript|data)\s*:/i;

export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(
      1,
      explain({
        fi: 'Teksti on tyhjä',
        en: 'The text is empty',
        fixFi: 'kirjoita teksti tai poista koko kenttä',
        fixEn: 'write the text or remove the whole field',
      }),
    )
    .max(
      max,
      explain({
        fi: `Teksti on liian pitkä (enintään ${max} merkkiä)`,
        en: `The text is too long (at most ${max} characters)`,
        fixFi: 'lyhennä tekstiä',
        fixEn: 'shorten the text',
      }),
    )
    .refine((s) => !HTML_TAG.test(s), {
      ...findingKind('html'),
      ...explain({
        fi: 'Tekstissä on HTML-koodia',
        en: 'The text contains HTML',
        fixFi: 'kirjoita pelkkää tekstiä ilman <merkkejä>',
        fixEn: 'write plain text without <tags>',
      }),
    })
    .refine((s) => !DANGEROUS_SCHEME.test(s), {
      ...findingKind('link'),
      ...explain({
        fi: 'Tekstissä on vaarallinen linkki (javascript: tai data:)',
        en: 'The text contains a dangerous link (javascript: or data:)',
        fixFi: 'poista linkki',
        fixEn: 'remove the link',
      }),
    });

/** Text in Finnish (required) and optionally Swedish and English. */
export const localized = (max: number) =>
  z.strictObject({
    fi: plainText(max),
    sv: plainText(max).optional(),
    en: plainText(max).optional(),
  });
export type Localized = { fi: string; sv?: string; en?: string };

/** An id: a file's name and the end of its page's address. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
  .string()
  .max(
    80,
    explain({
      fi: 'Tunnus on liian pitkä (enintään 80 merkkiä)',
      en: 'The id is too long (at most 80 characters)',
      fixFi: 'lyhennä tunnusta',
      fixEn: 'shorten the id',
    }),
  )
  .regex(
    ID_PATTERN,
    explain({
      fi: 'Tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja',
      en: 'An id may contain only lower-case letters a–z, digits and hyphens',
      fixFi: 'kirjoita esim. muistikahvila-runosmaki (ä → a, ö → o)',
      fixEn: 'write e.g. muistikahvila-runosmaki (ä → a, ö → o)',
    }),
  )
  // A plain number is the address of a list's next page (/palvelut/2/, src/lib/routes.ts).
  .regex(
    /[a-z]/,
    explain({
      fi: 'Tunnuksessa pitää olla ainakin yksi kirjain',
      en: 'An id needs at least one letter',
      fixFi: 'pelkät numerot on varattu listojen sivunumeroille: kirjoita esim. kerho-2',
      fixEn: 'plain numbers are kept for the page numbers of lists: write e.g. kerho-2',
    }),
  );

export const webUrl = z
  .string()
  .trim()
  .max(500)
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname;
      } catch {
        return false;
      }
    },
    explain({
      fi: 'Verkko-osoite ei kelpaa: vain https:// tai http:// -osoitteet ovat sallittuja',
      en: 'Not a valid web address: only https:// or http:// addresses are allowed',
      fixFi: 'kirjoita koko osoite, esim. https://www.turku.fi/',
      fixEn: 'write the full address, e.g. https://www.turku.fi/',
    }),
  );

// Finnish numbers: national (0…) or international (+358…), spaces and hyphens allowed.
export const phone = z
  .string()
  .trim()
  .refine(
    (s) => /^(?:\+358|0)[0-9 -]+$/.test(s) && s.replace(/\D/g, '').length >= 6 && s.replace(/\D/g, '').length <= 13,
    explain({
      fi: 'Puhelinnumero ei kelpaa',
      en: 'Not a valid phone number',
      fixFi: 'kirjoita suomalainen numero, esim. 02 262 6000 tai +358 40 123 4567',
      fixEn: 'write a Finnish number, e.g. 02 262 6000 or +358 40 123 4567',
    }),
  );

export const email = z
  .string()
  .trim()
  .pipe(
    z.email(
      explain({
        fi: 'Sähköpostiosoite ei kelpaa',
        en: 'Not a valid e-mail address',
        fixFi: 'kirjoita esim. info@yhdistys.fi',
        fixEn: 'write e.g. info@association.fi',
      }),
    ),
  );

/** Finnish business id (Y-tunnus) with its check digit. */
export function isBusinessId(s: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(s);
  if (!m) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = m[1].split('').reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  const r = sum % 11;
  if (r === 1) return false;
  return (r === 0 ? 0 : 11 - r) === Number(m[2]);
}
export const businessId = z
  .string()
  .trim()
  .refine(
    isBusinessId,
    explain({
      fi: 'Y-tunnus ei kelpaa (muoto tai tarkistusnumero on väärin)',
      en: 'Not a valid business id (Y-tunnus): the form or check digit is wrong',
      fixFi: 'kirjoita muodossa 1234567-8 ja tarkista numero YTJ:stä, tai poista kenttä',
      fixEn: 'write it as 1234567-8 and check it at ytj.fi, or remove the field',
    }),
  );

// YAML turns an unquoted 2025-03-01 into a Date; accept both and keep an ISO string.
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine(
    (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s),
    explain({
      fi: 'Päivämäärä ei kelpaa',
      en: 'Not a valid date',
      fixFi: 'kirjoita muodossa VVVV-KK-PP, esim. 2025-03-01',
      fixEn: 'write it as YYYY-MM-DD, e.g. 2025-03-01',
    }),
  ),
);

export const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
export const time = z.string().regex(
  TIME,
  explain({
    fi: 'Kellonaika ei kelpaa',
    en: 'Not a valid time',
    fixFi: "kirjoita lainausmerkeissä, esim. '10:00'",
    fixEn: "write it in quotes, e.g. '10:00'",
  }),
);

// The Turku region with a margin for neighbouring towns (Raisio, Kaarina, Naantali):
// a point outside it is almost always swapped or mistyped coordinates.
export const TURKU_BOUNDS = { minLat: 60.25, maxLat: 60.7, minLon: 21.8, maxLon: 22.8 } as const;
// People write 20100 without quotes; YAML then reads a number. Accept it as the text it means.
export const numberAsText = (v: unknown) => (typeof v === 'number' ? String(v) : v);
export const postalCode = z.preprocess(
  numberAsText,
  z.string().regex(
    /^\d{5}$/,
    explain({
      fi: 'Postinumerossa pitää olla viisi numeroa',
      en: 'A postal code has five digits',
      fixFi: "kirjoita lainausmerkeissä, esim. '20100'",
      fixEn: "write it in quotes, e.g. '20100'",
    }),
  ),
);

export const coordinates = z.strictObject({ lat: z.number(), lon: z.number() }).refine(
  (c) =>
    c.lat >= TURKU_BOUNDS.minLat &&
    c.lat <= TURKU_BOUNDS.maxLat &&
    c.lon >= TURKU_BOUNDS.minLon &&
    c.lon <= TURKU_BOUNDS.maxLon,
  explain({
    fi: 'Koordinaatit ovat Turun seudun ulkopuolella',
    en: 'The coordinates are outside the Turku region',
    fixFi:
      'tarkista luvut (Turussa lat on noin 60.45 ja lon noin 22.27) tai poista koordinaatit ja kerro vain kaupunginosa',
    fixEn:
      'check the numbers (in Turku lat is about 60.45 and lon about 22.27), or remove the coordinates and give only the district',
  }),
);
export type Coordinates = { lat: number; lon: number };

/**
 * Where a fact comes from: a web page with its date, or the organiser's own notice to the
 * editors (sent with the form on /lisaa-palvelu/), which has no address: it names who sent
 * it and the day it was sent, and the page says "the organiser's own notice, 1.2.2026".
 * `dateEstimated` says that a page itself carries no date and the editor dated it from what
 * it says (the pages render this in the reader's language).
 */
// The checks below run even when another field of the entry is wrong, so that every problem
// is reported at once; they look only at which fields are present.
const always = { when: (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null };
const sourceFields = z
  .strictObject({
    url: webUrl.optional(),
    date: isoDate,
    title: plainText(200).optional(),
    dateEstimated: z.boolean().optional(),
    notice: z.literal(true).optional(),
    by: plainText(120).optional(),
  })
  .refine((s) => s.notice || s.url !== undefined, {
    path: ['url'],
    ...always,
    ...findingKind('missing'),
    ...explain({
      fi: 'Lähteen verkko-osoite puuttuu',
      en: 'The source has no web address',
      fixFi:
        'kirjoita url: https://…, tai jos tiedot ovat järjestäjän omasta ilmoituksesta: notice: true ja by: järjestäjän nimi',
      fixEn:
        "write url: https://…, or if the facts come from the organiser's own notice: notice: true and by: its name",
    }),
  })
  .refine((s) => !s.notice || s.url === undefined, {
    path: ['url'],
    ...always,
    ...explain({
      fi: 'Järjestäjän omalla ilmoituksella ei ole verkko-osoitetta',
      en: "The organiser's own notice has no web address",
      fixFi: 'poista url, tai poista notice ja by, jos tiedot ovat verkkosivulta',
      fixEn: 'remove url, or remove notice and by if the facts come from a web page',
    }),
  })
  .refine((s) => !s.notice || s.by !== undefined, {
    path: ['by'],
    ...always,
    ...findingKind('missing'),
    ...explain({
      fi: 'Omasta ilmoituksesta puuttuu lähettäjä',
      en: 'The own notice does not say who sent it',
      fixFi: 'kirjoita by: järjestäjän nimi, esim. by: Tanssiseura ry',
      fixEn: 'write by: the organisation, e.g. by: Tanssiseura ry',
    }),
  })
  .refine((s) => s.notice || s.by === undefined, {
    path: ['by'],
    ...always,
    ...explain({
      fi: 'Lähettäjä (by) kuuluu vain järjestäjän omaan ilmoitukseen',
      en: "A sender (by) belongs only to the organiser's own notice",
      fixFi: 'lisää notice: true ja poista url, tai poista by',
      fixEn: 'add notice: true and remove url, or remove by',
    }),
  });
type SourceCommon = { date: string; title?: string; dateEstimated?: boolean };
export type WebSource = SourceCommon & { url: string; notice?: undefined; by?: undefined };
export type NoticeSource = SourceCommon & { notice: true; by: string; url?: undefined };
export type Source = WebSource | NoticeSource;
// The checks above guarantee one of the two shapes; the type says so, so that no page can
// print a notice as a link or forget that it has none. The schema itself is unchanged.
export const sourceSchema = sourceFields as unknown as z.ZodType<Source, z.input<typeof sourceFields>> &
  Pick<typeof sourceFields, 'def'>;

/** How to reach someone: the same fields for a service and for its organiser. */
export const contactFields = {
  phone: phone.optional(),
  /** When the phone is answered, e.g. "ma–pe klo 9–15". */
  phoneHours: localized(200).optional(),
  // The page and date a number was read from. A number goes in only with its page, and a
  // reader is told the year of an old one (npm run report:content counts the sourced ones).
  phoneSource: sourceSchema.optional(),
  email: email.optional(),
  web: webUrl.optional(),
};
