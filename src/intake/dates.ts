/**
 * Dates as notices print them ("March 14, 2026", "Mar 14, 2026", "03/14/2026", "3/14/26",
 * "2026-03-14", "14 March 2026") → ISO `YYYY-MM-DD`, only when the date really exists.
 */

const months = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const monthName =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Source of a regular expression matching one printed date (no flags, no anchors). */
export const datePatternSource = [
  // OCR and hurried typing drop the space after the comma: "Sep 30,2025".
  `${monthName}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*|\\s+)\\d{4}`,
  `\\d{1,2}\\s+${monthName},?\\s+\\d{4}`,
  '\\d{4}-\\d{2}-\\d{2}',
  '\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})',
  // "11-03-2026": dashes only with a four-digit year, so "01-26-3" in an ID is not a date.
  '\\d{1,2}-\\d{1,2}-\\d{4}',
].join('|');

export interface FoundDate {
  readonly iso: string;
  readonly start: number;
  readonly end: number;
}

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return months.indexOf(name.slice(0, 3).toLowerCase() as (typeof months)[number]) + 1;
}

/** Two-digit years are read as 20YY: notices are about recent care. */
function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/** Parses one printed date; `null` when it is not a date or not a real one (e.g. 02/30/2026). */
export function parseDate(raw: string): string | null {
  const text = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m =
    /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(text) ??
    /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  if (m) return isoOf(fullYear(m[3] ?? ''), Number(m[1]), Number(m[2]));
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})$/.exec(text);
  if (m) return isoOf(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (m) return isoOf(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  return null;
}

/** Every real date printed in `text`, in order, with its offsets. */
export function findDates(text: string, offset = 0): FoundDate[] {
  const found: FoundDate[] = [];
  const re = new RegExp(`(?<![\\w/])(?:${datePatternSource})(?![\\w/])`, 'gi');
  for (const m of text.matchAll(re)) {
    const iso = parseDate(m[0]);
    if (iso !== null)
      found.push({ iso, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return found;
}

/**
 * The first real date at the start of `value` (e.g. "May 27, 2026 (received)"). A labeled value
 * is known to be a date, so here "11-03-26" (dashes, two-digit year) is read as one too; in free
 * text that shape is as likely part of an ID.
 */
export function leadingDate(value: string): string | null {
  const first = findDates(value)[0];
  if (first !== undefined && value.slice(0, first.start).trim() === '') return first.iso;
  const short = /^\s*(\d{1,2})-(\d{1,2})-(\d{2})(?![\w/-])/.exec(value);
  return short === null
    ? null
    : isoOf(fullYear(short[3] ?? ''), Number(short[1]), Number(short[2]));
}
