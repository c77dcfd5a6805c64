/**
 * Counting days on `YYYY-MM-DD` dates.
 *
 * Federal appeal rules count **calendar days** unless the rule itself says "business days"
 * (ERISA/ACA, Medicare and Medicaid all speak in calendar days); business days apply only where a
 * rule says so, such as the external-review preliminary review or the IRO's additional-information
 * window (shared/reference/appeal-rules.md §8). So `addDays` is the default and the business-day
 * helpers here are the exception.
 *
 * Every computation is on UTC midnights: a date has no time zone, and the process's time zone
 * must never move a result by a day.
 */
import { addDays, daysFromTo } from '../common/dates.js';
import { isFederalHolidayAt } from './federal-holidays.js';

const dayMs = 86_400_000;

function parts(date: string): [year: number, month: number, day: number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

function utcMs(date: string): number {
  const [year, month, day] = parts(date);
  return Date.UTC(year, month - 1, day);
}

function isoOf(year: number, month: number, day: number): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(utcMs(date)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

// Counting loops step through UTC-midnight ms and format a string only once, at the end
// (through `addDays`): business-day counts run for 100,000 cases in the benchmark.
function isBusinessDayAt(ms: number): boolean {
  const weekday = new Date(ms).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isFederalHolidayAt(ms);
}

/** A day that is neither a Saturday, a Sunday nor a federal holiday (5 U.S.C. 6103). */
export function isBusinessDay(date: string): boolean {
  return isBusinessDayAt(utcMs(date));
}

/**
 * `date` itself when it is a business day, else the next one. 45 CFR 147.136(d)(2)(i): a last
 * filing day on a Saturday, Sunday or federal holiday moves to the next day that is none of these.
 */
export function nextBusinessDay(date: string): string {
  const start = utcMs(date);
  let days = 0;
  while (!isBusinessDayAt(start + days * dayMs)) days++;
  return days === 0 ? date : addDays(date, days);
}

/** The `n`-th business day after `date`; `n = 0` gives `date` back unchanged. */
export function addBusinessDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`business days to add must be a whole number ≥ 0, got ${n}`);
  }
  const start = utcMs(date);
  let days = 0;
  for (let counted = 0; counted < n;) {
    days++;
    if (isBusinessDayAt(start + days * dayMs)) counted++;
  }
  return days === 0 ? date : addDays(date, days);
}

/**
 * What to do when the target month is too short for the day (Oct 30 + 4 months: no Feb 30).
 * - `first-of-next-month`: 45 CFR 147.136(d)(2)(i) — "if there is no corresponding date four
 *   months after the date of receipt …, the request must be filed by the first day of the fifth
 *   month following the receipt".
 * - `last-day-of-month`: the last day of the shorter month (Feb 28 or 29), for rules that do not
 *   say what happens; it is the earlier, safer reading of a filing deadline.
 */
export type WhenNoSuchDay = 'first-of-next-month' | 'last-day-of-month';

/** The same day of the month, `months` calendar months later (earlier if negative). */
export function addCalendarMonths(
  date: string,
  months: number,
  whenNoSuchDay: WhenNoSuchDay,
): string {
  if (!Number.isInteger(months)) {
    throw new RangeError(`months to add must be a whole number, got ${months}`);
  }
  const [year, month, day] = parts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  if (day <= lastDay) return isoOf(targetYear, targetMonth, day);
  switch (whenNoSuchDay) {
    case 'first-of-next-month':
      // Only Feb, Apr, Jun, Sep and Nov can be too short, so the next month is in the same year.
      return isoOf(targetYear, targetMonth + 1, 1);
    case 'last-day-of-month':
      return isoOf(targetYear, targetMonth, lastDay);
  }
}

/** `to − from` in whole days; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return daysFromTo(from, to);
}
