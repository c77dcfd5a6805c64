import { describe, expect, it } from 'vitest';
import { addDays, dateOfEpochDay, daysFromTo, epochDayOf, isIsoDate } from './dates.js';

describe('calendar dates', () => {
  it('accepts real dates written YYYY-MM-DD and nothing else', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '04/01/2026', '2026-4-1', '']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('adds calendar days across month, year and daylight-saving changes', () => {
    expect(addDays('2026-10-01', 180)).toBe('2027-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-11-01', 0)).toBe('2026-11-01');
  });

  it(`gives the same answer in this process's time zone (${process.env.TZ ?? 'unset'})`, () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ ?? 'UTC');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('converts every day from 1899 to 2101 to a day number and back, as Date.UTC counts them', () => {
    const dayMs = 86_400_000;
    for (let ms = Date.UTC(1899, 0, 1); ms <= Date.UTC(2101, 11, 31); ms += dayMs) {
      const date = new Date(ms).toISOString().slice(0, 10);
      expect(epochDayOf(date)).toBe(ms / dayMs);
      if (dateOfEpochDay(ms / dayMs) !== date) expect(dateOfEpochDay(ms / dayMs)).toBe(date);
    }
    expect(daysFromTo('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysFromTo('2027-01-06', '2026-11-27')).toBe(-40);
  });
});
