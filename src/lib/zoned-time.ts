/**
 * Wall-clock times in a named (IANA) time zone, with the browser's own Intl data and no library.
 * A scheduled start is typed as a date and a time *in a zone* (the admin's maintenance window is
 * "Sunday 02:00 in Berlin", whatever the browser's zone), and sent as an instant.
 */

/** A date and time as a clock on the wall shows it: `2026-03-29`, `02:30`. */
export interface WallTime {
  date: string;
  time: string;
}

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;
const wallDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const wallClock = /^([01]\d|2[0-3]):([0-5]\d)$/;

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(zone: string) {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partsFormats.set(zone, format);
  }
  return format;
}

/** Whether the browser knows this IANA zone name. */
export function isTimeZone(zone: string): boolean {
  try {
    partsFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/** The browser's own zone, e.g. `Europe/Berlin`. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Every zone the browser knows, with `UTC` (which some engines list only as an alias). */
export function knownTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** The wall clock in `zone` at `instant` (ms since the epoch). */
export function instantToWall(instant: number, zone: string): WallTime {
  const parts = Object.fromEntries(
    partsFormat(zone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** The wall time read as if it were UTC, in ms; NaN when it is not a real date and time. */
function wallAsUtc({ date, time }: WallTime): number {
  const d = wallDate.exec(date);
  const t = wallClock.exec(time);
  if (!d || !t) return NaN;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const utc = Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2]));
  // Date.UTC rolls 31 February over into March; such a date does not exist.
  return new Date(utc).getUTCDate() === day ? utc : NaN;
}

/** Minutes `zone` is ahead of UTC at `instant`: 60 for Berlin in winter, −300 for New York. */
export function offsetMinutes(instant: number, zone: string): number {
  const flooredInstant = Math.floor(instant / minuteMs) * minuteMs;
  return (wallAsUtc(instantToWall(flooredInstant, zone)) - flooredInstant) / minuteMs;
}

/** `UTC+01:00`, `UTC−05:00`, `UTC+05:30`; `UTC` itself for no offset. */
export function offsetLabel(instant: number, zone: string): string {
  const minutes = offsetMinutes(instant, zone);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

/** The first instant of the zone's offset change between `from` and `to` (at most one change). */
function transitionBetween(from: number, to: number, zone: string): number {
  const before = offsetMinutes(from, zone);
  let [low, high] = [from, to];
  while (high - low > minuteMs) {
    const middle = Math.floor((low + high) / 2 / minuteMs) * minuteMs;
    if (offsetMinutes(middle, zone) === before) low = middle;
    else high = middle;
  }
  return high;
}

export type WallToInstant =
  | {
      ok: true;
      instant: number;
      /** Set when the clocks went back and this wall time happened twice: which one is meant. */
      repeated?: string;
    }
  | { ok: false; problem: string };

/**
 * The instant a wall time in `zone` names. A time the clocks skip (spring forward) names none:
 * that is said in words, with the times around the gap. A time the clocks repeat (fall back)
 * names two: the first is taken, and `repeated` says so.
 */
export function wallToInstant(wall: WallTime, zone: string): WallToInstant {
  const asUtc = wallAsUtc(wall);
  if (Number.isNaN(asUtc)) return { ok: false, problem: 'Enter a real date and time.' };
  // A zone changes its offset at most once in two days, so the offsets a day either side are
  // the only candidates.
  const offsets = [...new Set([asUtc - dayMs, asUtc + dayMs].map((at) => offsetMinutes(at, zone)))];
  const matches = offsets
    .map((offset) => asUtc - offset * minuteMs)
    .filter((instant) => {
      const back = instantToWall(instant, zone);
      return back.date === wall.date && back.time === wall.time;
    })
    .sort((a, b) => a - b);
  const [first, second] = matches;
  if (first !== undefined && second !== undefined && first !== second) {
    return {
      ok: true,
      instant: first,
      repeated: `${wall.time} happens twice on ${wall.date} in ${zone}, because the clocks go back that night. The first one is used (${offsetLabel(first, zone)}); to mean the second, pick a time after the change.`,
    };
  }
  if (first !== undefined) return { ok: true, instant: first };
  const change = transitionBetween(asUtc - dayMs, asUtc + dayMs, zone);
  const skippedFrom = instantToWall(change - minuteMs, zone);
  const resumesAt = instantToWall(change, zone);
  return {
    ok: false,
    problem: `${wall.time} does not exist on ${wall.date} in ${zone}: the clocks go forward that night, from just before ${addMinute(skippedFrom.time)} straight to ${resumesAt.time} (${offsetLabel(change - minuteMs, zone)} → ${offsetLabel(change, zone)}). Choose a time before ${addMinute(skippedFrom.time)} or from ${resumesAt.time}.`,
  };
}

/** 01:59 → 02:00: the wall time the clocks would have shown next, had they not jumped. */
function addMinute(time: string): string {
  const [h, m] = time.split(':').map(Number);
  const total = (h! * 60 + m! + 1) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * An instant as read in `zone`, always naming the zone and its offset so nobody mistakes it
 * for their own clock: "Sun, 29 Mar 2026, 03:30 CEST (Europe/Berlin, UTC+02:00)".
 */
export function formatInZone(instant: number | string, zone: string, locale?: string): string {
  const at = typeof instant === 'string' ? Date.parse(instant) : instant;
  const text = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
  return `${text} (${zone}, ${offsetLabel(at, zone)})`;
}
