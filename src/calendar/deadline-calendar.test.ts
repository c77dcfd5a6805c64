import { describe, expect, it } from 'vitest';
import type { CaseDeadline, DeadlineOfCase } from '../deadlines/case-deadlines.js';
import { deadlineEvents } from './deadline-calendar.js';
import { detailsFromInput } from '../cases/case-details.js';
import { buildCaseInput } from '../testing/case-factory.js';

const theCase: DeadlineOfCase['case'] = {
  id: 'case-1',
  status: 'denied',
  version: 3,
  ...detailsFromInput(buildCaseInput({ patient: { name: 'Ana Ruiz' } })),
};

function deadline(overrides: Partial<CaseDeadline>): DeadlineOfCase {
  return {
    case: theCase,
    deadline: {
      id: 'file-internal-appeal',
      who: 'patient',
      action: 'Send your appeal to the plan',
      due: '2027-03-30',
      sendBy: '2027-03-20',
      countedFrom: 'the date on the notice (2026-10-01)',
      limit: '180 days',
      citation: '29 CFR 2560.503-1(h)(3)(i)',
      confidence: 'high',
      verify: false,
      note: null,
      source: 'appeal-rules.md §1',
      state: 'open',
      daysLeft: 123,
      ...overrides,
    },
  };
}

describe('deadlines as calendar events', () => {
  it('makes a due event and a send-by event for each of the person’s open deadlines, revised with the case', () => {
    const events = deadlineEvents([deadline({})]);
    expect(events.map((e) => [e.uid, e.date, e.sequence])).toEqual([
      ['case-1.file-internal-appeal.due@overturn.local', '2027-03-30', 3],
      ['case-1.file-internal-appeal.send-by@overturn.local', '2027-03-20', 3],
    ]);
    expect(events[0]?.alarmDaysBefore).toEqual([7, 1]);
    expect(events[0]?.description).toContain('Not legal advice');
  });

  it('leaves out the plan’s deadlines, met ones, and ones missed more than 30 days ago', () => {
    const events = deadlineEvents([
      deadline({ id: 'plan-decides-internal-appeal', who: 'plan', sendBy: null }),
      deadline({ state: 'done' }),
      deadline({ id: 'continue-benefits', state: 'missed', daysLeft: -31, sendBy: null }),
      deadline({ id: 'file-external-review', state: 'missed', daysLeft: -30, sendBy: null }),
    ]);
    expect(events.map((e) => e.uid)).toEqual(['case-1.file-external-review.due@overturn.local']);
  });
});
