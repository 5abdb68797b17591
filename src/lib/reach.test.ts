import { describe, expect, it } from 'vitest';
import type { Provider, Service } from '../schema';
import { reachOf } from './reach';

const base = { join: undefined, locations: [], schedule: undefined } as unknown as Pick<
  Service,
  'contact' | 'join' | 'locations' | 'schedule'
>;
const provider = (contact?: Provider['contact']) => ({ contact }) as Pick<Provider, 'contact'>;

describe('reachOf', () => {
  it('prefers the service’s own number and adds nothing from the organiser when the service has it all', () => {
    const r = reachOf(
      { ...base, contact: { phone: '02 111 1111', email: 'a@b.fi' } },
      provider({ phone: '02 222 2222', web: 'https://x.fi/' }),
    );
    expect(r.call).toEqual({ phone: '02 111 1111', hours: undefined, organiser: false });
    expect(r.organiser).toBeUndefined();
    expect(r.ways).toEqual(['phone', 'email', 'web']);
  });
  it('lends the organiser’s number, labelled, to a service with only a web page', () => {
    const r = reachOf(
      { ...base, contact: { web: 'https://palvelu.fi/' } },
      provider({ phone: '02 222 2222', phoneHours: { fi: 'arkisin 9–15' }, email: 'toimisto@x.fi' }),
    );
    expect(r.call).toEqual({ phone: '02 222 2222', hours: { fi: 'arkisin 9–15' }, organiser: true });
    // The e-mail is not repeated: the service has a contact of its own.
    expect(r.organiser).toEqual({ phone: '02 222 2222', phoneHours: { fi: 'arkisin 9–15' } });
    expect(r.written).toEqual({ email: undefined, web: 'https://palvelu.fi/', organiser: false });
  });
  it('shows the organiser’s whole contact when the service has none', () => {
    const r = reachOf(base, provider({ email: 'toimisto@x.fi', web: 'https://x.fi/' }));
    expect(r.organiser).toEqual({ email: 'toimisto@x.fi', web: 'https://x.fi/' });
    expect(r.call).toBeUndefined();
    expect(r.written).toEqual({ email: 'toimisto@x.fi', web: 'https://x.fi/', organiser: true });
    expect(r.ways).toEqual(['email', 'web']);
  });
  it('counts a drop-in place with a street and a weekly time as a way to act, but not a district alone', () => {
    const walkIn = {
      ...base,
      join: { type: 'drop-in' },
      schedule: { weekly: [{ day: 'tue', start: '10:00' }] },
    } as unknown as Service;
    expect(reachOf({ ...walkIn, locations: [{ street: 'Katu 1' }] } as Service, provider()).ways).toEqual(['walk-in']);
    expect(reachOf({ ...walkIn, locations: [{ district: 'pansio' }] } as Service, provider()).ways).toEqual([]);
    expect(
      reachOf({ ...walkIn, join: { type: 'registration' }, locations: [{ street: 'Katu 1' }] } as Service, provider())
        .ways,
    ).toEqual([]);
  });
});
