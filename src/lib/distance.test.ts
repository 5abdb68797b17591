import { describe, expect, it } from 'vitest';
import { distanceKm, orderByDistance } from './distance';

const cathedral = { lat: 60.4527, lon: 22.2782 };
const market = { lat: 60.4518, lon: 22.2666 };
const varissuo = { lat: 60.4436, lon: 22.3561 };

describe('distance ordering', () => {
  it('measures short distances in Turku', () => {
    expect(distanceKm(cathedral, market)).toBeCloseTo(0.64, 1);
    expect(distanceKm(cathedral, varissuo)).toBeGreaterThan(4);
  });
  it('orders nearest first and puts unknown places last in their original order', () => {
    const items = [{ n: 'far', p: varissuo }, { n: 'x' }, { n: 'near', p: market }, { n: 'y' }];
    expect(orderByDistance(items, cathedral, (i) => i.p).map((i) => i.n)).toEqual(['near', 'far', 'x', 'y']);
  });
  it('puts services in the chosen district first', () => {
    const items = [
      { n: 'near', p: market, d: 'i' },
      { n: 'far-but-mine', p: varissuo, d: 'varissuo' },
    ];
    expect(
      orderByDistance(
        items,
        cathedral,
        (i) => i.p,
        (i) => i.d === 'varissuo',
      ).map((i) => i.n),
    ).toEqual(['far-but-mine', 'near']);
  });
});
