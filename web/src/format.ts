import { isCaseStatus, statusLabel } from '../../src/cases/appeal-ladder.js';
import { programs, type Program } from '../../src/cases/case-terms.js';
import { ladderFor } from '../../src/cases/program-ladders.js';
import type { FieldDef } from './case-fields.js';
import { currentLang, localeOf } from './i18n/language.js';
import { messagesFor } from './i18n/messages.js';

/** How dates, money and field values read on screen, in the language the app speaks. */

const locale = () => localeOf(currentLang());

/** A calendar date (`2026-03-14`) as "March 14, 2026"; it has no time zone, so none may shift it. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString(locale(), { timeZone: 'UTC', dateStyle: 'long' });
}

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * A deadline's due date. A day reads as "March 30, 2027"; a moment (limits counted in hours) reads
 * with its time and time zone, "November 29, 2026 at 9:30 AM Pacific Time", shown in `timeZone`
 * (the case's) or, when that is not known, in the reader's own.
 */
export function formatDue(due: string, timeZone?: string): string {
  if (isDateOnly(due)) return formatDate(due);
  const date = new Date(due);
  if (Number.isNaN(date.getTime())) return due;
  const show = (timeZoneName: 'longGeneric' | 'short') =>
    date.toLocaleString(locale(), {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: timeZone && isTimeZone(timeZone) ? timeZone : undefined,
      timeZoneName,
    });
  const shown = show('longGeneric');
  // Zones with no everyday name (UTC) read "GMT+00:00" in the long form; "UTC" is plainer.
  return /GMT[+-]/.test(shown) ? show('short') : shown;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat(locale(), { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * A day, or a day and a clock time with no zone (`2026-11-26T09:30`, read in the case's own time
 * zone): "November 26, 2026, 9:30 AM". The clock time is shown as written, never shifted.
 */
export function formatDayOrTime(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return formatDate(value);
  const [, day = '', hour = '', minute = ''] = match;
  const clock = new Date(Date.UTC(2000, 0, 1, Number(hour), Number(minute)));
  const time = clock.toLocaleTimeString(locale(), {
    timeZone: 'UTC',
    hour: 'numeric',
    minute: '2-digit',
  });
  return `${formatDate(day)}, ${time}`;
}

/** An instant, in the reader's own time zone: "Nov 27, 2026, 1:05 PM". */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
}

const dollars = () => new Intl.NumberFormat(locale(), { style: 'currency', currency: 'USD' });

/** A field's value in words, or null when it is not known. */
export function formatValue(field: FieldDef, value: unknown): string | null {
  if (field.kind === 'codes') {
    return Array.isArray(value) && value.length > 0 ? value.map(String).join(', ') : null;
  }
  if (typeof value === 'number') {
    if (field.kind === 'money') return dollars().format(value);
    if (field.kind === 'days') return messagesFor().cases.days(value);
    return String(value);
  }
  if (typeof value !== 'string' || value === '') return null;
  switch (field.kind) {
    case 'date':
      return formatDate(value);
    case 'date-time':
      return formatDayOrTime(value);
    case 'choice':
      return field.choices?.[value] ?? value;
    case 'money':
    case 'days':
    case 'text':
    case 'long-text':
      return value;
  }
}

const isProgram = (value: string): value is Program => Object.hasOwn(programs, value);

/**
 * A status's plain name on this case's appeal ladder, in the language the app speaks (timeline
 * events store only the id; the API's `statusLabel` is English).
 */
export function statusName(program: string, status: unknown): string {
  const id = String(status);
  if (!isProgram(program) || !isCaseStatus(id)) return id;
  return statusLabel(ladderFor(program), id, currentLang());
}

/**
 * The server says "plan.insurer: is required"; next to the field it should read
 * "Insurance company is required."
 */
export function fieldMessage(field: FieldDef, path: string, message: string): string {
  const text = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  const sentence = /^(is|are|must|should|cannot|has|was) /.test(text)
    ? `${field.noun ?? field.label} ${text}`
    : text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
