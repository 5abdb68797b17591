// A service page as schema.org JSON-LD, for search engines and other machines that read
// pages. Pure: the page passes the listing, its organiser and where the site lives.
//
// Only what the listing says is stated; nothing is guessed. Weekly times are given as
// opening hours only while the listing is current (the 12-month rule in stale.ts), the same
// rule that keeps an old timetable from reading as this week's on the page.
import type { District, Lang, Provider, Service } from '../schema';
import { pick, t } from '../i18n';
import { districtIdsOf } from './catalog';
import { telHref } from './phone';
import { reachOf } from './reach';
import { routes } from './routes';
import { isStale } from './stale';

type Json = { [key: string]: unknown };

const DAY_URI = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
} as const;

export interface StructuredDataContext {
  lang: Lang;
  /** The site's address (Astro's `site`): every URL in the data is absolute. */
  site: string | URL;
  districtById: Map<string, District>;
  themeName?: (id: string) => string | undefined;
  /** When the data is made: decides whether the weekly times are still current. */
  now?: Date;
}

/** '02 262 6000' → '+35822626000': the international form machines expect. */
const international = (phone: string) => telHref(phone).slice('tel:'.length);

function organisation(provider: Provider, lang: Lang, site: string | URL): Json {
  const c = provider.contact;
  const address = c?.address && {
    '@type': 'PostalAddress',
    streetAddress: c.address.street,
    postalCode: c.address.postalCode,
    addressLocality: c.address.city,
    addressCountry: 'FI',
  };
  return {
    '@type': provider.type === 'public' ? 'GovernmentOrganization' : 'Organization',
    '@id': new URL(`${routes.provider(lang, provider.id)}#organization`, site).href,
    name: pick(provider.name, lang).text,
    url: c?.web,
    telephone: c?.phone && international(c.phone),
    email: c?.email,
    address,
  };
}

/** The service described for machines, as one schema.org `Service` (or `GovernmentService`). */
export function serviceJsonLd(service: Service, provider: Provider, ctx: StructuredDataContext): Json {
  const { lang, site, districtById } = ctx;
  const d = t(lang);
  const url = new URL(routes.service(lang, service.id), site).href;
  const reach = reachOf(service, provider);
  const languages = service.languages;
  const city = { '@type': 'City', name: lang === 'sv' ? 'Åbo' : 'Turku' };
  const districts = districtIdsOf(service)
    .map((id) => districtById.get(id))
    .filter((x): x is District => !!x)
    .map((x) => ({ '@type': 'Place', name: x.name[lang === 'sv' ? 'sv' : 'fi'], containedInPlace: city }));

  const channels: Json[] = [];
  // The phone the page's call button uses (the organiser's when the service has none) and
  // the web page the page links to, the service's own first.
  const web = reach.own.web ?? reach.organiser?.web;
  if (reach.call || web)
    channels.push({
      '@type': 'ServiceChannel',
      serviceUrl: web,
      servicePhone: reach.call && {
        '@type': 'ContactPoint',
        telephone: international(reach.call.phone),
        hoursAvailable: reach.call.hours && {
          '@type': 'OpeningHoursSpecification',
          description: pick(reach.call.hours, lang).text,
        },
        availableLanguage: languages,
      },
      availableLanguage: languages,
    });
  for (const loc of service.locations) {
    // A district alone is not a place to go to: it is already in areaServed.
    if (!loc.street && !loc.coordinates) continue;
    const district = loc.district ? districtById.get(loc.district) : undefined;
    channels.push({
      '@type': 'ServiceChannel',
      serviceLocation: {
        '@type': 'Place',
        name: loc.name,
        address: loc.street && {
          '@type': 'PostalAddress',
          streetAddress: loc.street,
          postalCode: loc.postalCode,
          addressLocality: loc.city,
          addressCountry: 'FI',
        },
        geo: loc.coordinates && {
          '@type': 'GeoCoordinates',
          latitude: loc.coordinates.lat,
          longitude: loc.coordinates.lon,
        },
        containedInPlace: district && { '@type': 'Place', name: district.name[lang === 'sv' ? 'sv' : 'fi'] },
      },
      availableLanguage: languages,
    });
  }

  const schedule = service.schedule;
  const current = !isStale(service.lastVerified, ctx.now ?? new Date());
  const hours =
    current && service.status === 'active'
      ? (schedule?.weekly ?? []).map((s) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: DAY_URI[s.day],
          opens: s.start,
          closes: s.end,
          validFrom: schedule?.validFrom,
          validThrough: schedule?.validUntil,
          description: s.note && pick(s.note, lang).text,
        }))
      : [];

  // Only what a source says: "free" is a price of 0 €; any other cost is described in words.
  const cost = service.cost;
  const offers = cost && {
    '@type': 'Offer',
    price: cost.type === 'free' ? 0 : undefined,
    priceCurrency: cost.type === 'free' ? 'EUR' : undefined,
    description: [d.cost[cost.type], cost.price && pick(cost.price, lang).text].filter(Boolean).join('. '),
  };

  return prune({
    '@context': 'https://schema.org',
    '@type': provider.type === 'public' ? 'GovernmentService' : 'Service',
    '@id': `${url}#service`,
    name: pick(service.title, lang).text,
    description: pick(service.summary, lang).text,
    url,
    serviceType: ctx.themeName && service.themes.map(ctx.themeName).filter(Boolean).join(', '),
    provider: organisation(provider, lang, site),
    areaServed: [city, ...districts],
    availableChannel: channels,
    hoursAvailable: hours,
    offers,
    // A Service has no date of its own in schema.org: when its facts were last checked is a
    // property of the page that describes it.
    mainEntityOfPage: {
      '@type': 'WebPage',
      '@id': url,
      inLanguage: lang,
      dateModified: service.lastVerified,
      lastReviewed: service.lastVerified,
    },
  }) as Json;
}

/** Drops undefined values, empty strings and empty arrays, so that no empty property is stated. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p === undefined || p === '' || (Array.isArray(p) && p.length === 0)) continue;
      out[k] = p;
    }
    return out;
  }
  return value;
}

/**
 * JSON for the inside of a `<script type="application/ld+json">` block. Listing text comes
 * from outside the team: `<`, `>` and `&` are written as \u escapes (still the same JSON
 * string), so no text can close the block ("</script>") or open a comment ("<!--"). U+2028
 * and U+2029 are escaped too, for readers that treat JSON as JavaScript.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
