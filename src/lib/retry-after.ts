/**
 * Seconds to wait, from a `Retry-After` value: either delta-seconds ("12") or a date. HTTP uses an
 * IMF-fixdate; Rackspace's `retryAt` body field uses an ISO date, which Date.parse reads as well.
 */
export function parseRetryAfter(value: string | number | null | undefined, now = Date.now()) {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  // A date in the past means "now"; round up so we never come back a moment too early.
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** "12 seconds", "1 second", "3 minutes": a wait a person can read at a glance. */
export function formatWait(seconds: number) {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
