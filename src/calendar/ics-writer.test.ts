// The writer is checked against a real parser (ical.js), not against our own idea of the format.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsDate, renderCalendar, type CalendarEvent, type CalendarOptions } from './ics-writer.js';

const options: CalendarOptions = {
  name: 'Overturn deadlines',
  generatedAt: new Date(Date.UTC(2026, 2, 14, 9, 30, 5, 789)),
};

function buildEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'case-1-internal-appeal@overturn.local',
    date: '2026-06-30',
    summary: 'Internal appeal due',
    description: 'File the internal appeal with the plan.',
    alarmDaysBefore: [7, 1],
    ...overrides,
  };
}

function parseCalendar(ics: string): ICAL.Component {
  const jcal: unknown = ICAL.parse(ics);
  if (!Array.isArray(jcal)) throw new Error('ical.js did not return one jCal component');
  return new ICAL.Component(jcal);
}

function eventsOf(ics: string): ICAL.Event[] {
  return parseCalendar(ics)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
}

function triggersOf(event: ICAL.Event): ICAL.Duration[] {
  return event.component.getAllSubcomponents('valarm').map((alarm) => {
    const trigger = alarm.getFirstPropertyValue('trigger');
    if (!(trigger instanceof ICAL.Duration)) throw new Error('trigger is not a duration');
    return trigger;
  });
}

/** Physical lines as raw UTF-8 bytes, so a fold that split a character cannot hide. */
function physicalLines(ics: string): Buffer[] {
  const bytes = Buffer.from(ics, 'utf8');
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf('\r\n'); i !== -1; i = bytes.indexOf('\r\n', start)) {
    lines.push(bytes.subarray(start, i));
    start = i + 2;
  }
  expect(start, 'text after the last CRLF').toBe(bytes.length);
  return lines;
}

const unfold = (ics: string): string => ics.replace(/\r\n[ \t]/g, '');

// Windows and old-Mac line breaks too, and a stray control character TEXT may not carry.
const tricky = 'Dear Ms. Muñoz,\nCall Nguyễn; bring C:\\claims\\2026, ID 42.\r\nThanks\r🙏🏽\u0007';

describe('renderCalendar', () => {
  const events = [
    buildEvent({ uid: 'a@overturn', date: '2026-02-28', categories: ['Appeal', 'Deadline'] }),
    buildEvent({ uid: 'b@overturn', date: '2028-02-28', description: tricky }),
    buildEvent({ uid: 'c@overturn', date: '2026-12-31', summary: 'External review; last day' }),
  ];
  const ics = renderCalendar(events, options);
  const [first, second, third] = eventsOf(ics);

  it('round-trips three all-day events through ical.js', () => {
    expect(eventsOf(ics)).toHaveLength(3);
    expect([first?.uid, second?.uid, third?.uid]).toEqual([
      'a@overturn',
      'b@overturn',
      'c@overturn',
    ]);
    for (const event of [first, second, third]) {
      expect(event?.startDate.isDate).toBe(true);
      expect(event?.endDate.isDate).toBe(true);
    }
    // DTEND is the exclusive next day: across a month end, a leap day and a year end.
    expect([first?.startDate.toString(), first?.endDate.toString()]).toEqual([
      '2026-02-28',
      '2026-03-01',
    ]);
    expect([second?.startDate.toString(), second?.endDate.toString()]).toEqual([
      '2028-02-28',
      '2028-02-29',
    ]);
    expect([third?.startDate.toString(), third?.endDate.toString()]).toEqual([
      '2026-12-31',
      '2027-01-01',
    ]);
    expect(third?.summary).toBe('External review; last day');
    expect(first?.description).toBe('File the internal appeal with the plan.');
  });

  it('keeps newlines, commas, semicolons, backslashes and Unicode in the description', () => {
    expect(second?.description).toBe(
      'Dear Ms. Muñoz,\nCall Nguyễn; bring C:\\claims\\2026, ID 42.\nThanks\n🙏🏽',
    );
  });

  it('rings each alarm at 9:00, 7 days and 1 day before the date', () => {
    const seconds = triggersOf(first as ICAL.Event).map((trigger) => trigger.toSeconds());
    expect(seconds).toEqual([-(6 * 86400 + 15 * 3600), -15 * 3600]);
    // Adding a duration to a DATE value drops the hours in ical.js, so ring times use a date-time.
    const ringsAt = triggersOf(third as ICAL.Event).map((trigger) => {
      const at = (third as ICAL.Event).startDate.clone();
      at.isDate = false;
      at.addDuration(trigger);
      return at.toString();
    });
    expect(ringsAt).toEqual(['2026-12-24T09:00:00', '2026-12-30T09:00:00']);
    for (const alarm of first?.component.getAllSubcomponents('valarm') ?? []) {
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm.getFirstPropertyValue('description')).toBe('Internal appeal due');
      expect(alarm.getFirstProperty('trigger')?.getParameter('related')).toBe('START');
    }
  });

  it('writes categories, stamp, sequence, transparency and the calendar header', () => {
    expect(first?.component.getFirstProperty('categories')?.getValues()).toEqual([
      'Appeal',
      'Deadline',
    ]);
    expect(second?.component.hasProperty('categories')).toBe(false);
    expect(first?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2026-03-14T09:30:05Z',
    );
    expect(first?.sequence).toBe(0);
    expect(first?.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    const calendar = parseCalendar(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Overturn//Deadlines//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Overturn deadlines');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT12H');
    expect(calendar.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT12H');
    const updated = eventsOf(renderCalendar(events, { ...options, sequence: 3 }))[0];
    expect(updated?.sequence).toBe(3);
  });

  it('ends every physical line with CRLF and keeps it within 75 octets', () => {
    const lines = physicalLines(ics);
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) {
      expect(line.byteLength).toBeLessThanOrEqual(75);
      expect(line.includes('\n') || line.includes('\r')).toBe(false);
    }
  });

  it('folds a long Vietnamese and emoji description between characters, and unfolds it back', () => {
    const long = 'Nguyễn Thị Ánh Tuyết gửi đơn kháng cáo 👩🏽‍⚕️🏥📅 — hạn chót; xem lại, nhé\\ '.repeat(
      12,
    );
    const folded = renderCalendar([buildEvent({ description: long, summary: long })], options);
    const lines = physicalLines(folded);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const continuations = lines.filter((line) => line[0] === 0x20);
    expect(continuations.length).toBeGreaterThan(20);
    lines.forEach((line, index) => {
      expect(line.byteLength).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line), `line ${index} split a character`).not.toThrow();
      // Folds fill the line: only a character of up to 4 octets may be pushed to the next one.
      if (lines[index + 1]?.[0] === 0x20) expect(line.byteLength).toBeGreaterThan(71);
    });
    const escaped = long.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');
    expect(unfold(folded)).toContain(`\r\nDESCRIPTION:${escaped}\r\n`);
    const [event] = eventsOf(folded);
    expect(event?.description).toBe(long);
    expect(event?.summary).toBe(long);
  });

  it('renders byte-identical output for the same input', () => {
    expect(renderCalendar(events, options)).toBe(ics);
    expect(renderCalendar(structuredClone(events), { ...options })).toBe(ics);
  });

  it('still writes a valid calendar with no events', () => {
    const empty = renderCalendar([], options);
    const calendar = parseCalendar(empty);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Overturn//Deadlines//EN');
    expect(empty.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(empty.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('input checks (programming errors, so they throw)', () => {
  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-6-30',
    '30/06/2026',
    '',
    '0000-01-01',
    '9999-12-31',
  ])('rejects the date %j', (date) => {
    expect(() => renderCalendar([buildEvent({ date })], options)).toThrow(/date/);
  });

  it('accepts a leap day', () => {
    expect(icsDate('2028-02-29')).toBe('20280229');
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects an alarm %s days before', (days) => {
    expect(() => renderCalendar([buildEvent({ alarmDaysBefore: [days] })], options)).toThrow(
      /alarm/,
    );
  });

  it('rejects a UID with a line break, a blank UID, and two events with one UID', () => {
    expect(() => renderCalendar([buildEvent({ uid: 'a\r\nX-EVIL:1' })], options)).toThrow(/UID/);
    expect(() => renderCalendar([buildEvent({ uid: 'a\n' })], options)).toThrow(/UID/);
    expect(() => renderCalendar([buildEvent({ uid: ' ' })], options)).toThrow(/UID/);
    expect(() => renderCalendar([buildEvent(), buildEvent()], options)).toThrow(/UID/);
  });

  it('rejects an invalid generatedAt and a negative sequence', () => {
    expect(() => renderCalendar([], { ...options, generatedAt: new Date(Number.NaN) })).toThrow();
    expect(() => renderCalendar([], { ...options, sequence: -1 })).toThrow(/sequence/);
  });
});
