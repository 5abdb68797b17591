import { z } from 'zod';
import { coordinates, localized, plainText, slug } from './common';

// Icons are drawn by the site (src/components/Icon.astro); a theme may only name one of them.
export const ICONS = [
  'walk',
  'chat',
  'home',
  'hands',
  'brain',
  'heart',
  'book',
  'device',
  'food',
  'health',
  'house',
  'bus',
  'info',
] as const;

export const themeSchema = z.strictObject({
  id: slug,
  name: localized(60),
  description: localized(300),
  icon: z.enum(ICONS),
  // Everyday words people type when they look for this theme ("jumppa", "siivous").
  synonyms: z.strictObject({
    fi: z.array(plainText(40)).default([]),
    sv: z.array(plainText(40)).default([]),
    en: z.array(plainText(40)).default([]),
  }),
});
export type Theme = z.output<typeof themeSchema>;

export const majorDistrictSchema = z.strictObject({
  id: slug,
  name: z.strictObject({ fi: plainText(60), sv: plainText(60) }),
});
export type MajorDistrict = z.output<typeof majorDistrictSchema>;

export const districtSchema = z.strictObject({
  id: slug,
  code: z.string().regex(/^\d{3}$/, { message: 'A district code has three digits, e.g. 085' }),
  name: z.strictObject({ fi: plainText(60), sv: plainText(60) }),
  majorDistrict: slug,
  // A representative point inside the district: where its label and "somewhere in X" go.
  point: coordinates,
  postalCodes: z.array(z.string().regex(/^\d{5}$/)).default([]),
});
export type District = z.output<typeof districtSchema>;

// Everyday words that should find a service even when they appear nowhere in it.
export const synonymSchema = z.strictObject({
  words: z.array(plainText(40)).min(1),
  means: z.array(plainText(40)).min(1),
  lang: z.enum(['fi', 'sv', 'en']).default('fi'),
});
export type Synonym = z.output<typeof synonymSchema>;
