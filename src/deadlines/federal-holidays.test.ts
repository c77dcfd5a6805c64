import { describe, expect, it } from 'vitest';
import {
  federalHolidayName,
  federalHolidays,
  isFederalHoliday,
  isFederalHolidayAt,
} from './federal-holidays.js';

describe('federal holidays (5 U.S.C. 6103)', () => {
  it('lists every holiday observed in 2026, in date order', () => {
    expect(federalHolidays(2026)).toEqual([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-01-19', name: 'Birthday of Martin Luther King, Jr.' },
      { date: '2026-02-16', name: "Washington's Birthday" },
      { date: '2026-05-25', name: 'Memorial Day' },
      { date: '2026-06-19', name: 'Juneteenth National Independence Day' },
      // July 4, 2026 is a Saturday: observed the Friday before (6103(b)).
      { date: '2026-07-03', name: 'Independence Day (observed)' },
      { date: '2026-09-07', name: 'Labor Day' },
      { date: '2026-10-12', name: 'Columbus Day' },
      { date: '2026-11-11', name: 'Veterans Day' },
      { date: '2026-11-26', name: 'Thanksgiving Day' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ]);
  });

  it('does not treat the Saturday itself as the holiday when it is observed on Friday', () => {
    expect(isFederalHoliday('2026-07-04')).toBe(false);
    expect(isFederalHoliday('2026-07-03')).toBe(true);
  });

  it('moves a Saturday holiday to Friday and a Sunday holiday to Monday (2027)', () => {
    // July 4, 2027 is a Sunday; Christmas 2027 is a Saturday.
    expect(federalHolidayName('2027-07-05')).toBe('Independence Day (observed)');
    expect(isFederalHoliday('2027-07-04')).toBe(false);
    expect(federalHolidayName('2027-12-24')).toBe('Christmas Day (observed)');
    expect(isFederalHoliday('2027-12-25')).toBe(false);
    expect(federalHolidays(2027).map((h) => h.date)).toEqual([
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-05-31',
      '2027-06-18',
      '2027-07-05',
      '2027-09-06',
      '2027-10-11',
      '2027-11-11',
      '2027-11-25',
      '2027-12-24',
      // Jan 1, 2028 is a Saturday, so it is observed on Friday, Dec 31, 2027.
      '2027-12-31',
    ]);
  });

  it('observes New Year’s Day 2022 (a Saturday) on Friday, Dec 31, 2021', () => {
    expect(isFederalHoliday('2021-12-31')).toBe(true);
    expect(federalHolidayName('2021-12-31')).toBe("New Year's Day (observed)");
    expect(isFederalHoliday('2022-01-01')).toBe(false);
    // The observed day belongs to 2021's list, and 2022 has no New Year's Day of its own.
    expect(federalHolidays(2021).at(-1)?.date).toBe('2021-12-31');
    expect(federalHolidays(2022).some((h) => h.name.startsWith("New Year's Day"))).toBe(false);
  });

  it('has Juneteenth only from 2021, when Pub. L. 117-17 made it a holiday', () => {
    expect(federalHolidays(2020).some((h) => h.name.startsWith('Juneteenth'))).toBe(false);
    expect(isFederalHoliday('2020-06-19')).toBe(false);
    // June 19, 2021 was a Saturday: observed Friday, June 18.
    expect(federalHolidayName('2021-06-18')).toBe(
      'Juneteenth National Independence Day (observed)',
    );
    expect(federalHolidays(2021)).toHaveLength(12); // incl. Dec 31 for New Year's Day 2022
    expect(federalHolidays(2020)).toHaveLength(10);
  });

  it('finds the last Monday of May even when May has five Mondays', () => {
    expect(federalHolidayName('2026-05-25')).toBe('Memorial Day');
    expect(federalHolidayName('2027-05-31')).toBe('Memorial Day');
    expect(isFederalHoliday('2027-05-24')).toBe(false);
  });

  it('says no for an ordinary day and for text that is not a date', () => {
    expect(isFederalHoliday('2026-03-10')).toBe(false);
    expect(federalHolidayName('2026-03-10')).toBeNull();
    expect(federalHolidayName('soon')).toBeNull();
  });

  it('answers the same for a date given as its UTC midnight in ms', () => {
    expect(isFederalHolidayAt(Date.UTC(2021, 11, 31))).toBe(true);
    expect(isFederalHolidayAt(Date.UTC(2026, 10, 26))).toBe(true);
    expect(isFederalHolidayAt(Date.UTC(2026, 10, 27))).toBe(false);
  });

  it('gives the same list object for a year asked twice (cached)', () => {
    expect(federalHolidays(2030)).toBe(federalHolidays(2030));
  });
});
