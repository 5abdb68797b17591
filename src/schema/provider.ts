import { z } from 'zod';
import { businessId, contactFields, localized, plainText, postalCode, slug, sourceSchema } from './common';

export const PROVIDER_TYPES = ['public', 'ngo', 'parish', 'private'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

// The organiser's general contact. A service page shows it, labelled as such, whenever the
// service has no contact of its own, so that no page ends without a way to ask.
export const providerContactSchema = z.strictObject({
  ...contactFields,
  address: z
    .strictObject({ street: plainText(120), postalCode: postalCode.optional(), city: plainText(40).default('Turku') })
    .optional(),
});
export type ProviderContact = z.output<typeof providerContactSchema>;

// An organisation that offers services (PTV "palveluntuottaja", HSDS "organization").
export const providerSchema = z.strictObject({
  id: slug,
  name: localized(120),
  type: z.enum(PROVIDER_TYPES),
  description: localized(400).optional(),
  contact: providerContactSchema.optional(),
  businessId: businessId.optional(),
  source: sourceSchema.optional(),
});
export type Provider = z.output<typeof providerSchema>;
