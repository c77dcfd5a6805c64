import { describe, expect, it } from 'vitest';
import { usStateCodes } from '../common/us-states.js';
import { defaultTimeZone, timeZoneOfState } from './state-time-zones.js';
import { addHours, dateInZone, formatInZone, instantOf, isTimeZone } from './zoned-time.js';

describe('72-hour limits run on continuous clock time (29 CFR 2560.503-1(i)(2)(i); 45 CFR 147.136(d)(3))', () => {
  it('ends at 16:00 when DST begins inside the window, because 72 real hours passed', () => {
    // Daylight saving time began Sunday, 2026-03-08 in New York: the clock lost an hour.
    expect(addHours('2026-03-06T15:00', 72, 'America/New_York')).toBe('2026-03-09T16:00:00-04:00');
  });

  it('ends at 11:00 when DST ends inside the window', () => {
    // Daylight saving time ended Sunday, 2026-11-01 in Chicago: the clock gained an hour.
    expect(addHours('2026-10-30T12:00', 72, 'America/Chicago')).toBe('2026-11-02T11:00:00-06:00');
  });

  it('starts from an instant written with its offset, whatever zone it is shown in', () => {
    expect(addHours('2026-03-06T15:00:00-05:00', 72, 'America/New_York')).toBe(
      '2026-03-09T16:00:00-04:00',
    );
    expect(addHours('2026-03-06T20:00:00Z', 72, 'Asia/Kolkata')).toBe('2026-03-10T01:30:00+05:30');
    expect(addHours('2026-03-06T20:00:00.000Z', 0, 'America/Los_Angeles')).toBe(
      '2026-03-06T12:00:00-08:00',
    );
  });

  it('runs through weekends and holidays: 72 hours from Friday before Christmas is Monday', () => {
    expect(addHours('2026-12-25T09:00', 72, 'America/Denver')).toBe('2026-12-28T09:00:00-07:00');
  });

  it('refuses a start that is not a date-time, or a number of hours that is not finite', () => {
    expect(() => addHours('2026-03-06', 72, 'America/New_York')).toThrow(RangeError);
    expect(() => addHours('2026-03-06T15:00', Number.NaN, 'America/New_York')).toThrow(RangeError);
  });
});

describe('showing an instant in the person’s time zone', () => {
  const threePmInNewYorkMarch9 = Date.UTC(2026, 2, 9, 19, 0);

  it('writes the zone’s own offset, minutes included', () => {
    expect(formatInZone(threePmInNewYorkMarch9, 'America/New_York')).toBe(
      '2026-03-09T15:00:00-04:00',
    );
    expect(formatInZone(Date.UTC(2026, 2, 9, 9, 30), 'Asia/Kolkata')).toBe(
      '2026-03-09T15:00:00+05:30',
    );
    expect(formatInZone(Date.UTC(2026, 2, 9, 1, 0), 'Pacific/Kiritimati')).toBe(
      '2026-03-09T15:00:00+14:00',
    );
    expect(formatInZone(Date.UTC(2026, 0, 1, 0, 0), 'UTC')).toBe('2026-01-01T00:00:00+00:00');
    expect(formatInZone(Date.UTC(2026, 0, 1, 0, 0, 59, 999), 'UTC')).toBe(
      '2026-01-01T00:00:59+00:00',
    );
  });

  it('gives the date as the person’s calendar shows it, which may differ from the server’s', () => {
    const elevenUtc = Date.UTC(2026, 2, 9, 11, 0);
    expect(dateInZone(elevenUtc, 'Pacific/Kiritimati')).toBe('2026-03-10');
    expect(dateInZone(elevenUtc, 'Pacific/Honolulu')).toBe('2026-03-09');
    expect(dateInZone(Date.UTC(2026, 2, 10, 3, 59), 'America/Los_Angeles')).toBe('2026-03-09');
  });
});

describe('reading a wall-clock time in a zone', () => {
  it('finds the instant of an ordinary local time', () => {
    expect(instantOf('2026-03-06T15:00', 'America/New_York')).toBe(Date.UTC(2026, 2, 6, 20, 0));
    expect(instantOf('2026-07-01T08:15:30', 'Asia/Kolkata')).toBe(Date.UTC(2026, 6, 1, 2, 45, 30));
  });

  it('moves a time inside the spring-forward gap forward by the gap (02:30 → 03:30 EDT)', () => {
    const instant = instantOf('2026-03-08T02:30', 'America/New_York');
    expect(instant).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(formatInZone(instant, 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
    // Lord Howe Island springs forward by only 30 minutes (02:00 → 02:30).
    expect(
      formatInZone(instantOf('2026-10-04T02:15', 'Australia/Lord_Howe'), 'Australia/Lord_Howe'),
    ).toBe('2026-10-04T02:45:00+11:00');
  });

  it('takes the earlier of the two instants of a time repeated at fall-back', () => {
    expect(instantOf('2026-11-01T01:30', 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 5, 30));
    // An hour later the clock reads 01:30 again, now in standard time.
    expect(addHours('2026-11-01T01:30', 1, 'America/Chicago')).toBe('2026-11-01T01:30:00-06:00');
  });

  it('handles a whole skipped day (Samoa moved across the date line on 2011-12-30)', () => {
    expect(formatInZone(instantOf('2011-12-30T12:00', 'Pacific/Apia'), 'Pacific/Apia')).toBe(
      '2011-12-31T12:00:00+14:00',
    );
  });

  it('refuses text that is not a real wall-clock time', () => {
    for (const bad of [
      '2026-02-30T10:00',
      '2026-03-06 15:00',
      '2026-03-06T24:00',
      '2026-03-06T15:60',
    ]) {
      expect(() => instantOf(bad, 'America/New_York'), bad).toThrow(RangeError);
    }
  });
});

describe('time zones', () => {
  it('knows IANA zone names and nothing else', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Pacific/Kiritimati')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('+05:30')).toBe(false);
  });

  it('has a real zone for every state, DC and territory, and a real default', () => {
    const invalid = usStateCodes.filter((code) => !isTimeZone(timeZoneOfState[code]));
    expect(invalid).toEqual([]);
    expect(Object.keys(timeZoneOfState).sort()).toEqual([...usStateCodes].sort());
    expect(isTimeZone(defaultTimeZone)).toBe(true);
    expect(timeZoneOfState.PR).toBe('America/Puerto_Rico');
  });
});
