import { appErrorOf } from '../testing/app-error-of.js';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseInput } from '../common/validation.js';
import { deadlineQueryInput } from './deadline-input.js';
import { scheduleFor } from './deadline-schedule.js';

/**
 * `scheduleFor`: the deadlines of one notice described by hand (`overturn deadlines`,
 * `POST /api/deadlines`). It resolves the person's time zone and "today" from a given instant, and
 * refuses combinations that cannot be right with an `invalid-input` error naming the field.
 */

const now = new Date('2026-11-27T12:00:00Z');

type Input = z.input<typeof deadlineQueryInput>;

const schedule = (input: Input, at: Date = now) =>
  scheduleFor(parseInput(deadlineQueryInput, input), at);

const errorOf = appErrorOf;

describe('the person’s time zone', () => {
  it('is their state’s zone when they give a state', () => {
    expect(
      schedule({ program: 'employer-group', state: 'TX', noticeDate: '2026-10-01' }).timeZone,
    ).toBe('America/Chicago');
    expect(
      schedule({ program: 'employer-group', state: 'CA', noticeDate: '2026-10-01' }).timeZone,
    ).toBe('America/Los_Angeles');
  });

  it('is Eastern time when the state is not known', () => {
    expect(schedule({ program: 'employer-group', noticeDate: '2026-10-01' }).timeZone).toBe(
      'America/New_York',
    );
  });

  it('is the zone they name, over their state’s', () => {
    const s = schedule({
      program: 'employer-group',
      state: 'TX',
      timeZone: 'America/Denver',
      urgency: 'urgent',
      noticeDate: '2026-10-01',
      appealFiledAt: '2026-11-02T10:00',
    });
    expect(s.timeZone).toBe('America/Denver');
    expect(s.deadlines.find((d) => d.id === 'plan-decides-internal-appeal')?.due).toBe(
      '2026-11-05T10:00:00-07:00',
    );
  });
});

describe('"today" is the person’s date, in their time zone', () => {
  it('is Nov 26 in New York at 03:00 UTC on Nov 27', () => {
    const s = schedule(
      { program: 'employer-group', state: 'NY', noticeDate: '2026-10-01' },
      new Date('2026-11-27T03:00:00Z'),
    );
    expect(s.today).toBe('2026-11-26');
  });

  it('is Nov 28 on Kiritimati at noon UTC on Nov 27, so a notice dated Nov 28 there is not in the future', () => {
    const s = schedule({
      program: 'employer-group',
      timeZone: 'Pacific/Kiritimati',
      noticeDate: '2026-11-28',
    });
    expect(s.today).toBe('2026-11-28');
    expect(s.deadlines.find((d) => d.id === 'file-internal-appeal')?.due).toBe('2027-05-27');
  });

  it('accepts a notice dated today', () => {
    const s = schedule({ program: 'employer-group', state: 'NY', noticeDate: '2026-11-27' });
    expect(s.today).toBe('2026-11-27');
    expect(s.deadlines.map((d) => d.id)).toContain('file-internal-appeal');
  });
});

describe('combinations that cannot be right are refused with invalid-input, naming the field', () => {
  it('refuses a notice date in the future, counted in the person’s zone', () => {
    const error = errorOf(() =>
      schedule(
        { program: 'employer-group', state: 'NY', noticeDate: '2026-11-27' },
        new Date('2026-11-27T03:00:00Z'), // 22:00 on Nov 26 in New York
      ),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('noticeDate');
    expect(error.message).toContain('in the future (today is 2026-11-26)');
  });

  it('refuses a received date before the date on the notice', () => {
    const error = errorOf(() =>
      schedule({ program: 'employer-group', noticeDate: '2026-10-05', receivedDate: '2026-10-01' }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('receivedDate');
    expect(error.message).toContain('before the date printed on it');
  });

  it('refuses a received date in the future', () => {
    const error = errorOf(() =>
      schedule({ program: 'employer-group', noticeDate: '2026-11-20', receivedDate: '2026-12-01' }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('receivedDate');
  });

  it('refuses an appeal filed before the notice it answers', () => {
    const error = errorOf(() =>
      schedule({
        program: 'employer-group',
        noticeDate: '2026-10-05',
        appealFiledAt: '2026-10-04T09:00',
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('appealFiledAt');
  });

  it('refuses an appeal filed in the future', () => {
    const error = errorOf(() =>
      schedule({
        program: 'employer-group',
        noticeDate: '2026-10-05',
        appealFiledAt: '2026-12-01',
      }),
    );
    expect(error.field).toBe('appealFiledAt');
    expect(error.message).toContain('in the future (today is 2026-11-27)');
  });

  it('refuses a final internal denial for Medicare Advantage and points to the Independent Review Entity', () => {
    const error = errorOf(() =>
      schedule({
        program: 'medicare-advantage',
        notice: 'final-internal-denial',
        noticeDate: '2026-10-01',
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('notice');
    expect(error.message).toContain('Independent Review Entity');
    expect(error.message).toContain('42 CFR 422.590');
  });

  it('refuses an IRE decision for an employer plan and lists the notices it has', () => {
    const error = errorOf(() =>
      schedule({ program: 'employer-group', notice: 'ire-decision', noticeDate: '2026-10-01' }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('notice');
    expect(error.message).toContain('use one of: initial-denial, final-internal-denial');
  });

  it('refuses an unknown program', () => {
    const error = errorOf(() =>
      parseInput(deadlineQueryInput, { program: 'tricare', noticeDate: '2026-10-01' }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('program');
    expect(error.message).toContain('must be one of');
  });

  it('refuses an unknown state', () => {
    const error = errorOf(() =>
      schedule({ program: 'employer-group', state: 'ZZ', noticeDate: '2026-10-01' }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('state');
  });

  it('refuses an impossible date (Feb 30)', () => {
    const error = errorOf(() => schedule({ program: 'employer-group', noticeDate: '2026-02-30' }));
    expect(error.code).toBe('invalid-input');
    expect(error.field).toBe('noticeDate');
    expect(error.message).toContain('must be a real date');
  });

  it('refuses an impossible filing moment', () => {
    const error = errorOf(() =>
      schedule({
        program: 'employer-group',
        noticeDate: '2026-02-01',
        appealFiledAt: '2026-02-30T10:00',
      }),
    );
    expect(error.field).toBe('appealFiledAt');
  });

  it('refuses a time zone that does not exist, and a bare offset', () => {
    for (const timeZone of ['Mars/Olympus_Mons', '+05:00']) {
      const error = errorOf(() =>
        schedule({ program: 'employer-group', noticeDate: '2026-10-01', timeZone }),
      );
      expect(error.code).toBe('invalid-input');
      expect(error.field).toBe('timeZone');
    }
  });

  it('refuses a negative number of send-by days', () => {
    const error = errorOf(() =>
      schedule({ program: 'employer-group', noticeDate: '2026-10-01', sendByDays: -1 }),
    );
    expect(error.field).toBe('sendByDays');
  });
});
