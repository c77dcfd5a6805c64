/**
 * Wall-clock time in a person's IANA time zone, using only `Intl.DateTimeFormat`.
 *
 * Hour-based limits (24, 48, 72 hours) are continuous clock time: they run through nights,
 * weekends and holidays (29 CFR 2560.503-1(i)(2)(i); 45 CFR 147.136(d)(3)). So they are added to
 * an instant, and only the *display* is in the person's zone — never the server process's, which
 * may be anywhere.
 */

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

// Built once per zone: constructing a formatter costs far more than using one, and a benchmark
// runs 100,000 cases.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23', // 00–23; some engines print midnight as 24 otherwise
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// `format` is about three times faster than `formatToParts`; en-US with these options prints
// "03/08/2026, 03:30:00". Should an engine ever print otherwise, the parts are read instead.
const enUsPattern = /^(\d{2})\/(\d{2})\/(\d+),? (\d{2}):(\d{2}):(\d{2})$/;

function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const formatter = formatterFor(timeZone);
  const match = enUsPattern.exec(formatter.format(epochMs));
  if (match) {
    const field = (index: number): number => Number(match[index]);
    return {
      year: field(3),
      month: field(1),
      day: field(2),
      hour: field(4),
      minute: field(5),
      second: field(6),
    };
  }
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const { type, value } of formatter.formatToParts(epochMs)) {
    if (type === 'year' || type === 'month' || type === 'day') wall[type] = Number(value);
    else if (type === 'hour' || type === 'minute' || type === 'second') wall[type] = Number(value);
  }
  return wall;
}

/** The wall clock read as if it were UTC, in ms — the pivot for every offset sum below. */
function wallMs(wall: WallClock, millisecond = 0): number {
  return Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    millisecond,
  );
}

/** The zone's offset from UTC at `epochMs`, in ms (east positive: Asia/Kolkata = +5.5 h). */
function offsetAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallMs(wallClockAt(wholeSecond, timeZone)) - wholeSecond;
}

/** True for a time zone name that Intl knows (`America/Chicago`); fixed offsets are not zones. */
export function isTimeZone(name: string): boolean {
  if (name === '' || /^[+-]/.test(name)) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Splits a date-time into its wall clock (+ ms) and, if it was written with one, its offset. */
function parseDateTime(text: string): {
  wall: WallClock;
  millisecond: number;
  offsetMs: number | null;
} {
  const match = dateTimePattern.exec(text);
  if (!match) throw new RangeError(`not a date-time YYYY-MM-DDTHH:mm[:ss]: ${text}`);
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall: WallClock = { year, month, day, hour, minute, second: Number(match[6] ?? 0) };
  const millisecond = Number((match[7] ?? '0').padEnd(3, '0'));
  // Date.UTC quietly rolls 2026-02-30 or 25:00 over; a wall clock that doesn't read back is invalid.
  const back = new Date(wallMs(wall));
  if (
    back.getUTCDate() !== day ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCHours() !== hour ||
    back.getUTCMinutes() !== minute ||
    wall.second > 59
  ) {
    throw new RangeError(`not a real date-time: ${text}`);
  }
  const zone = match[8];
  let offsetMs: number | null = null;
  if (zone === 'Z') offsetMs = 0;
  else if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    offsetMs = sign * (Number(zone.slice(1, 3)) * hourMs + Number(zone.slice(4, 6)) * 60_000);
  }
  return { wall, millisecond, offsetMs };
}

/**
 * Epoch ms for a wall-clock time in `timeZone`, resolved like Temporal's 'compatible'
 * disambiguation: a time skipped by a spring-forward gap moves forward by the gap (02:30 → 03:30
 * EDT), and a time repeated at fall-back takes the earlier of its two instants.
 */
export function instantOf(localDateTime: string, timeZone: string): number {
  const { wall, millisecond } = parseDateTime(localDateTime);
  return instantOfWall(wallMs(wall, millisecond), timeZone);
}

function instantOfWall(localMs: number, timeZone: string): number {
  // Zones change offset at most once in any two days, so the offsets a day either side are the
  // only candidates.
  const before = offsetAt(localMs - dayMs, timeZone);
  const after = offsetAt(localMs + dayMs, timeZone);
  if (before === after) return localMs - before; // no change nearby: the usual case, and fast
  const candidates = [localMs - before, localMs - after].filter(
    (instant) => offsetAt(instant, timeZone) === localMs - instant,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap no instant shows this wall clock; read it with the offset in force before the gap.
  return localMs - before;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DDTHH:mm:ss±HH:MM` in `timeZone`, with that zone's offset at that instant. */
export function formatInZone(epochMs: number, timeZone: string): string {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const wall = wallClockAt(wholeSecond, timeZone);
  // Offsets before ~1900 (local mean time) carry seconds; ISO offsets stop at minutes.
  const offsetMinutes = Math.round((wallMs(wall) - wholeSecond) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}` +
    `T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The calendar date (`YYYY-MM-DD`) in `timeZone` at `epochMs`. */
export function dateInZone(epochMs: number, timeZone: string): string {
  const wall = wallClockAt(epochMs, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/**
 * `hours` of continuous clock time after `start`, shown in `timeZone`. `start` is either an
 * instant written with its offset (`2026-03-06T15:00:00-05:00`, `…Z`) or a wall clock in
 * `timeZone` (`2026-03-06T15:00`). Across a DST change the wall clock moves by an hour less or
 * more than `hours`, because real hours, not clock readings, are what the rules count.
 */
export function addHours(start: string, hours: number, timeZone: string): string {
  if (!Number.isFinite(hours)) throw new RangeError(`hours must be a finite number, got ${hours}`);
  const { wall, millisecond, offsetMs } = parseDateTime(start);
  const localMs = wallMs(wall, millisecond);
  const startMs = offsetMs === null ? instantOfWall(localMs, timeZone) : localMs - offsetMs;
  return formatInZone(startMs + hours * hourMs, timeZone);
}
