import { describe, expect, it } from 'vitest';
import { buildDeadlineOfCase as deadline } from '../testing/deadline-factory.js';
import { isOverdue, type StoredTask } from './task.js';
import { dueWithin, sortTasks, taskOfDeadline, taskOfStored } from './task-rules.js';

const stored = (overrides: Partial<StoredTask> = {}): StoredTask => ({
  id: 'task-1',
  caseId: 'case-1',
  kind: 'follow-up',
  title: 'Follow up with Acme',
  due: '2026-12-01',
  sourceCallId: 'call-1',
  doneAt: null,
  doneBy: null,
  createdAt: '2026-11-27T12:00:00.000Z',
  createdBy: 'local-owner',
  ...overrides,
});

describe('overdue', () => {
  it('is a task not done whose day has passed (not the day itself)', () => {
    expect(isOverdue({ due: '2026-11-26', done: false }, '2026-11-27')).toBe(true);
    expect(isOverdue({ due: '2026-11-27', done: false }, '2026-11-27')).toBe(false);
    expect(isOverdue({ due: '2026-11-26', done: true }, '2026-11-27')).toBe(false);
    expect(taskOfStored(stored({ due: '2026-11-20' }), 'Ana', '2026-11-27').overdue).toBe(true);
  });

  it('words a follow-up the system wrote in Spanish when asked, and keeps English by default', () => {
    expect(taskOfStored(stored(), 'Ana', '2026-11-27', 'appeal', 'es').title).toBe(
      'Comuníquese de nuevo con Acme',
    );
    expect(taskOfStored(stored(), 'Ana', '2026-11-27').title).toBe('Follow up with Acme');
  });
});

describe('tasks from deadlines', () => {
  it('makes the person’s deadline a task due on its send-by date, with the legal last day and the rule', () => {
    const task = taskOfDeadline(deadline({}), '2026-11-27');
    expect(task).toMatchObject({
      id: 'file-internal-appeal.deadline',
      kind: 'deadline',
      due: '2027-03-20',
      lastDay: '2027-03-30',
      citation: '29 CFR 2560.503-1(h)(3)(i)',
      stored: false,
      overdue: false,
    });
  });

  it('makes the plan’s decision deadline a "call if no decision" task for the day after', () => {
    const task = taskOfDeadline(
      deadline({
        id: 'plan-decides-internal-appeal',
        who: 'plan',
        due: '2026-12-10',
        sendBy: null,
        citation: '29 CFR 2560.503-1(i)(2)(iii)',
        confidence: 'medium',
        verify: true,
      }),
      '2026-12-12',
    );
    expect(task).toMatchObject({
      kind: 'call-if-no-decision',
      due: '2026-12-11',
      lastDay: '2026-12-10',
      overdue: true,
      verify: true,
      source: { type: 'deadline', id: 'plan-decides-internal-appeal' },
    });
    expect(task?.title).toBe('Call the plan if you have no decision by 2026-12-10');
  });

  it('makes no task from a reviewer’s other steps', () => {
    expect(
      taskOfDeadline(
        deadline({ id: 'send-information-to-reviewer', who: 'reviewer' }),
        '2026-11-27',
      ),
    ).toBeNull();
  });
});

describe('order and window', () => {
  it('sorts soonest first and keeps tasks due within the window, overdue ones too', () => {
    const a = taskOfStored(stored({ id: 'a', due: '2026-12-20' }), 'Ana', '2026-11-27');
    const b = taskOfStored(stored({ id: 'b', due: '2026-11-01' }), 'Ana', '2026-11-27');
    const c = taskOfStored(stored({ id: 'c', due: '2026-12-27' }), 'Ana', '2026-11-27');
    expect(sortTasks([a, c, b]).map((t) => t.id)).toEqual(['b', 'a', 'c']);
    expect(dueWithin([a, b, c], 23, () => '2026-11-27').map((t) => t.id)).toEqual(['a', 'b']);
  });
});
