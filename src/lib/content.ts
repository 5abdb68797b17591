// The site's read access to content: route files ask here and stay thin.
import { getCollection } from 'astro:content';
import type { District, Lang, MajorDistrict, Provider, Service, Synonym, Theme } from '../schema';
import { pick } from '../i18n';

const collator = new Intl.Collator('fi');

export type Catalog = {
  services: Service[];
  /** Services people can still use: not ended. */
  live: Service[];
  providers: Map<string, Provider>;
  themes: Theme[];
  themeById: Map<string, Theme>;
  districts: District[];
  districtById: Map<string, District>;
  majorDistricts: MajorDistrict[];
  synonyms: Synonym[];
};

let cached: Promise<Catalog> | undefined;

export function catalog(): Promise<Catalog> {
  cached ??= (async () => {
    const data = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
    const services = data(await getCollection('services'));
    const providers = data(await getCollection('providers'));
    const themes = data(await getCollection('themes'));
    const districts = data(await getCollection('districts')).sort((a, b) => collator.compare(a.name.fi, b.name.fi));
    const majorDistricts = data(await getCollection('majorDistricts'));
    const synonyms = data(await getCollection('synonyms'));
    return {
      services,
      live: services.filter((s) => s.status !== 'ended'),
      providers: new Map(providers.map((p) => [p.id, p])),
      themes,
      themeById: new Map(themes.map((x) => [x.id, x])),
      districts,
      districtById: new Map(districts.map((d) => [d.id, d])),
      majorDistricts,
      synonyms,
    };
  })();
  return cached;
}

export function sortByTitle(services: Service[], lang: Lang): Service[] {
  return [...services].sort((a, b) => collator.compare(pick(a.title, lang).text, pick(b.title, lang).text));
}

export const compareText = collator.compare;

export function servicesInDistrict(services: Service[], districtId: string): Service[] {
  return services.filter((s) => s.locations.some((l) => l.district === districtId));
}

/** Services without a place: phone, online or home visits reach every district. */
export function citywideServices(services: Service[]): Service[] {
  return services.filter((s) => s.locations.length === 0);
}
