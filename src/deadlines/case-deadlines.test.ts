import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../cases/appeal-ladder.js';
import type { Denial, Plan } from '../cases/case.js';
import {
  caseDeadlines,
  deadlineQueryOf,
  nextDeadlineOf,
  noticeStageOf,
  timeZoneOfCase,
  type CaseDeadline,
  type CaseDeadlines,
  type CaseForDeadlines,
} from './case-deadlines.js';
import type { DeadlineId } from './deadline-rule.js';

/**
 * A case's deadlines: the rules applied to the case's own fields, each marked open, done (the
 * step was taken) or missed. "Today" is always given; no test reads the clock.
 */

interface CaseOverrides {
  readonly status?: CaseStatus;
  readonly plan?: Partial<Plan>;
  readonly denial?: Partial<Denial>;
}

/** A denied job-based, fully insured Texas claim, noticed on Oct 1, 2026; override what a test needs. */
function buildCase({ status = 'denied', plan, denial }: CaseOverrides = {}): CaseForDeadlines {
  return {
    status,
    plan: {
      insurer: 'Acme Health',
      planName: null,
      program: 'employer-group',
      funding: 'fully-insured',
      networkType: null,
      state: 'TX',
      memberId: null,
      groupNumber: null,
      ...plan,
    },
    denial: {
      noticeType: 'claim-denial',
      noticeDate: '2026-10-01',
      receivedDate: null,
      category: 'medical-necessity',
      statedReason: null,
      statedDeadlineDays: null,
      noticeStage: null,
      urgency: null,
      appealFiledAt: null,
      ...denial,
    },
  };
}

function deadline(result: CaseDeadlines, id: DeadlineId): CaseDeadline {
  const found = result.deadlines.find((d) => d.id === id);
  if (!found)
    throw new Error(`no "${id}" deadline; got ${result.deadlines.map((d) => d.id).join(', ')}`);
  return found;
}

const today = '2026-11-05';

describe('what the case’s notice is', () => {
  it('reads a final internal appeal denial as the final internal denial: external review is next', () => {
    const c = buildCase({
      status: 'internal-appeal-upheld',
      plan: { state: 'OH' },
      denial: { noticeType: 'final-internal-appeal-denial' },
    });
    expect(noticeStageOf(c.denial)).toBe('final-internal-denial');
    const result = caseDeadlines(c, today);
    expect(result.deadlines.map((d) => d.id)).not.toContain('file-internal-appeal');
    const review = deadline(result, 'file-external-review');
    expect(review.due).toBe('2027-02-01');
    expect(review.state).toBe('open');
  });

  it('reads any other notice type as the plan’s first denial', () => {
    expect(noticeStageOf(buildCase({ denial: { noticeType: 'eob' } }).denial)).toBe(
      'initial-denial',
    );
    expect(noticeStageOf(buildCase({ denial: { noticeType: null } }).denial)).toBe(
      'initial-denial',
    );
  });

  it('lets a stage the person set win over the notice type', () => {
    const c = buildCase({
      denial: { noticeType: 'claim-denial', noticeStage: 'final-internal-denial' },
    });
    expect(noticeStageOf(c.denial)).toBe('final-internal-denial');
  });

  it('reads a prior-authorization denial as care not yet received (pre-service): the plan has 30 days', () => {
    const c = buildCase({
      denial: { noticeType: 'prior-authorization-denial', appealFiledAt: '2026-10-20' },
    });
    expect(deadlineQueryOf(c)?.urgency).toBe('pre-service');
    const d = deadline(caseDeadlines(c, today), 'plan-decides-internal-appeal');
    expect(d.due).toBe('2026-11-19');
    expect(d.citation).toBe('29 CFR 2560.503-1(i)(2)(ii)');
  });

  it('reads a claim denial as care already received (post-service): the plan has 60 days', () => {
    const c = buildCase({ denial: { noticeType: 'claim-denial', appealFiledAt: '2026-10-20' } });
    expect(deadlineQueryOf(c)?.urgency).toBe('post-service');
    expect(deadline(caseDeadlines(c, today), 'plan-decides-internal-appeal').due).toBe(
      '2026-12-19',
    );
  });

  it('lets an urgency the person set win over the notice type', () => {
    const c = buildCase({
      denial: { noticeType: 'prior-authorization-denial', urgency: 'urgent' },
    });
    expect(deadlineQueryOf(c)?.urgency).toBe('urgent');
  });

  it('shows hour deadlines in the zone of the plan’s state, Eastern when the state is unknown', () => {
    expect(timeZoneOfCase(buildCase({ plan: { state: 'CA' } }))).toBe('America/Los_Angeles');
    expect(timeZoneOfCase(buildCase({ plan: { state: null } }))).toBe('America/New_York');
    const c = buildCase({
      plan: { state: 'CA' },
      denial: { urgency: 'urgent', appealFiledAt: '2026-10-20T09:00' },
    });
    expect(deadline(caseDeadlines(c, today), 'plan-decides-internal-appeal').due).toBe(
      '2026-10-23T09:00:00-07:00',
    );
  });
});

describe('open, done or missed', () => {
  it('keeps the internal appeal open while the case is only denied', () => {
    const d = deadline(
      caseDeadlines(buildCase({ status: 'denied' }), today),
      'file-internal-appeal',
    );
    expect(d.due).toBe('2027-03-30');
    expect(d.state).toBe('open');
    expect(d.daysLeft).toBe(145);
  });

  it('keeps it open while the appeal is only drafted', () => {
    const c = buildCase({ status: 'internal-appeal-drafted' });
    expect(deadline(caseDeadlines(c, today), 'file-internal-appeal').state).toBe('open');
  });

  it('marks it done once the appeal is submitted', () => {
    const c = buildCase({ status: 'internal-appeal-submitted' });
    expect(deadline(caseDeadlines(c, today), 'file-internal-appeal').state).toBe('done');
  });

  it('marks the plan’s decision done once the plan has decided', () => {
    const c = buildCase({
      status: 'internal-appeal-upheld',
      denial: { appealFiledAt: '2026-10-20' },
    });
    expect(deadline(caseDeadlines(c, today), 'plan-decides-internal-appeal').state).toBe('done');
    const waiting = buildCase({
      status: 'internal-appeal-submitted',
      denial: { appealFiledAt: '2026-10-20' },
    });
    expect(deadline(caseDeadlines(waiting, today), 'plan-decides-internal-appeal').state).toBe(
      'open',
    );
  });

  it('is still open on the due date itself, and missed the day after', () => {
    const c = buildCase();
    const onTheDay = deadline(caseDeadlines(c, '2027-03-30'), 'file-internal-appeal');
    expect(onTheDay.state).toBe('open');
    expect(onTheDay.daysLeft).toBe(0);
    const after = deadline(caseDeadlines(c, '2027-04-01'), 'file-internal-appeal');
    expect(after.state).toBe('missed');
    expect(after.daysLeft).toBe(-2);
  });

  it('keeps Medicaid’s 10 days to ask for a fair hearing and keep benefits open after the plan upholds its denial (42 CFR 438.420(c))', () => {
    // The plan appeal is over; what keeps benefits now is asking for the fair hearing.
    const c = buildCase({
      status: 'plan-appeal-upheld',
      plan: { program: 'medicaid-managed-care', funding: null, state: 'OH' },
      denial: { noticeType: 'final-internal-appeal-denial', noticeDate: '2026-11-02' },
    });
    const keep = deadline(caseDeadlines(c, today), 'continue-benefits');
    expect(keep.due).toBe('2026-11-12');
    expect(keep.state).toBe('open');
    expect(nextDeadlineOf(c)).toBe('2026-11-12');
  });

  it('marks Medicaid’s 10 days done once the fair hearing is asked for', () => {
    const c = buildCase({
      status: 'state-fair-hearing-submitted',
      plan: { program: 'medicaid-managed-care', funding: null, state: 'OH' },
      denial: { noticeType: 'final-internal-appeal-denial', noticeDate: '2026-11-02' },
    });
    const result = caseDeadlines(c, today);
    expect(deadline(result, 'continue-benefits').state).toBe('done');
    expect(deadline(result, 'file-state-fair-hearing').state).toBe('done');
  });
});

describe('the deadline printed on the notice', () => {
  it('is listed beside the legal one, counted from the notice date, with the law’s later date in its note', () => {
    const result = caseDeadlines(buildCase({ denial: { statedDeadlineDays: 60 } }), today);
    const stated = deadline(result, 'notice-stated-deadline');
    expect(stated.due).toBe('2026-11-30');
    expect(stated.sendBy).toBe('2026-11-20');
    expect(stated.limit).toBe('60 days');
    expect(stated.citation).toBe('Your notice');
    expect(stated.countedFrom).toBe('the date on the notice (2026-10-01)');
    expect(stated.note).toContain('The law gives you until 2027-03-30');
    expect(deadline(result, 'file-internal-appeal').due).toBe('2027-03-30');
  });

  it('carries no note when the notice gives more time than the law', () => {
    const result = caseDeadlines(buildCase({ denial: { statedDeadlineDays: 200 } }), today);
    const stated = deadline(result, 'notice-stated-deadline');
    expect(stated.due).toBe('2027-04-19');
    expect(stated.note).toBeNull();
  });

  it('is not listed twice when the notice gives the law’s own day', () => {
    const result = caseDeadlines(buildCase({ denial: { statedDeadlineDays: 180 } }), today);
    const ids = result.deadlines.map((d) => d.id);
    expect(ids).not.toContain('notice-stated-deadline');
    expect(deadline(result, 'file-internal-appeal').due).toBe('2027-03-30');
  });

  it('is not listed when the notice gives no number of days', () => {
    const result = caseDeadlines(buildCase(), today);
    expect(result.deadlines.map((d) => d.id)).not.toContain('notice-stated-deadline');
  });

  it('comes first when it is the soonest', () => {
    const result = caseDeadlines(buildCase({ denial: { statedDeadlineDays: 60 } }), today);
    const dates = result.deadlines.map((d) => d.due.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    expect(result.deadlines[0]?.id).toBe('notice-stated-deadline');
  });
});

describe('the next deadline of a case', () => {
  it('is the legal deadline when the notice gives none', () => {
    expect(nextDeadlineOf(buildCase())).toBe('2027-03-30');
  });

  it('is the notice’s own deadline when that comes first', () => {
    expect(nextDeadlineOf(buildCase({ denial: { statedDeadlineDays: 60 } }))).toBe('2026-11-30');
  });

  it('skips the plan’s deadlines: it is what the person must not miss', () => {
    const c = buildCase({
      status: 'internal-appeal-submitted',
      denial: { noticeType: 'prior-authorization-denial', appealFiledAt: '2026-10-20' },
    });
    expect(deadline(caseDeadlines(c, today), 'plan-decides-internal-appeal').due).toBe(
      '2026-11-19',
    );
    expect(nextDeadlineOf(c)).toBeNull();
  });

  it('is Medicaid’s 10 days to keep benefits while the plan appeal is not yet sent', () => {
    const c = buildCase({
      plan: { program: 'medicaid-managed-care', funding: null, state: 'OH' },
      denial: { noticeDate: '2026-10-01' },
    });
    expect(nextDeadlineOf(c)).toBe('2026-10-11');
  });
});

describe('a case without the date on its notice', () => {
  const c = buildCase({ denial: { noticeDate: null } });

  it('says what is missing instead of guessing', () => {
    const result = caseDeadlines(c, today);
    expect(result.missing).toEqual(['the date on the notice']);
    expect(result.deadlines).toEqual([]);
    expect(result.timeZone).toBe('America/Chicago');
  });

  it('has no next deadline', () => {
    expect(deadlineQueryOf(c)).toBeNull();
    expect(nextDeadlineOf(c)).toBeNull();
  });

  it('has nothing missing once the date is known', () => {
    expect(caseDeadlines(buildCase(), today).missing).toEqual([]);
  });
});
