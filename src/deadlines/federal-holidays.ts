/**
 * Federal holidays, computed from the rules in 5 U.S.C. 6103 rather than typed in per year, so
 * the calendar never runs out. Deadline rules that roll a last day past "a Saturday, Sunday, or
 * Federal holiday" (e.g. 45 CFR 147.136(d)(2)(i)) need the dates on which federal offices are
 * closed, which are the *observed* dates.
 *
 * Inauguration Day (5 U.S.C. 6103(c)) is left out on purpose: it is a holiday only for federal
 * employees in the Washington, D.C. area, not a nationwide closure.
 */

export interface FederalHoliday {
  /** The observed date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly name: string;
}

type HolidayRule =
  | {
      readonly name: string;
      readonly kind: 'fixed';
      readonly month: number;
      readonly day: number;
      readonly since?: number;
    }
  | {
      readonly name: string;
      readonly kind: 'nth-weekday';
      readonly month: number;
      readonly weekday: number;
      /** 1 = first …; -1 = last. */
      readonly nth: number;
    };

const monday = 1;
const thursday = 4;

/** 5 U.S.C. 6103(a): the legal public holidays, in calendar order. */
const holidayRules = [
  { name: "New Year's Day", kind: 'fixed', month: 1, day: 1 },
  {
    name: 'Birthday of Martin Luther King, Jr.',
    kind: 'nth-weekday',
    month: 1,
    weekday: monday,
    nth: 3,
  },
  { name: "Washington's Birthday", kind: 'nth-weekday', month: 2, weekday: monday, nth: 3 },
  { name: 'Memorial Day', kind: 'nth-weekday', month: 5, weekday: monday, nth: -1 },
  // Juneteenth National Independence Day Act, Pub. L. 117-17 (signed June 17, 2021).
  { name: 'Juneteenth National Independence Day', kind: 'fixed', month: 6, day: 19, since: 2021 },
  { name: 'Independence Day', kind: 'fixed', month: 7, day: 4 },
  { name: 'Labor Day', kind: 'nth-weekday', month: 9, weekday: monday, nth: 1 },
  { name: 'Columbus Day', kind: 'nth-weekday', month: 10, weekday: monday, nth: 2 },
  { name: 'Veterans Day', kind: 'fixed', month: 11, day: 11 },
  { name: 'Thanksgiving Day', kind: 'nth-weekday', month: 11, weekday: thursday, nth: 4 },
  { name: 'Christmas Day', kind: 'fixed', month: 12, day: 25 },
] as const satisfies readonly HolidayRule[];

const dayMs = 86_400_000;

function utcMs(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The holiday's own date in `year` (before any weekend shift), as UTC midnight in ms. */
function actualDate(rule: HolidayRule, year: number): number | null {
  if (rule.kind === 'fixed') {
    if (rule.since !== undefined && year < rule.since) return null;
    return utcMs(year, rule.month, rule.day);
  }
  if (rule.nth > 0) {
    const first = utcMs(year, rule.month, 1);
    const offset = (rule.weekday - new Date(first).getUTCDay() + 7) % 7;
    return first + (offset + (rule.nth - 1) * 7) * dayMs;
  }
  const last = utcMs(year, rule.month + 1, 0);
  return last - ((new Date(last).getUTCDay() - rule.weekday + 7) % 7) * dayMs;
}

/**
 * 5 U.S.C. 6103(b); Executive Order 11582: a holiday on a Saturday is observed the Friday
 * before, one on a Sunday the Monday after.
 */
function observed(ms: number): number {
  const weekday = new Date(ms).getUTCDay();
  if (weekday === 6) return ms - dayMs;
  if (weekday === 0) return ms + dayMs;
  return ms;
}

// A benchmark asks about 100,000 cases; each year is worked out once.
interface YearOfHolidays {
  list: readonly FederalHoliday[];
  names: Map<string, string>;
  /** The observed dates as UTC-midnight ms, for counting loops that never build a string. */
  instants: Set<number>;
}
const byYear = new Map<number, YearOfHolidays>();

function holidaysOf(year: number): YearOfHolidays {
  const cached = byYear.get(year);
  if (cached) return cached;
  const list: FederalHoliday[] = [];
  // Next year's New Year's Day may be observed on Dec 31 of this year (Jan 1, 2022 → Dec 31, 2021).
  for (const ruleYear of [year, year + 1]) {
    for (const rule of holidayRules) {
      const actual = actualDate(rule, ruleYear);
      if (actual === null) continue;
      const date = isoOf(observed(actual));
      if (!date.startsWith(`${String(year).padStart(4, '0')}-`)) continue;
      list.push({ date, name: date === isoOf(actual) ? rule.name : `${rule.name} (observed)` });
    }
  }
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const entry = {
    list,
    names: new Map(list.map((h) => [h.date, h.name])),
    instants: new Set(list.map((h) => Date.parse(`${h.date}T00:00:00Z`))),
  };
  byYear.set(year, entry);
  return entry;
}

/** The federal holidays observed in `year`, sorted by date. */
export function federalHolidays(year: number): readonly FederalHoliday[] {
  return holidaysOf(year).list;
}

/** The holiday observed on `date` (`YYYY-MM-DD`), or null on an ordinary day. */
export function federalHolidayName(date: string): string | null {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year)) return null;
  return holidaysOf(year).names.get(date) ?? null;
}

/** True when federal offices are closed for a holiday on `date` (`YYYY-MM-DD`). */
export function isFederalHoliday(date: string): boolean {
  return federalHolidayName(date) !== null;
}

/**
 * `isFederalHoliday` for a date given as its UTC midnight in ms (`Date.UTC(y, m - 1, d)`), so
 * that business-day counting can step through days without formatting each one.
 */
export function isFederalHolidayAt(utcMidnightMs: number): boolean {
  return holidaysOf(new Date(utcMidnightMs).getUTCFullYear()).instants.has(utcMidnightMs);
}
