import { describe, expect, it } from 'vitest';
import { isStale, monthsBetween } from './stale';

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
});
