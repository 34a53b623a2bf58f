import { describe, expect, it } from 'vitest';
import { suggestedStart } from './plan-form.ts';

describe('a new plan’s suggested start', () => {
  it('is the next whole hour on the zone’s own clock, at least 30 minutes ahead', () => {
    // 06:31 in India (UTC+05:30): 07:01 is the earliest, so 08:00.
    expect(suggestedStart(Date.parse('2026-12-02T01:01:00Z'), 'Asia/Kolkata')).toEqual({
      date: '2026-12-02',
      time: '08:00',
    });
    // 23:30 in New York: exactly 30 minutes to midnight, which is the next day.
    expect(suggestedStart(Date.parse('2026-12-03T04:30:00Z'), 'America/New_York')).toEqual({
      date: '2026-12-03',
      time: '00:00',
    });
  });

  it('passes over an hour the clocks skip', () => {
    // 01:20 in Berlin on the night clocks go forward: 02:00 does not exist there, so 03:00.
    expect(suggestedStart(Date.parse('2027-03-28T00:20:00Z'), 'Europe/Berlin')).toEqual({
      date: '2027-03-28',
      time: '03:00',
    });
  });
});
