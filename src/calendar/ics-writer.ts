// RFC 5545 iCalendar writer for all-day deadline events with reminders. Hand-written and pure
// (no Node APIs, no packages): the `ics` package writes malformed alarm durations for whole days.

export interface CalendarEvent {
  /** Stable across exports: re-importing the file then updates events instead of duplicating. */
  readonly uid: string;
  /** YYYY-MM-DD: an all-day event on that date. */
  readonly date: string;
  readonly summary: string;
  readonly description: string;
  /** Whole days before the date on which a reminder rings at 9:00, e.g. [7, 1]. */
  readonly alarmDaysBefore: readonly number[];
  readonly categories?: readonly string[];
  /** This event's revision (RFC 5545 §3.8.7.4); overrides the calendar-wide `sequence`. */
  readonly sequence?: number;
}

export interface CalendarOptions {
  readonly name: string;
  readonly generatedAt: Date;
  /** Raise it when re-publishing changed events so clients take the update (§3.8.7.4). */
  readonly sequence?: number;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75; // RFC 5545 §3.1, counted in UTF-8 bytes, not characters
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Bad input here is a programming error (callers validate user input first), so it throws.
function parseDate(date: string): [number, number, number] {
  const match = isoDatePattern.exec(date);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (!match || year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`ics-writer: not a real YYYY-MM-DD date: ${JSON.stringify(date)}`);
  }
  return [year, month, day];
}

const formatDate = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;

/** `2026-03-14` → `20260314`, the RFC 5545 DATE form; throws on a date that does not exist. */
export function icsDate(date: string): string {
  return formatDate(...parseDate(date));
}

// Plain calendar arithmetic rather than Date, so the host time zone can never shift the result.
function nextDay(date: string): string {
  const [year, month, day] = parseDate(date);
  if (day < daysInMonth(year, month)) return formatDate(year, month, day + 1);
  if (month < 12) return formatDate(year, month + 1, 1);
  if (year === 9999) throw new Error('ics-writer: no date after 9999-12-31 for DTEND');
  return formatDate(year + 1, 1, 1);
}

function icsTimestamp(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new Error('ics-writer: generatedAt is an invalid Date');
  // toISOString is always UTC: 2026-03-14T09:30:00.000Z → 20260314T093000Z
  return at.toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11); other control characters are not allowed and dropped. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** Folds at 75 octets with CRLF + space (§3.1), breaking only between code points. */
const notPlainAscii = /[^ -~\t]/u; // anything but printable ASCII (control characters were removed)

function fold(line: string): string {
  // Most lines are short and ASCII: nothing to fold.
  if (line.length <= MAX_LINE_OCTETS && !notPlainAscii.test(line)) return line;
  // Cut with slices, not a character at a time: a calendar of 10,000 cases is megabytes.
  const pieces: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < line.length;) {
    const code = line.codePointAt(i) ?? 0;
    const size = utf8Length(code);
    if (used + size > MAX_LINE_OCTETS) {
      pieces.push(line.slice(start, i));
      start = i;
      used = 1; // the leading space of a continuation line counts toward its 75 octets
    }
    used += size;
    i += code > 0xffff ? 2 : 1;
  }
  pieces.push(line.slice(start));
  return pieces.join(`${CRLF} `);
}

// A trigger is an offset from DTSTART, which for an all-day event is 00:00 (floating) on the
// date. To ring at 9:00 N days before, go back N days and forward 9 hours: −(N−1) days −15 hours.
// So 7 days → -P6DT15H, 1 day → -PT15H. ("-P7D" would ring at midnight, when nobody reads it.)
function alarmTrigger(daysBefore: number): string {
  if (!Number.isInteger(daysBefore) || daysBefore < 1) {
    throw new Error(`ics-writer: alarm days must be a whole number ≥ 1, got ${daysBefore}`);
  }
  return daysBefore === 1 ? '-PT15H' : `-P${daysBefore - 1}DT15H`;
}

function eventLines(event: CalendarEvent, stamp: string, sequence: number): string[] {
  if (event.uid.trim() === '' || /[\r\n]/.test(event.uid)) {
    throw new Error(`ics-writer: UID must be one non-empty line: ${JSON.stringify(event.uid)}`);
  }
  const summary = escapeText(event.summary);
  const categories = event.categories?.map(escapeText).filter((category) => category !== '');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${nextDay(event.date)}`, // DTEND is exclusive for dates (§3.6.1)
    `SUMMARY:${summary}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT', // a deadline does not make the person busy that day
    ...(categories && categories.length > 0 ? [`CATEGORIES:${categories.join(',')}`] : []),
    `SEQUENCE:${event.sequence ?? sequence}`,
    ...[...new Set(event.alarmDaysBefore)].flatMap((days) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${summary}`,
      `TRIGGER;RELATED=START:${alarmTrigger(days)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
  ];
}

/** Renders a whole VCALENDAR; the same input always gives byte-identical output. */
export function renderCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const { name, generatedAt, sequence = 0 } = options;
  if (!Number.isInteger(sequence) || sequence < 0) {
    throw new Error(`ics-writer: sequence must be a whole number ≥ 0, got ${sequence}`);
  }
  const uids = new Set(events.map((event) => event.uid));
  if (uids.size !== events.length) throw new Error('ics-writer: two events share a UID');
  const stamp = icsTimestamp(generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Overturn//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    // "Refresh every 12 hours" twice: Outlook reads the first, RFC 7986 clients the second.
    'X-PUBLISHED-TTL:PT12H',
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    ...events.flatMap((event) => eventLines(event, stamp, sequence)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => fold(line) + CRLF).join('');
}
