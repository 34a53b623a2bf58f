/**
 * Generated data is anchored to a fixed instant rather than the clock, so one seed always produces
 * byte-identical timestamps. Endpoints that need "now" (token expiry) use the server clock instead.
 */
export const DATASET_REFERENCE_TIME = Date.UTC(2026, 10, 20, 15, 0, 0);

const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** RFC 3339 with whole seconds, e.g. `2026-11-20T15:00:00Z` (the `Formatted*` fields). */
export function toRfc3339(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The US-locale style of the plain Citrix `*Time` fields, e.g. `11/16/2020 2:01:04 PM`. */
export function toCitrixLocaleTime(epochMs: number): string {
  const d = new Date(epochMs);
  const hours = d.getUTCHours();
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
  return `${date} ${twelve}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'}`;
}
