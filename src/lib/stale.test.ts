import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStale, monthsBetween, staleFrom } from './stale';

describe('stale listings', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2024-03-15', new Date('2025-03-14T00:00:00Z'))).toBe(11);
    expect(monthsBetween('2024-03-15', new Date('2025-03-15T00:00:00Z'))).toBe(12);
  });
  it('marks a listing not checked for 12 months', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    expect(isStale('2025-11-22', now)).toBe(true);
    expect(isStale('2026-01-01', now)).toBe(false);
  });
  it('names the first stale day, the same day isStale turns', () => {
    expect(staleFrom('2025-03-05')).toBe('2026-03-05');
    expect(staleFrom('2024-02-29')).toBe('2025-03-01');
    const day = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (verified) => {
        const first = new Date(`${staleFrom(verified)}T00:00:00Z`);
        return isStale(verified, first) && !isStale(verified, new Date(first.getTime() - 86_400_000));
      }),
    );
  });
});
