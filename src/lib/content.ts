// The site's read access to content: route files ask here and stay thin.
import { getCollection } from 'astro:content';
import { makeCatalog, type Catalog } from './catalog';

export * from './catalog';

let cached: Promise<Catalog> | undefined;

export function catalog(): Promise<Catalog> {
  cached ??= (async () => {
    const data = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
    return makeCatalog({
      services: data(await getCollection('services')),
      providers: data(await getCollection('providers')),
      themes: data(await getCollection('themes')).sort((a, b) => a.order - b.order),
      districts: data(await getCollection('districts')),
      majorDistricts: data(await getCollection('majorDistricts')),
      synonyms: data(await getCollection('synonyms')),
    });
  })();
  return cached;
}
