import { describe, expect, it } from 'vitest';
import type { CaseDeadline, DeadlineOfCase } from '../deadlines/case-deadlines.js';
import { deadlineEvents } from './deadline-calendar.js';
import { buildDeadlineOfCase } from '../testing/deadline-factory.js';

const deadline = (overrides: Partial<CaseDeadline>): DeadlineOfCase =>
  buildDeadlineOfCase({ daysLeft: 123, ...overrides }, { version: 3 });

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
