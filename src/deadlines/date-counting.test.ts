import { describe, expect, it } from 'vitest';
import { addDays } from '../common/dates.js';
import {
  addBusinessDays,
  addCalendarMonths,
  dayOfWeek,
  daysBetween,
  isBusinessDay,
  isWeekend,
  nextBusinessDay,
} from './date-counting.js';

describe('days of the week', () => {
  it('numbers days from Sunday = 0, whatever the process time zone', () => {
    expect(dayOfWeek('2026-03-08')).toBe(0); // Sunday
    expect(dayOfWeek('2026-03-09')).toBe(1);
    expect(dayOfWeek('2026-07-04')).toBe(6); // Saturday
    expect(dayOfWeek('2024-02-29')).toBe(4);
  });

  it('counts Saturdays, Sundays and federal holidays out of business days', () => {
    expect(isWeekend('2026-01-17')).toBe(true);
    expect(isWeekend('2026-01-19')).toBe(false);
    expect(isBusinessDay('2026-01-19')).toBe(false); // MLK Day
    expect(isBusinessDay('2026-07-03')).toBe(false); // Independence Day, observed
    expect(isBusinessDay('2026-01-20')).toBe(true);
  });
});

describe('a last day on a weekend or federal holiday moves to the next business day (45 CFR 147.136(d)(2)(i))', () => {
  it('keeps a business day as it is', () => {
    expect(nextBusinessDay('2026-03-10')).toBe('2026-03-10');
  });

  it('rolls a Saturday over the weekend to Monday', () => {
    expect(nextBusinessDay('2026-03-14')).toBe('2026-03-16');
    expect(nextBusinessDay('2026-03-15')).toBe('2026-03-16');
  });

  it('rolls Saturday, Jan 17, 2026 to Tuesday, because Monday, Jan 19 is MLK Day', () => {
    expect(nextBusinessDay('2026-01-17')).toBe('2026-01-20');
  });

  it('rolls a Saturday New Year’s Day past the observed Friday before it to Monday', () => {
    // Dec 31, 2021 (observed New Year's Day) → Jan 1–2 weekend → Monday, Jan 3, 2022.
    expect(nextBusinessDay('2021-12-31')).toBe('2022-01-03');
  });
});

describe('business days, only where a rule names them', () => {
  it('gives the date itself for zero business days, even on a weekend', () => {
    expect(addBusinessDays('2026-03-14', 0)).toBe('2026-03-14');
  });

  it('skips Thanksgiving and the weekend after it', () => {
    // Tue Nov 24, 2026 + 5 business days: Wed 25, (Thu 26 Thanksgiving), Fri 27, Mon 30, Tue Dec 1, Wed Dec 2.
    expect(addBusinessDays('2026-11-24', 5)).toBe('2026-12-02');
    expect(addBusinessDays('2026-11-25', 1)).toBe('2026-11-27');
  });

  it('counts from a weekend starting with the next business day', () => {
    expect(addBusinessDays('2026-03-14', 1)).toBe('2026-03-16');
    expect(addBusinessDays('2026-03-13', 5)).toBe('2026-03-20');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addBusinessDays('2026-03-13', -1)).toThrow(RangeError);
    expect(() => addBusinessDays('2026-03-13', 1.5)).toThrow(RangeError);
  });
});

describe('calendar months (45 CFR 147.136(d)(2)(i): four months, else the first day of the fifth month)', () => {
  it('files 4 months from Oct 30, 2025 by Mar 1, 2026, since there is no Feb 30', () => {
    expect(addCalendarMonths('2025-10-30', 4, 'first-of-next-month')).toBe('2026-03-01');
    expect(addCalendarMonths('2025-10-30', 4, 'last-day-of-month')).toBe('2026-02-28');
  });

  it('keeps the same day of the month when it exists', () => {
    expect(addCalendarMonths('2026-03-14', 4, 'first-of-next-month')).toBe('2026-07-14');
    expect(addCalendarMonths('2026-09-15', 4, 'first-of-next-month')).toBe('2027-01-15');
  });

  it('uses Feb 29 in a leap year', () => {
    expect(addCalendarMonths('2023-10-29', 4, 'first-of-next-month')).toBe('2024-02-29');
    expect(addCalendarMonths('2023-10-29', 4, 'last-day-of-month')).toBe('2024-02-29');
    expect(addCalendarMonths('2023-10-31', 4, 'first-of-next-month')).toBe('2024-03-01');
    expect(addCalendarMonths('2023-10-31', 4, 'last-day-of-month')).toBe('2024-02-29');
    expect(addCalendarMonths('2024-02-29', 12, 'first-of-next-month')).toBe('2025-03-01');
    expect(addCalendarMonths('2024-02-29', 12, 'last-day-of-month')).toBe('2025-02-28');
  });

  it('crosses year ends for spans up to two years and beyond, and goes back for negatives', () => {
    expect(addCalendarMonths('2026-01-31', 1, 'first-of-next-month')).toBe('2026-03-01');
    expect(addCalendarMonths('2025-12-31', 11, 'first-of-next-month')).toBe('2026-12-01');
    expect(addCalendarMonths('2025-12-31', 12, 'first-of-next-month')).toBe('2026-12-31');
    expect(addCalendarMonths('2026-08-31', 3, 'first-of-next-month')).toBe('2026-12-01');
    expect(addCalendarMonths('2026-05-31', 24, 'last-day-of-month')).toBe('2028-05-31');
    expect(addCalendarMonths('2026-03-31', 23, 'last-day-of-month')).toBe('2028-02-29');
    expect(addCalendarMonths('2026-03-31', 23, 'first-of-next-month')).toBe('2028-03-01');
    expect(addCalendarMonths('2026-03-31', -1, 'last-day-of-month')).toBe('2026-02-28');
    expect(addCalendarMonths('2026-01-15', -13, 'last-day-of-month')).toBe('2024-12-15');
    expect(addCalendarMonths('2026-01-15', 0, 'last-day-of-month')).toBe('2026-01-15');
  });

  it('lands in the right month, on the same day or that month’s last, for 0–24 months from any day of 2023–2026', () => {
    const wrong: string[] = [];
    for (let start = '2023-01-01'; start < '2027-01-01'; start = addDays(start, 1)) {
      for (let months = 0; months <= 24; months++) {
        const result = addCalendarMonths(start, months, 'last-day-of-month');
        const monthIndex = (date: string): number =>
          Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
        const sameDay = result.slice(8) === start.slice(8);
        const lastOfShorterMonth =
          addDays(result, 1).endsWith('-01') && result.slice(8) < start.slice(8);
        if (monthIndex(result) !== monthIndex(start) + months || !(sameDay || lastOfShorterMonth)) {
          wrong.push(`${start} + ${months} → ${result}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('days between two dates', () => {
  it('counts whole days, negative when the second date is earlier', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // across the DST change
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-05-05', '2026-05-05')).toBe(0);
  });
});
