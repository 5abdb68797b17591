import { z } from 'zod';
import { businessId, email, localized, phone, slug, webUrl, isoDate } from './common';

export const PROVIDER_TYPES = ['public', 'ngo', 'parish', 'private'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

// An organisation that offers services (PTV "palveluntuottaja", HSDS "organization").
export const providerSchema = z.strictObject({
  id: slug,
  name: localized(120),
  type: z.enum(PROVIDER_TYPES),
  description: localized(400).optional(),
  website: webUrl.optional(),
  phone: phone.optional(),
  email: email.optional(),
  businessId: businessId.optional(),
  source: z.strictObject({ url: webUrl, date: isoDate }).optional(),
});
export type Provider = z.output<typeof providerSchema>;
