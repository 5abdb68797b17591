// A listing not checked for this many months is marked on its page and reported to editors.
export const STALE_AFTER_MONTHS = 12;

export function monthsBetween(fromIso: string, to: Date): number {
  const from = new Date(`${fromIso}T00:00:00Z`);
  return (
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 +
    (to.getUTCMonth() - from.getUTCMonth()) -
    (to.getUTCDate() < from.getUTCDate() ? 1 : 0)
  );
}

export function isStale(lastVerified: string, now: Date = new Date()): boolean {
  return monthsBetween(lastVerified, now) >= STALE_AFTER_MONTHS;
}

/** The first day on which a listing checked on `lastVerified` counts as stale (ISO date). */
export function staleFrom(lastVerified: string): string {
  const [y, m, d] = lastVerified.split('-').map(Number);
  // Date.UTC rolls 29 February over to 1 March, which is when monthsBetween first reaches 12.
  return new Date(Date.UTC(y, m - 1 + STALE_AFTER_MONTHS, d)).toISOString().slice(0, 10);
}
