import type { CaseKind } from '../cases/case.js';
import { addDays, compareText } from '../common/dates.js';
import type { Lang } from '../common/lang.js';
import type { DeadlineOfCase } from '../deadlines/case-deadlines.js';
import type { DeadlineId } from '../deadlines/deadline-rule.js';
import { datePart } from '../deadlines/deadline-query.js';
import { deadlineWords } from '../deadlines/deadline-wording.js';
import { isOverdue, type StoredTask, type Task } from './task.js';
import { callIfNoDecisionTitle, sendByTitle, storedTaskTitle, type Decider } from './task-words.js';

/**
 * Tasks from the case's deadlines (never stored: they follow the case's fields and status) and
 * the order tasks are shown in. No new law here: each task carries the citation of the deadline
 * row it comes from (`federal-deadline-rules.ts`, `state-deadline-rules.ts`).
 */

/** Deadlines by which someone else must decide: past them, the person should call and ask. */
const decisionDeadlines: ReadonlySet<DeadlineId> = new Set([
  'plan-decides-internal-appeal',
  'reviewer-decides-external-review',
]);

const whoDecides = (id: DeadlineId): Decider =>
  id === 'reviewer-decides-external-review' ? 'external-reviewer' : 'plan';

/**
 * The deadline's action in Spanish, from the deadline engine's own Spanish words; null when it has
 * none (the task's Spanish title then names the step in general words).
 */
function actionEsOf(d: DeadlineOfCase['deadline']): string | null {
  const es = deadlineWords.es;
  const action = d.id === 'notice-stated-deadline' ? es.stated.action : es.ruleAction(d.action);
  return action === d.action ? null : action;
}

/** The task a deadline of the case gives the person, if any, worded in `lang`. */
export function taskOfDeadline(
  { case: c, deadline: d }: DeadlineOfCase,
  today: string,
  lang: Lang = 'en',
): Task | null {
  const lastDay = datePart(d.due);
  const common = {
    caseId: c.id,
    done: false,
    citation: d.citation,
    confidence: d.confidence,
    verify: d.verify,
    stored: false,
    patientName: c.patient.name,
    caseKind: 'appeal',
    source: { type: 'deadline', id: d.id },
  } as const;
  if (d.who === 'patient') {
    const due = d.sendBy ?? lastDay;
    return {
      ...common,
      id: `${d.id}.deadline`,
      kind: 'deadline',
      title: sendByTitle({ action: d.action, actionEs: actionEsOf(d), due, lastDay }, lang),
      due,
      lastDay,
      overdue: isOverdue({ due, done: false }, today),
    };
  }
  if (!decisionDeadlines.has(d.id)) return null;
  // The decision may arrive by mail on the last day; the call is for the day after it.
  const due = addDays(lastDay, 1);
  return {
    ...common,
    id: `${d.id}.call-if-no-decision`,
    kind: 'call-if-no-decision',
    title: callIfNoDecisionTitle(whoDecides(d.id), lastDay, lang),
    due,
    lastDay,
    overdue: isOverdue({ due, done: false }, today),
  };
}

/** A stored task as shown, its title in `lang` where the system wrote it. */
export function taskOfStored(
  task: StoredTask,
  patientName: string,
  today: string,
  caseKind: CaseKind = 'appeal',
  lang: Lang = 'en',
): Task {
  const done = task.doneAt !== null;
  return {
    id: task.id,
    caseId: task.caseId,
    kind: task.kind,
    title: storedTaskTitle(task, lang),
    due: task.due,
    lastDay: null,
    done,
    overdue: isOverdue({ due: task.due, done }, today),
    source: task.sourceCallId ? { type: 'call', id: task.sourceCallId } : null,
    citation: null,
    confidence: null,
    verify: false,
    stored: true,
    patientName,
    caseKind,
  };
}

/** Soonest first; open before done on one day; then by case and id, so the order is stable. */
export function sortTasks(tasks: readonly Task[]): Task[] {
  return [...tasks].sort(
    (a, b) =>
      compareText(a.due, b.due) ||
      Number(a.done) - Number(b.done) ||
      compareText(a.caseId, b.caseId) ||
      compareText(a.id, b.id),
  );
}

/** Tasks due on or before `today + days` in each task's own today (overdue ones included). */
export function dueWithin(
  tasks: readonly Task[],
  days: number,
  todayOf: (caseId: string) => string,
): Task[] {
  return tasks.filter((task) => task.due <= addDays(todayOf(task.caseId), days));
}
