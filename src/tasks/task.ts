import type { CaseKind } from '../cases/case.js';
import type { Confidence } from '../deadlines/deadline-terms.js';

/**
 * Things the person must do, with a date: follow-ups from calls and tasks they added (stored), and
 * the dates the case's deadlines give (derived, never stored): when to send each appeal, and when
 * to call if the plan has not decided in time.
 */

/** Stored tasks: a follow-up made from a call's promise, or one the person added. */
export const storedTaskKinds = ['follow-up', 'manual'] as const;
export type StoredTaskKind = (typeof storedTaskKinds)[number];

export const taskKinds = {
  'follow-up': 'Follow up on a call',
  manual: 'Your own task',
  deadline: 'Send before a deadline',
  'call-if-no-decision': 'Call if no decision',
} as const;
export type TaskKind = keyof typeof taskKinds;

export interface StoredTask {
  readonly id: string;
  readonly caseId: string;
  readonly kind: StoredTaskKind;
  readonly title: string;
  /** `YYYY-MM-DD`. */
  readonly due: string;
  readonly sourceCallId: string | null;
  readonly doneAt: string | null;
  readonly doneBy: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** Where a task comes from: a call (its promise), or a deadline of the case. */
export type TaskSource =
  | { readonly type: 'call'; readonly id: string }
  | { readonly type: 'deadline'; readonly id: string }
  | null;

/** A task as the dashboard, the CLI and the calendar show it. */
export interface Task {
  /** A stored task's id, or `<deadline id>.<kind>` for one derived from a deadline. */
  readonly id: string;
  readonly caseId: string;
  readonly kind: TaskKind;
  readonly title: string;
  /** `YYYY-MM-DD`: the day to do it. */
  readonly due: string;
  /** For a deadline's task: the legal last day, after `due`. */
  readonly lastDay: string | null;
  readonly done: boolean;
  /** Not done and `due` is before the person's today. */
  readonly overdue: boolean;
  readonly source: TaskSource;
  /** The rule behind a task derived from a deadline. */
  readonly citation: string | null;
  readonly confidence: Confidence | null;
  /** True when the rule is not confirmed: verify the date with the plan. */
  readonly verify: boolean;
  /** Stored tasks can be ticked done; derived ones are done when the case moves on. */
  readonly stored: boolean;
  /** Whose case, to recognize it in a list across cases. */
  readonly patientName: string;
  /** The kind of case it belongs to, so a list links to the right page. */
  readonly caseKind: CaseKind;
}

/** Overdue: a day has passed since it was due and it is not done. */
export function isOverdue(task: { readonly due: string; readonly done: boolean }, today: string) {
  return !task.done && task.due < today;
}
