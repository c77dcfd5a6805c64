import { describe, expect, it } from 'vitest';

import { findDates, leadingDate, parseDate } from './dates.js';

describe('parseDate', () => {
  it.each([
    ['March 14, 2026', '2026-03-14'],
    ['Mar 14, 2026', '2026-03-14'],
    ['Sept. 4, 2025', '2025-09-04'],
    ['03/14/2026', '2026-03-14'],
    ['3/14/26', '2026-03-14'],
    ['2026-03-14', '2026-03-14'],
    ['14 March 2026', '2026-03-14'],
    ['Nov. 3, 2026', '2026-11-03'],
    ['11/03/26', '2026-11-03'],
    ['2026-11-03', '2026-11-03'],
    ['3 November 2026', '2026-11-03'],
    ['11-03-2026', '2026-11-03'],
    // OCR and hurried typing drop the space after the comma.
    ['Sep 30,2025', '2025-09-30'],
  ])('reads %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('refuses dates that do not exist', () => {
    expect(parseDate('02/30/2026')).toBeNull();
    expect(parseDate('13/01/2026')).toBeNull();
    expect(parseDate('not a date')).toBeNull();
  });

  it('finds dates in prose with their offsets', () => {
    const text = 'Received on 4/2/2026 and decided April 9, 2026.';
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toEqual(['2026-04-02', '2026-04-09']);
    expect(text.slice(found[1]?.start, found[1]?.end)).toBe('April 9, 2026');
  });

  it('reads each end of a range of dates of service', () => {
    expect(findDates('Inpatient stay from 10/4/2017-10/10/2017').map((d) => d.iso)).toEqual([
      '2017-10-04',
      '2017-10-10',
    ]);
  });
});

describe('leadingDate', () => {
  it('reads a labeled "11-03-26" (dashes, two-digit year), which free text does not', () => {
    expect(leadingDate('11-03-26')).toBe('2026-11-03');
    expect(findDates('Ref 11-03-26')).toEqual([]);
    expect(leadingDate('02-30-26')).toBeNull();
  });
});
