import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { programIds, type Program } from '../cases/case-terms.js';
import { isIsoDate } from '../common/dates.js';
import type { UsState } from '../common/us-states.js';
import { dayOfWeek, isBusinessDay } from './date-counting.js';
import type { Deadline, DeadlineSchedule, LaterDeadline } from './deadline.js';
import { deadlineQueryInput } from './deadline-input.js';
import type { DeadlineId } from './deadline-rule.js';
import { scheduleFor } from './deadline-schedule.js';
import { urgencyIds, type NoticeStage } from './deadline-terms.js';
import { federalDeadlineRules } from './federal-deadline-rules.js';
import { stateDeadlineRules } from './state-deadline-rules.js';

/**
 * The deadline engine read against shared/reference/appeal-rules.md §1–4 and §8. Every case is
 * described as a person would describe it (`deadlineQueryInput`) and counted on a fixed "now":
 * no test reads the real clock or the process time zone.
 */

const now = new Date('2026-11-27T12:00:00Z');

type Input = z.input<typeof deadlineQueryInput>;

function schedule(input: Input, at: Date = now): DeadlineSchedule {
  return scheduleFor(deadlineQueryInput.parse(input), at);
}

function deadline(s: DeadlineSchedule, id: DeadlineId): Deadline {
  const found = s.deadlines.find((d) => d.id === id);
  if (!found)
    throw new Error(`no "${id}" deadline; got ${s.deadlines.map((d) => d.id).join(', ')}`);
  return found;
}

function later(s: DeadlineSchedule, id: DeadlineId): LaterDeadline {
  const found = s.later.find((d) => d.id === id);
  if (!found) throw new Error(`no "${id}" in later; got ${s.later.map((d) => d.id).join(', ')}`);
  return found;
}

const ids = (s: DeadlineSchedule) => s.deadlines.map((d) => d.id);

const [sunday, monday, tuesday, saturday] = [0, 1, 2, 6];

describe('ERISA/ACA internal appeal: at least 180 days from receipt of the denial (29 CFR 2560.503-1(h)(3)(i))', () => {
  it('counts 180 days from the day the person received the notice, when they know it', () => {
    const s = schedule({
      program: 'employer-group',
      noticeDate: '2026-03-02',
      receivedDate: '2026-03-05',
    });
    const d = deadline(s, 'file-internal-appeal');
    expect(d.due).toBe('2026-09-01');
    expect(d.who).toBe('patient');
    expect(d.limit).toBe('180 days');
    expect(d.countedFrom).toBe('the day you received the notice (2026-03-05)');
    expect(d.citation).toBe('29 CFR 2560.503-1(h)(3)(i); 45 CFR 147.136(b)(2)(i), (b)(3)(i)');
    expect(d.confidence).toBe('high');
    expect(d.verify).toBe(false);
  });

  it('counts from the date on the notice when the day it arrived is not known, and says so', () => {
    const d = deadline(
      schedule({ program: 'individual-market', noticeDate: '2026-03-02' }),
      'file-internal-appeal',
    );
    expect(d.due).toBe('2026-08-29');
    expect(d.countedFrom).toContain('the date on the notice (2026-03-02)');
    expect(d.countedFrom).toContain('not known');
  });

  it('leaves day 180 on a Saturday: the rule has no weekend roll-forward (appeal-rules.md §8)', () => {
    const d = deadline(
      schedule({ program: 'employer-group', state: 'TX', noticeDate: '2026-03-02' }),
      'file-internal-appeal',
    );
    expect(dayOfWeek('2026-08-29')).toBe(saturday);
    expect(d.due).toBe('2026-08-29');
    expect(d.note).toContain('not moved off a weekend or holiday');
  });
});

describe('federal external review: 4 calendar months from receipt of the final denial (45 CFR 147.136(d)(2)(i))', () => {
  const federal = (noticeDate: string, receivedDate?: string, at?: Date) =>
    deadline(
      schedule(
        {
          program: 'employer-group',
          state: 'TX',
          funding: 'self-funded',
          notice: 'final-internal-denial',
          noticeDate,
          receivedDate: receivedDate ?? null,
        },
        at,
      ),
      'file-external-review',
    );

  it('gives a self-funded plan the federal process, 4 months from the notice date when receipt is unknown', () => {
    const d = federal('2026-06-15');
    expect(d.due).toBe('2026-10-15');
    expect(d.limit).toBe('4 months');
    expect(d.citation).toBe('45 CFR 147.136(d)(2)(i); 29 CFR 2590.715-2719(d)(2)(i)');
    expect(d.confidence).toBe('medium');
  });

  it('ends 4 months after Oct 30 on Mar 1: there is no Feb 30, so the 1st day of the 5th month', () => {
    expect(dayOfWeek('2027-03-01')).toBe(monday);
    expect(federal('2026-10-30').due).toBe('2027-03-01');
  });

  it('rolls Mar 1 forward to Monday when it falls on a Sunday (Oct 30, 2025 → Mar 2, 2026)', () => {
    expect(dayOfWeek('2026-03-01')).toBe(sunday);
    expect(federal('2025-10-30').due).toBe('2026-03-02');
  });

  it('counts from receipt and rolls a Sunday last day to Monday (received Jan 17 → May 17 → May 18, 2026)', () => {
    expect(dayOfWeek('2026-05-17')).toBe(sunday);
    const d = federal('2026-01-10', '2026-01-17');
    expect(d.due).toBe('2026-05-18');
    expect(d.countedFrom).toBe('the day you received the notice (2026-01-17)');
  });

  it('rolls a Saturday past Memorial Day to Tuesday (received Jan 23 → Sat May 23 → Tue May 26, 2026)', () => {
    expect(dayOfWeek('2026-05-23')).toBe(saturday);
    expect(isBusinessDay('2026-05-25')).toBe(false); // Memorial Day
    expect(federal('2026-01-20', '2026-01-23').due).toBe('2026-05-26');
  });

  it('rolls a Saturday past Memorial Day 2027 to Tuesday, June 1 (received Jan 29, 2027)', () => {
    expect(dayOfWeek('2027-05-29')).toBe(saturday);
    expect(isBusinessDay('2027-05-31')).toBe(false);
    expect(dayOfWeek('2027-06-01')).toBe(tuesday);
    const d = federal('2027-01-29', undefined, new Date('2027-02-15T12:00:00Z'));
    expect(d.due).toBe('2027-06-01');
  });

  it('rolls a Saturday past Labor Day to Tuesday (notice May 5 → Sat Sep 5 → Tue Sep 8, 2026)', () => {
    expect(dayOfWeek('2026-09-05')).toBe(saturday);
    expect(isBusinessDay('2026-09-07')).toBe(false); // Labor Day
    expect(federal('2026-05-05').due).toBe('2026-09-08');
  });
});

describe('leap years', () => {
  it('ends 4 months after Oct 29, 2023 on Feb 29, 2024', () => {
    expect(
      deadline(
        schedule({
          program: 'employer-group',
          funding: 'self-funded',
          notice: 'final-internal-denial',
          noticeDate: '2023-10-29',
        }),
        'file-external-review',
      ).due,
    ).toBe('2024-02-29');
  });

  it('ends 4 months after Oct 31, 2027 on Mar 1, 2028 federally, but on Feb 29 under New York’s month count', () => {
    const at = new Date('2028-03-01T12:00:00Z');
    const base = {
      program: 'employer-group',
      notice: 'final-internal-denial',
      noticeDate: '2027-10-31',
    } as const;
    const federal = schedule({ ...base, funding: 'self-funded', state: 'NY' }, at);
    expect(deadline(federal, 'file-external-review').due).toBe('2028-03-01');
    const newYork = schedule({ ...base, funding: 'fully-insured', state: 'NY' }, at);
    expect(deadline(newYork, 'file-external-review').due).toBe('2028-02-29');
  });

  it('counts Feb 29, 2028 as one of the 180 days (Dec 1, 2027 → May 29, 2028, Memorial Day, not moved)', () => {
    const d = deadline(
      schedule(
        { program: 'employer-group', noticeDate: '2027-12-01' },
        new Date('2028-01-15T12:00:00Z'),
      ),
      'file-internal-appeal',
    );
    expect(d.due).toBe('2028-05-29');
    expect(isBusinessDay('2028-05-29')).toBe(false);
  });

  it('counts Feb 29, 2028 in Medicare’s 65 days (Jan 1 → Mar 6, 2028)', () => {
    const d = deadline(
      schedule(
        { program: 'medicare-advantage', noticeDate: '2028-01-01' },
        new Date('2028-01-15T12:00:00Z'),
      ),
      'file-internal-appeal',
    );
    expect(d.due).toBe('2028-03-06');
  });
});

describe('Medicare Advantage reconsideration (42 CFR 422.582(b))', () => {
  it('gives 65 days from the notice date for a notice dated Jan 1, 2025 or later', () => {
    const d = deadline(
      schedule({ program: 'medicare-advantage', noticeDate: '2025-01-01' }),
      'file-internal-appeal',
    );
    expect(d.due).toBe('2025-03-07');
    expect(d.limit).toBe('65 days');
    expect(d.citation).toBe('42 CFR 422.582(b)');
    expect(d.countedFrom).toBe('the date on the notice (2025-01-01)');
  });

  it('gives 60 days for a notice dated Dec 31, 2024 or earlier', () => {
    const d = deadline(
      schedule({ program: 'medicare-advantage', noticeDate: '2024-12-31' }),
      'file-internal-appeal',
    );
    expect(d.due).toBe('2025-03-01');
    expect(d.limit).toBe('60 days');
    expect(d.citation).toBe('42 CFR 422.582(b) (as in force before 2025-01-01)');
  });

  it('does not move with the day the notice arrived: the 5 mailing days are built in', () => {
    for (const [noticeDate, due] of [
      ['2025-01-01', '2025-03-07'],
      ['2024-12-31', '2025-03-01'],
    ] as const) {
      const d = deadline(
        schedule({ program: 'medicare-advantage', noticeDate, receivedDate: '2025-01-09' }),
        'file-internal-appeal',
      );
      expect(d.due).toBe(due);
      expect(d.countedFrom).toBe(`the date on the notice (${noticeDate})`);
    }
  });

  it('adds no "your state may give more time" note: Medicare Advantage is federal only', () => {
    const d = deadline(
      schedule({ program: 'medicare-advantage', state: 'CA', noticeDate: '2026-06-15' }),
      'file-internal-appeal',
    );
    expect(d.note).not.toContain('California');
  });

  it('gives 60 days from the IRE decision to ask for an ALJ hearing, with the 2026 amount', () => {
    const d = deadline(
      schedule({ program: 'medicare-advantage', notice: 'ire-decision', noticeDate: '2026-03-02' }),
      'file-alj-hearing',
    );
    expect(d.due).toBe('2026-05-01');
    expect(d.citation).toBe('42 CFR 422.600, 422.602');
    expect(d.note).toContain('$200 in 2026');
  });
});

describe('Medicaid managed care (42 CFR 438)', () => {
  const initial = schedule({
    program: 'medicaid-managed-care',
    state: 'OH',
    noticeDate: '2026-11-02',
    receivedDate: '2026-11-06',
  });

  it('gives 10 days from the notice date to appeal and keep benefits (438.420(a)–(b))', () => {
    const d = deadline(initial, 'continue-benefits');
    expect(d.due).toBe('2026-11-12');
    expect(d.countedFrom).toBe('the date on the notice (2026-11-02)');
    expect(d.citation).toBe('42 CFR 438.420(a)–(b)');
  });

  it('gives 60 days from the notice date, not the day it arrived, to appeal to the plan (438.402(c)(2)(ii)); New Year’s Day is not skipped', () => {
    const d = deadline(initial, 'file-internal-appeal');
    expect(d.due).toBe('2027-01-01');
    expect(d.countedFrom).toBe('the date on the notice (2026-11-02)');
    expect(d.citation).toBe('42 CFR 438.402(c)(2)(ii)');
  });

  it('lists the state fair hearing for later: its clock starts with the plan’s answer', () => {
    expect(ids(initial)).not.toContain('file-state-fair-hearing');
    const hearing = later(initial, 'file-state-fair-hearing');
    expect(hearing.limit).toBe('120 days');
    expect(hearing.startsWhen).toBe('the plan’s final answer to your appeal, if it says no');
    expect(hearing.citation).toBe('42 CFR 438.408(f)(2)');
  });

  it('after the plan’s final denial: 120 days for a fair hearing and 10 days to keep benefits (438.408(f)(2); 438.420(c))', () => {
    const s = schedule({
      program: 'medicaid-managed-care',
      state: 'OH',
      notice: 'final-internal-denial',
      noticeDate: '2026-11-02',
    });
    expect(ids(s)).toEqual(['continue-benefits', 'file-state-fair-hearing']);
    const hearing = deadline(s, 'file-state-fair-hearing');
    expect(hearing.due).toBe('2027-03-02');
    expect(hearing.countedFrom).toBe('the date on the notice (2026-11-02)');
    const keep = deadline(s, 'continue-benefits');
    expect(keep.due).toBe('2026-11-12');
    expect(keep.citation).toBe('42 CFR 438.420(c)');
    expect(hearing.note).toContain('Ohio’s Medicaid agency');
  });
});

describe('California: Independent Medical Review, 6 months (appeal-rules.md §2d)', () => {
  const finalDenial = {
    notice: 'final-internal-denial',
    state: 'CA',
    noticeDate: '2026-06-15',
    receivedDate: '2026-06-19',
  } as const;

  it('sends an insured HMO to the DMHC: 6 months from the plan’s written decision (H&S Code §1374.30)', () => {
    const d = deadline(
      schedule({
        ...finalDenial,
        program: 'employer-group',
        funding: 'fully-insured',
        networkType: 'hmo',
      }),
      'file-external-review',
    );
    expect(d.due).toBe('2026-12-15');
    expect(d.limit).toBe('6 months');
    expect(d.citation).toBe('Cal. Health & Safety Code §1374.30 et seq.');
    expect(d.action).toContain('DMHC');
    expect(d.countedFrom).toBe('the date on the notice (2026-06-15)');
  });

  it('sends an insured PPO to the CDI (Cal. Insurance Code §10169)', () => {
    const d = deadline(
      schedule({ ...finalDenial, program: 'individual-market', networkType: 'ppo' }),
      'file-external-review',
    );
    expect(d.due).toBe('2026-12-15');
    expect(d.citation).toBe('Cal. Insurance Code §10169 et seq.');
    expect(d.action).toContain('Department of Insurance');
  });

  it('gives a self-funded employer plan in California the federal 4 months, with no "California may give more time" note', () => {
    const d = deadline(
      schedule({
        ...finalDenial,
        program: 'employer-group',
        funding: 'self-funded',
        networkType: 'hmo',
      }),
      'file-external-review',
    );
    expect(d.due).toBe('2026-10-19');
    expect(d.limit).toBe('4 months');
    expect(d.citation).toBe('45 CFR 147.136(d)(2)(i); 29 CFR 2590.715-2719(d)(2)(i)');
    expect(d.note).not.toContain('California');
    expect(d.note).not.toContain('more time');
  });

  it('shows the earliest possible date (4 months) when funding is unknown, and says it depends on funding', () => {
    const d = deadline(
      schedule({ ...finalDenial, program: 'employer-group', networkType: 'hmo' }),
      'file-external-review',
    );
    expect(d.due).toBe('2026-10-19');
    expect(d.note).toContain('self-funded');
    expect(d.note).toContain('the earliest possible date');
  });

  it('gives an insured plan 6 months whatever its network type: the DMHC and the CDI both allow 6 months', () => {
    // Every insured California plan answers to one of the two; the federal 4 months is not a
    // date that can apply to it, so it is not "the earliest possible date".
    for (const networkType of [null, 'other'] as const) {
      const d = deadline(
        schedule({ ...finalDenial, program: 'individual-market', networkType }),
        'file-external-review',
      );
      expect(d.due, `networkType ${networkType}`).toBe('2026-12-15');
      expect(d.limit, `networkType ${networkType}`).toBe('6 months');
    }
  });

  it('gives an insured HMO’s plan 30 days to decide a grievance', () => {
    const d = deadline(
      schedule({
        program: 'individual-market',
        state: 'CA',
        networkType: 'hmo',
        urgency: 'post-service',
        noticeDate: '2026-06-15',
        appealFiledAt: '2026-07-01',
      }),
      'plan-decides-internal-appeal',
    );
    expect(d.due).toBe('2026-07-31');
    expect(d.citation).toBe('Cal. Health & Safety Code §1374.30 et seq. (DMHC grievance process)');
  });
});

describe('other states (appeal-rules.md §2c–2d)', () => {
  const insuredFinal = (state: UsState, extra: Partial<Input> = {}) =>
    schedule({
      program: 'employer-group',
      funding: 'fully-insured',
      notice: 'final-internal-denial',
      state,
      noticeDate: '2026-06-15',
      ...extra,
    });

  it('New York: 4 months after receipt (Pub. Health Law §4914(2)(a)), ending on the last day of a short month', () => {
    const d = deadline(
      insuredFinal('NY', { noticeDate: '2025-10-28', receivedDate: '2025-10-31' }),
      'file-external-review',
    );
    expect(d.due).toBe('2026-02-28');
    expect(d.citation).toBe('N.Y. Pub. Health Law §4914(2)(a); N.Y. Ins. Law art. 49');
    expect(d.confidence).toBe('high');
    expect(d.verify).toBe(false);
  });

  it('Texas: the 4-month window is not confirmed, so the person must verify it (low confidence)', () => {
    const d = deadline(insuredFinal('TX'), 'file-external-review');
    expect(d.due).toBe('2026-10-15');
    expect(d.citation).toBe('Tex. Ins. Code ch. 4202');
    expect(d.confidence).toBe('low');
    expect(d.verify).toBe(true);
    expect(d.note).toContain('Verify this date with your plan or your state');
  });

  it('Florida: insured plans use the federal process, with its weekend roll-forward', () => {
    const s = schedule({
      program: 'individual-market',
      state: 'FL',
      notice: 'final-internal-denial',
      noticeDate: '2026-01-14',
      receivedDate: '2026-01-17',
    });
    const d = deadline(s, 'file-external-review');
    expect(d.due).toBe('2026-05-18');
    expect(d.citation).toBe('45 CFR 147.136(d)(2)(i) (Florida uses the federal process)');
    expect(later(s, 'send-information-to-reviewer').limit).toBe('10 business days');
  });

  it('Illinois: an insured plan must decide an urgent appeal in 48 hours (215 ILCS 180/40)', () => {
    const d = deadline(
      schedule({
        program: 'employer-group',
        funding: 'fully-insured',
        state: 'IL',
        urgency: 'urgent',
        noticeDate: '2026-06-15',
        appealFiledAt: '2026-06-20T09:30',
      }),
      'plan-decides-internal-appeal',
    );
    expect(d.due).toBe('2026-06-22T09:30:00-05:00');
    expect(d.limit).toBe('48 hours');
    expect(d.citation).toBe('215 ILCS 180/40');
  });

  it('Pennsylvania: the state process’s own deadline was not read (low confidence)', () => {
    const d = deadline(
      schedule({
        program: 'individual-market',
        state: 'PA',
        notice: 'final-internal-denial',
        noticeDate: '2026-06-15',
      }),
      'file-external-review',
    );
    expect(d.due).toBe('2026-10-15');
    expect(d.citation).toContain('Pa. Act 146 of 2022');
    expect(d.confidence).toBe('low');
    expect(d.verify).toBe(true);
    expect(d.note).toContain('Verify this date');
  });

  it('a state without its own rows (Ohio) gets the federal floor and a note to check Ohio’s rules', () => {
    const first = deadline(
      schedule({
        program: 'employer-group',
        funding: 'fully-insured',
        state: 'OH',
        noticeDate: '2026-06-15',
      }),
      'file-internal-appeal',
    );
    expect(first.due).toBe('2026-12-12');
    expect(first.citation).toBe('29 CFR 2560.503-1(h)(3)(i); 45 CFR 147.136(b)(2)(i), (b)(3)(i)');
    expect(first.note).toContain(
      'Ohio may give you more time: check your notice or Ohio’s insurance department',
    );

    const review = deadline(insuredFinal('OH'), 'file-external-review');
    expect(review.due).toBe('2026-10-15');
    expect(review.citation).toBe('45 CFR 147.136(c)(2), (d)(2)(i); 29 CFR 2590.715-2719(d)(2)(i)');
    expect(review.note).toContain('Ohio');
  });

  it('without a state, says the date is the federal minimum and asks for the state', () => {
    const d = deadline(
      schedule({ program: 'employer-group', noticeDate: '2026-06-15' }),
      'file-internal-appeal',
    );
    expect(d.note).toContain('Add your state');
  });
});

describe('the plan’s deadline to decide the internal appeal (29 CFR 2560.503-1(i)(2))', () => {
  const filed = (extra: Partial<Input>) =>
    schedule({ program: 'employer-group', state: 'TX', noticeDate: '2026-10-01', ...extra });

  it('urgent: 72 hours from the moment the plan got the appeal', () => {
    const d = deadline(
      filed({ urgency: 'urgent', appealFiledAt: '2026-11-02T10:00' }),
      'plan-decides-internal-appeal',
    );
    expect(d.due).toBe('2026-11-05T10:00:00-06:00');
    expect(d.who).toBe('plan');
    expect(d.citation).toBe('29 CFR 2560.503-1(i)(2)(i)');
  });

  it('pre-service: 30 days from the day the plan got the appeal', () => {
    const d = deadline(
      filed({ urgency: 'pre-service', appealFiledAt: '2026-11-02' }),
      'plan-decides-internal-appeal',
    );
    expect(d.due).toBe('2026-12-02');
    expect(d.countedFrom).toBe('the day the plan got your appeal (2026-11-02)');
    expect(d.citation).toBe('29 CFR 2560.503-1(i)(2)(ii)');
  });

  it('post-service: 60 days from the day the plan got the appeal', () => {
    const d = deadline(
      filed({ urgency: 'post-service', appealFiledAt: '2026-11-02' }),
      'plan-decides-internal-appeal',
    );
    expect(d.due).toBe('2027-01-01');
    expect(d.citation).toBe('29 CFR 2560.503-1(i)(2)(iii)');
  });

  it('is listed for later, not dated, until the appeal is filed', () => {
    const s = filed({ urgency: 'pre-service' });
    expect(ids(s)).not.toContain('plan-decides-internal-appeal');
    const step = later(s, 'plan-decides-internal-appeal');
    expect(step.limit).toBe('30 days');
    expect(step.startsWhen).toBe('the day the plan gets your appeal');
  });

  it('runs 72 real hours across the spring-forward change (New York, Mar 6 15:00 EST → Mar 9 16:00 EDT)', () => {
    const d = deadline(
      schedule({
        program: 'employer-group',
        state: 'NY',
        urgency: 'urgent',
        noticeDate: '2026-03-01',
        appealFiledAt: '2026-03-06T15:00',
      }),
      'plan-decides-internal-appeal',
    );
    expect(d.due).toBe('2026-03-09T16:00:00-04:00');
  });

  it('runs 72 real hours across the fall-back change (New York, Oct 30 15:00 EDT → Nov 2 14:00 EST)', () => {
    const d = deadline(
      schedule({
        program: 'employer-group',
        state: 'NY',
        urgency: 'urgent',
        noticeDate: '2026-10-01',
        appealFiledAt: '2026-10-30T15:00',
      }),
      'plan-decides-internal-appeal',
    );
    expect(d.due).toBe('2026-11-02T14:00:00-05:00');
  });

  it('counts the plan’s hours from the end of the day when only the date of filing is known, and says so', () => {
    const d = deadline(
      schedule({
        program: 'employer-group',
        state: 'NY',
        urgency: 'urgent',
        noticeDate: '2026-11-01',
        appealFiledAt: '2026-11-16',
      }),
      'plan-decides-internal-appeal',
    );
    expect(d.due).toBe('2026-11-20T00:00:00-05:00');
    expect(d.note).toContain('counts from the end of that day');
  });

  it('shows the latest possible plan date (60 days) when urgency is unknown, and says why', () => {
    const d = deadline(filed({ appealFiledAt: '2026-11-02' }), 'plan-decides-internal-appeal');
    expect(d.due).toBe('2027-01-01');
    expect(d.citation).toBe('29 CFR 2560.503-1(i)(2)(iii)');
    expect(d.note).toContain('whether the care is urgent');
    expect(d.note).toContain('the latest possible date');
  });

  it('shows hour deadlines in the person’s own time zone when they give one', () => {
    const d = deadline(
      filed({ urgency: 'urgent', appealFiledAt: '2026-11-02T10:00', timeZone: 'America/Denver' }),
      'plan-decides-internal-appeal',
    );
    expect(d.due).toBe('2026-11-05T10:00:00-07:00');
  });
});

describe('send-by dates: when to post a letter so it arrives in time', () => {
  it('is 10 days before the due date by default', () => {
    const d = deadline(
      schedule({ program: 'employer-group', state: 'TX', noticeDate: '2026-10-01' }),
      'file-internal-appeal',
    );
    expect(d.due).toBe('2027-03-30');
    expect(d.sendBy).toBe('2027-03-20');
  });

  it('equals the due date with sendByDays: 0', () => {
    const d = deadline(
      schedule({ program: 'employer-group', state: 'TX', noticeDate: '2026-10-01', sendByDays: 0 }),
      'file-internal-appeal',
    );
    expect(d.sendBy).toBe('2027-03-30');
  });

  it('is clamped to the notice date for Medicaid’s 10 days to keep benefits, with a note that mail is too slow', () => {
    const d = deadline(
      schedule({ program: 'medicaid-managed-care', state: 'OH', noticeDate: '2026-11-02' }),
      'continue-benefits',
    );
    expect(d.due).toBe('2026-11-12');
    expect(d.sendBy).toBe('2026-11-02');
    expect(d.note).toContain('too little time to rely on mail');
  });

  it('is clamped to the notice date, with the mail note, when the person asks for more lead time than there is', () => {
    const d = deadline(
      schedule({
        program: 'medicaid-managed-care',
        state: 'OH',
        noticeDate: '2026-11-02',
        sendByDays: 15,
      }),
      'continue-benefits',
    );
    expect(d.sendBy).toBe('2026-11-02');
    expect(d.note).toContain('too little time to rely on mail');
  });

  it('is null for what the plan must do', () => {
    const d = deadline(
      schedule({
        program: 'employer-group',
        state: 'TX',
        urgency: 'pre-service',
        noticeDate: '2026-10-01',
        appealFiledAt: '2026-11-02',
      }),
      'plan-decides-internal-appeal',
    );
    expect(d.sendBy).toBeNull();
  });
});

describe('every deadline the engine can produce', () => {
  const noticesOf: Record<Program, readonly NoticeStage[]> = {
    'employer-group': ['initial-denial', 'final-internal-denial'],
    'individual-market': ['initial-denial', 'final-internal-denial'],
    'medicare-advantage': ['initial-denial', 'ire-decision', 'alj-decision', 'council-decision'],
    'medicaid-managed-care': ['initial-denial', 'final-internal-denial'],
  };
  const states = [null, 'CA', 'NY', 'TX', 'FL', 'IL', 'PA', 'OH', 'AK'] as const;
  const urgencies = [null, ...urgencyIds] as const;
  const fundings = [null, 'fully-insured', 'self-funded'] as const;
  const networkTypes = [null, 'hmo', 'ppo'] as const;
  const filings = [
    { appealFiledAt: null, reviewFiledAt: null, reviewerNoticeDate: null },
    {
      appealFiledAt: '2026-07-01',
      reviewFiledAt: '2026-10-20',
      reviewerNoticeDate: '2026-10-22',
    },
    {
      appealFiledAt: '2026-03-06T15:00',
      reviewFiledAt: '2026-10-30T08:00',
      reviewerNoticeDate: '2026-10-31',
    },
  ] as const;

  const all: { input: Input; schedule: DeadlineSchedule }[] = [];
  for (const program of programIds)
    for (const notice of noticesOf[program])
      for (const state of states)
        for (const urgency of urgencies)
          for (const funding of fundings)
            for (const networkType of networkTypes)
              for (const filing of filings)
                for (const receivedDate of [null, '2026-03-04']) {
                  const input: Input = {
                    program,
                    notice,
                    state,
                    urgency,
                    funding,
                    networkType,
                    noticeDate: '2026-03-02',
                    receivedDate,
                    ...filing,
                  };
                  all.push({ input, schedule: schedule(input) });
                }

  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
  const isDueFormat = (due: string) =>
    isIsoDate(due) || (dateTime.test(due) && isIsoDate(due.slice(0, 10)));
  // A date-only deadline lasts to the end of its day; a date-time, to its minute (same zone).
  const endOf = (due: string) => (due.includes('T') ? due.slice(0, 19) : `${due}T24:00:00`);

  it('produces every kind of deadline somewhere in the loop', () => {
    const seen = new Set(all.flatMap(({ schedule: s }) => ids(s)));
    expect([...seen].sort()).toEqual(
      [
        'continue-benefits',
        'file-alj-hearing',
        'file-appeals-council-review',
        'file-external-review',
        'file-federal-court',
        'file-internal-appeal',
        'file-state-fair-hearing',
        'plan-decides-internal-appeal',
        'reviewer-decides-external-review',
        'send-information-to-reviewer',
      ].sort(),
    );
  });

  /** Every deadline of every schedule that breaks `rule`, described; empty when none does. */
  function breaking(rule: (d: Deadline, input: Input) => boolean): string[] {
    const found: string[] = [];
    for (const { input, schedule: s } of all)
      for (const d of s.deadlines)
        if (!rule(d, input)) found.push(`${d.id} due ${d.due} for ${JSON.stringify(input)}`);
    return found;
  }

  it('gives each a citation, a source and a confidence', () => {
    expect(breaking((d) => d.citation.trim() !== '' && d.source.trim() !== '')).toEqual([]);
    expect(breaking((d) => ['high', 'medium', 'low'].includes(d.confidence))).toEqual([]);
  });

  it('asks the person to verify exactly the dates whose rule is low confidence, and says so', () => {
    expect(breaking((d) => d.verify === (d.confidence === 'low'))).toEqual([]);
    expect(
      breaking((d) => !d.verify || (d.note ?? '').includes('Verify this date with your plan')),
    ).toEqual([]);
  });

  it('writes each due date as YYYY-MM-DD, or as an ISO date-time with an offset for limits in hours', () => {
    expect(breaking((d) => isDueFormat(d.due))).toEqual([]);
    expect(breaking((d) => d.due.includes('T') === d.limit.endsWith('hours'))).toEqual([]);
  });

  it('gives the person’s own steps a send-by date between the notice date and the due date', () => {
    expect(
      breaking((d, input) => {
        if (d.who !== 'patient') return true;
        const sendBy = d.sendBy ?? '';
        return isIsoDate(sendBy) && sendBy <= d.due.slice(0, 10) && sendBy >= input.noticeDate;
      }),
    ).toEqual([]);
  });

  it('gives no send-by date for what the plan or the reviewer must do', () => {
    expect(breaking((d) => d.who === 'patient' || d.sendBy === null)).toEqual([]);
  });

  it('lists deadlines soonest first', () => {
    const unsorted = all.filter(({ schedule: s }) => {
      const ends = s.deadlines.map((d) => endOf(d.due));
      return ends.some((end, i) => i > 0 && end < ends[i - 1]!);
    });
    expect(unsorted.map(({ input }) => JSON.stringify(input))).toEqual([]);
  });

  it('gives every later step a limit, a start and a citation', () => {
    const found: string[] = [];
    for (const { input, schedule: s } of all)
      for (const l of s.later)
        if (
          l.citation.trim() === '' ||
          l.startsWhen.trim() === '' ||
          !/^\d+ (day|business day|month|hour)s?( or \d+ .+)?$/.test(l.limit)
        )
          found.push(`${l.id} for ${JSON.stringify(input)}`);
    expect(found).toEqual([]);
  });
});

describe('the rule tables', () => {
  it('give every row a citation, a source and a confidence', () => {
    const rows = [...federalDeadlineRules, ...stateDeadlineRules];
    expect(rows.length).toBeGreaterThan(40);
    for (const rule of rows) {
      const where = `${rule.id} ${JSON.stringify(rule.scope)}`;
      expect(rule.citation.trim(), where).not.toBe('');
      expect(rule.source.trim(), where).toMatch(/appeal-rules\.md §\d/);
      expect(['high', 'medium', 'low'], where).toContain(rule.confidence);
    }
  });

  it('keep state rows in the state table and federal rows out of it', () => {
    for (const rule of stateDeadlineRules) expect(rule.scope.state, rule.id).toBeDefined();
    for (const rule of federalDeadlineRules) expect(rule.scope.state, rule.id).toBeUndefined();
  });
});
