// Builds small in-memory content folders for tests: the real taxonomy files plus whatever
// providers and services a test writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { SourceFile } from './corpus';

const root = join(import.meta.dirname, '../..');
const taxonomy = [
  'content/themes.yaml',
  'content/districts.yaml',
  'content/major-districts.yaml',
  'content/synonyms.yaml',
  'content/plain-language-allow.yaml',
].map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));

export const goodProvider = {
  id: 'esimerkkiyhdistys',
  name: { fi: 'Esimerkkiyhdistys ry' },
  type: 'ngo',
};

export const goodService = {
  id: 'tuolijumppa',
  title: { fi: 'Tuolijumppa', sv: 'Stolgympa' },
  summary: { fi: 'Kevyttä jumppaa tuolilla istuen. Sopii kaikille.' },
  provider: 'esimerkkiyhdistys',
  themes: ['liikunta'],
  audience: ['65+'],
  cost: { type: 'free' },
  join: { type: 'drop-in' },
  locations: [
    {
      name: 'Olohuone',
      street: 'Katu 1',
      postalCode: '20360',
      district: 'runosmaki',
      coordinates: { lat: 60.49, lon: 22.25 },
    },
  ],
  schedule: { weekly: [{ day: 'tue', start: '10:00', end: '11:00' }] },
  contact: { phone: '02 123 4567', email: 'info@example.fi', web: 'https://example.fi/' },
  lastVerified: '2025-01-15',
  source: [{ url: 'https://example.fi/', date: '2025-01-15' }],
};

export function corpus(
  opts: { services?: Record<string, unknown>[]; providers?: Record<string, unknown>[]; extra?: SourceFile[] } = {},
): SourceFile[] {
  const providers = opts.providers ?? [goodProvider];
  const services = opts.services ?? [goodService];
  return [
    ...taxonomy,
    ...providers.map((p) => ({ path: `content/providers/${String(p.id)}.yaml`, text: stringify(p) })),
    ...services.map((s) => ({ path: `content/services/${String(s.id)}.yaml`, text: stringify(s) })),
    ...(opts.extra ?? []),
  ];
}
