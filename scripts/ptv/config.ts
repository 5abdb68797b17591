// scripts/ptv/config.yaml: which organisations are read, which services count as relevant to
// people aged 65+, and how PTV's service classes become our themes (docs/ptv.md).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { isBusinessId } from '../../src/schema/common';
import { PTV_API } from './client';

const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a PTV id (a lower-case UUID)');
const code = z.string().regex(/^[A-Z]+\d+(?:\.\d+)*$/, 'expected a code such as KR1.1 or P4.2');

export const configSchema = z.strictObject({
  api: z.url().default(PTV_API),
  timeoutSeconds: z.number().positive().max(300).default(30),
  organisations: z
    .array(
      z.strictObject({
        /** Our provider id (content/providers/<provider>.yaml). */
        provider: z.string().min(1),
        name: z.string().optional(),
        /** The organisation's PTV id; null until someone fills it in. */
        id: uuid.nullable(),
        /** The business id (Y-tunnus): PTV's `code` parameter, used when there is no PTV id. */
        businessId: z.string().refine(isBusinessId, 'not a valid business id (Y-tunnus)').nullish(),
      }),
    )
    .min(1),
  relevant: z.strictObject({
    targetGroups: z.array(code).default([]),
    serviceClasses: z.array(code).default([]),
  }),
  allow: z
    .array(uuid)
    .nullish()
    .transform((v) => v ?? []),
  deny: z
    .array(uuid)
    .nullish()
    .transform((v) => v ?? []),
  themes: z.record(code, z.string()).default({}),
  defaultTheme: z.string(),
});
export type PtvConfig = z.output<typeof configSchema>;
export type PtvOrganisation = PtvConfig['organisations'][number];

export class ConfigError extends Error {}

export function readConfig(file: string): PtvConfig {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`${file}: cannot be read: ${e instanceof Error ? e.message : e}`);
  }
  const r = configSchema.safeParse(raw);
  if (!r.success)
    throw new ConfigError(
      `${file}: ` + r.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; '),
    );
  return r.data;
}

/** Organisations the importer cannot ask for: neither a PTV id nor a business id. */
export function unusableOrganisations(config: PtvConfig): PtvOrganisation[] {
  return config.organisations.filter((o) => !o.id && !o.businessId);
}
