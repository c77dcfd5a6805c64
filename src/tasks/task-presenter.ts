import { z } from 'zod';
import type { Lang } from '../common/lang.js';
import { taskKinds, type Task } from './task.js';
import { taskKindLabel } from './task-words.js';

/** What leaves the server about a task (and its zod schema for OpenAPI). */
export const taskView = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(Object.keys(taskKinds) as [keyof typeof taskKinds]),
  kindLabel: z.string(),
  title: z.string(),
  due: z.string().describe('YYYY-MM-DD: the day to do it'),
  lastDay: z.string().nullable().describe('For a deadline’s task: the legal last day'),
  done: z.boolean(),
  overdue: z.boolean(),
  source: z
    .object({ type: z.enum(['call', 'deadline']), id: z.string() })
    .nullable()
    .describe('The call or the deadline the task comes from'),
  citation: z.string().nullable(),
  confidence: z.enum(['high', 'medium', 'low']).nullable(),
  verify: z.boolean().describe('True when the rule is not confirmed: verify with your plan'),
  canTick: z.boolean().describe('Stored tasks can be ticked done; deadline tasks follow the case'),
  patientName: z.string(),
  caseKind: z.enum(['appeal', 'second-opinion']).describe('Which page the case is on'),
});
export type TaskView = z.infer<typeof taskView>;

/** The task as it leaves; its title is already in the asked language, `lang` words its kind. */
export function presentTask(task: Task, lang: Lang = 'en'): TaskView {
  return {
    id: task.id,
    caseId: task.caseId,
    kind: task.kind,
    kindLabel: taskKindLabel(task.kind, lang),
    title: task.title,
    due: task.due,
    lastDay: task.lastDay,
    done: task.done,
    overdue: task.overdue,
    source: task.source,
    citation: task.citation,
    confidence: task.confidence,
    verify: task.verify,
    canTick: task.stored,
    patientName: task.patientName,
    caseKind: task.caseKind,
  };
}

export const taskListView = z.object({ tasks: z.array(taskView) });
