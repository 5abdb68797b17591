// Content collections. Every collection is loaded through validateCorpus, so the build reads
// content exactly as `npm run validate` does and stops, with the same messages, on any error.
// Services are checked with builtServiceSchema: loadValidContent() may have given a street
// address its point from imported address data (src/lib/addresses.ts), which it marks.
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import {
  builtServiceSchema,
  districtSchema,
  majorDistrictSchema,
  providerSchema,
  synonymSchema,
  themeSchema,
} from './schema';
import { loadValidContent } from './validation/fs';

const load =
  <K extends 'providers' | 'services' | 'districts' | 'majorDistricts'>(kind: K) =>
  async () =>
    loadValidContent()[kind];

export const collections = {
  providers: defineCollection({ loader: load('providers'), schema: providerSchema }),
  services: defineCollection({ loader: load('services'), schema: builtServiceSchema }),
  // The store sorts entries by id; `order` keeps the order editors gave in themes.yaml.
  themes: defineCollection({
    loader: async () => loadValidContent().themes.map((theme, order) => ({ ...theme, order })),
    schema: themeSchema.extend({ order: z.number() }),
  }),
  districts: defineCollection({ loader: load('districts'), schema: districtSchema }),
  majorDistricts: defineCollection({ loader: load('majorDistricts'), schema: majorDistrictSchema }),
  synonyms: defineCollection({
    loader: async () => loadValidContent().synonyms.map((s, i) => ({ id: String(i), ...s })),
    schema: synonymSchema.extend({ id: z.string() }),
  }),
};
