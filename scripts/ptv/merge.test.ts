import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Mapped } from './map';
import { endListing, PTV_OWNED, REMOVED_REASON, updateListing } from './merge';

const PTV = '10000000-0000-4000-a000-000000000001';
const mapped: Mapped = {
  ptv: PTV,
  title: { fi: 'Uusi nimi' },
  summary: { fi: 'Uusi tiivistelmä.' },
  channels: ['in-person'],
  locations: [{ name: 'Talo', street: 'Katu 1', postalCode: '20100', city: 'Turku' }],
  hours: { fi: 'ma klo 9–12' },
  contact: {},
  lastVerified: '2026-02-01',
  verifiedBy: 'ptv',
  source: {
    url: `https://api.palvelutietovaranto.suomi.fi/api/v11/Service/${PTV}`,
    date: '2026-02-01',
    title: 'Suomi.fi-palvelutietovaranto (PTV): Uusi nimi',
  },
  provider: 'turun-kaupunki',
  themes: ['neuvonta'],
};

const listing = `id: testi
title: { fi: Vanha nimi, sv: Gammalt namn }
summary:
  fi: Vanha.
description:
  fi: Toimittajan kuvaus. # käsin
provider: varsinais-suomen-hyvinvointialue
themes: [seura]
audience: ['65+']
channels: [phone]
locations:
  - name: Talo
    street: katu 1
    district: keskusta
    busLines: ['18']
contact:
  name: Neuvonta
  phone: 02 123 4567
  web: https://example.fi/
schedule:
  weekly:
    - { day: mon, start: '09:00', end: '12:00' }
  hours: { fi: vanha aika }
lastVerified: 2020-01-01
source:
  - url: https://example.fi/uutinen
    date: 2020-01-01
  - url: https://api.palvelutietovaranto.suomi.fi/api/v11/Service/${PTV}
    date: 2025-01-01
ptv: ${PTV}
`;

describe('updateListing', () => {
  const out = updateListing(listing, mapped);
  const s = parse(out);

  it('rewrites each field PTV owns', () => {
    expect(s.title).toEqual({ fi: 'Uusi nimi' });
    expect(s.summary).toEqual({ fi: 'Uusi tiivistelmä.' });
    expect(s.channels).toEqual(['in-person']);
    expect(s.schedule.hours).toEqual({ fi: 'ma klo 9–12' });
    expect(s.lastVerified).toBe('2026-02-01');
    expect(s.verifiedBy).toBe('ptv');
    // PTV has no phone or web page for it now: the editor's copies of PTV's facts go.
    expect(s.contact).toEqual({ name: 'Neuvonta' });
    // Only the PTV entry of source, in its place.
    expect(s.source).toEqual([{ url: 'https://example.fi/uutinen', date: '2020-01-01' }, mapped.source]);
  });

  it("keeps the editor's fields, comments and a place's own details", () => {
    expect(s.description).toEqual({ fi: 'Toimittajan kuvaus.' });
    expect(out).toContain('Toimittajan kuvaus. # käsin');
    expect(s.provider).toBe('varsinais-suomen-hyvinvointialue');
    expect(s.themes).toEqual(['seura']);
    expect(s.schedule.weekly).toEqual([{ day: 'mon', start: '09:00', end: '12:00' }]);
    // Same street (written differently): the district and bus lines stay with the place.
    expect(s.locations).toEqual([
      { name: 'Talo', street: 'Katu 1', postalCode: '20100', city: 'Turku', district: 'keskusta', busLines: ['18'] },
    ]);
  });

  it('puts a field the file lacks where the schema has it', () => {
    const keys = Object.keys(s);
    expect(keys.indexOf('verifiedBy')).toBe(keys.indexOf('lastVerified') + 1);
  });

  it('returns the text untouched when PTV says the same again', () => {
    expect(updateListing(out, mapped)).toBe(out);
  });

  it('leaves an up-to-date listing exactly as the editor laid it out (flow style, quotes, comments)', () => {
    const current = `id: testi
title: { fi: Uusi nimi } # PTV:stä
summary: { fi: Uusi tiivistelmä. }
provider: turun-kaupunki
themes: [neuvonta]
audience: ['65+']
channels: [in-person]
locations:
  - { name: Talo, street: Katu 1, postalCode: '20100', city: Turku, district: keskusta }
schedule: { hours: { fi: ma klo 9–12 } }
lastVerified: 2026-02-01
verifiedBy: ptv
ptv: ${PTV}
source:
  - { url: 'https://api.palvelutietovaranto.suomi.fi/api/v11/Service/${PTV}', date: 2026-02-01, title: 'Suomi.fi-palvelutietovaranto (PTV): Uusi nimi' }
`;
    expect(updateListing(current, mapped)).toBe(current);
  });
});

describe('endListing', () => {
  it('ends the listing, with PTV as the reason and the source', () => {
    const out = endListing(listing, {
      ptv: PTV,
      since: '2026-03-05',
      name: 'Vanha nimi',
      api: 'https://api.palvelutietovaranto.suomi.fi/api/v11',
    });
    const s = parse(out);
    expect(Object.keys(s).slice(0, 2)).toEqual(['id', 'status']);
    expect(s.status).toBe('ended');
    expect(s.statusNote).toEqual({ since: '2026-03-05', reason: REMOVED_REASON });
    expect(s.source[1]).toEqual({
      url: `https://api.palvelutietovaranto.suomi.fi/api/v11/Service/${PTV}`,
      date: '2026-03-05',
      title: 'Suomi.fi-palvelutietovaranto (PTV): Vanha nimi',
    });
    expect(s.title).toEqual({ fi: 'Vanha nimi', sv: 'Gammalt namn' });
  });
});

describe('PTV_OWNED', () => {
  it('is the list docs/ptv.md gives', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'ptv.md'), 'utf8');
    const listed = /<!-- PTV_OWNED -->([\s\S]*?)<!-- \/PTV_OWNED -->/.exec(doc)?.[1] ?? '';
    const fields = [...listed.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]);
    expect(fields).toEqual([...PTV_OWNED]);
  });
});
