import { describe, expect, it } from 'vitest';
import type { ServiceLocation } from '../schema';
import { placeLine } from './place';

const words = { somewhereIn: (d: string) => `somewhere in ${d}`, askProvider: 'Ask the provider.' };
const names: Record<string, string> = { runosmaki: 'Runosmäki' };
const line = (loc: Partial<ServiceLocation>) =>
  placeLine({ city: 'Turku', accessibility: [], busLines: [], ...loc } as ServiceLocation, (id) => names[id], words);

describe('a place written out', () => {
  it('gives the full street address when there is one', () => {
    expect(line({ name: 'Library', street: 'Linnankatu 2', postalCode: '20100', district: 'runosmaki' })).toBe(
      'Library, Linnankatu 2, 20100 Turku',
    );
  });
  it('says only "somewhere in" a district, never a made-up address', () => {
    expect(line({ name: 'Living room', district: 'runosmaki' })).toBe('Living room: somewhere in Runosmäki');
  });
  it('sends the reader to the provider when even the district is unknown', () => {
    expect(line({ district: 'nowhere' })).toBe('Turku. Ask the provider.');
  });
});
