import { describe, expect, it } from 'vitest';
import {
  formatInZone,
  instantToWall,
  isTimeZone,
  knownTimeZones,
  offsetLabel,
  wallToInstant,
} from './zoned-time.ts';

describe('wall times in a named zone', () => {
  it('turns a Berlin winter and summer wall time into the right instant, and back', () => {
    expect(wallToInstant({ date: '2026-01-15', time: '02:00' }, 'Europe/Berlin')).toEqual({
      ok: true,
      instant: Date.parse('2026-01-15T01:00:00Z'),
    });
    const summer = wallToInstant({ date: '2026-07-15', time: '02:00' }, 'Europe/Berlin');
    expect(summer).toEqual({ ok: true, instant: Date.parse('2026-07-15T00:00:00Z') });
    expect(instantToWall(Date.parse('2026-07-15T00:00:00Z'), 'Europe/Berlin')).toEqual({
      date: '2026-07-15',
      time: '02:00',
    });
  });

  it('works for zones behind UTC and with half-hour offsets', () => {
    expect(wallToInstant({ date: '2026-12-01', time: '23:30' }, 'America/New_York')).toEqual({
      ok: true,
      instant: Date.parse('2026-12-02T04:30:00Z'),
    });
    expect(offsetLabel(Date.parse('2026-12-01T00:00:00Z'), 'Asia/Kolkata')).toBe('UTC+05:30');
    expect(offsetLabel(Date.parse('2026-12-01T00:00:00Z'), 'America/New_York')).toBe('UTC−05:00');
    expect(offsetLabel(Date.parse('2026-12-01T00:00:00Z'), 'UTC')).toBe('UTC');
  });

  it('says in words that a time skipped by the clocks going forward does not exist', () => {
    const result = wallToInstant({ date: '2026-03-29', time: '02:30' }, 'Europe/Berlin');
    expect(result).toEqual({
      ok: false,
      problem:
        '02:30 does not exist on 2026-03-29 in Europe/Berlin: the clocks go forward that night, from just before 02:00 straight to 03:00 (UTC+01:00 → UTC+02:00). Choose a time before 02:00 or from 03:00.',
    });
  });

  it('takes the first of a time the clocks going back repeat, and says so', () => {
    const result = wallToInstant({ date: '2026-10-25', time: '02:30' }, 'Europe/Berlin');
    expect(result).toMatchObject({ ok: true, instant: Date.parse('2026-10-25T00:30:00Z') });
    expect(result.ok && result.repeated).toMatch(/happens twice.*first one is used \(UTC\+02:00\)/);
  });

  it('refuses dates that do not exist', () => {
    expect(wallToInstant({ date: '2026-02-30', time: '10:00' }, 'UTC')).toEqual({
      ok: false,
      problem: 'Enter a real date and time.',
    });
    expect(wallToInstant({ date: '2026-02-10', time: '24:00' }, 'UTC').ok).toBe(false);
  });

  it('formats an instant in a zone with its abbreviation, name and offset', () => {
    const text = formatInZone('2026-07-15T00:00:00Z', 'Europe/Berlin', 'en-GB');
    expect(text).toMatch(/15 Jul 2026.*02:00.*\(Europe\/Berlin, UTC\+02:00\)$/);
  });

  it('knows real zones, UTC included, and not made-up ones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(knownTimeZones()).toContain('UTC');
  });
});
