import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { invalidInput, notFound } from '../common/errors.js';
import type { Lang } from '../common/lang.js';
import type { Case } from '../cases/case.js';
import { loadCaseShellFor } from '../cases/case-access.js';
import { caseListScope } from '../cases/case-policy.js';
import { timeZoneOfCase } from '../deadlines/case-deadlines.js';
import type { DeadlineService } from '../deadlines/deadline-service.js';
import { defaultTimeZone, timeZoneOfState } from '../deadlines/state-time-zones.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import { caseEventRecorder } from '../timeline/timeline-repository.js';
import type { StoredTask, Task } from './task.js';
import type { ManualTaskInput } from './task-input.js';
import {
  findTask,
  insertTask,
  listCaseTasks,
  listOpenTasks,
  setTaskDone,
} from './task-repository.js';
import { dueWithin, sortTasks, taskOfDeadline, taskOfStored } from './task-rules.js';

const zoneOfState = new Map<string, string>(Object.entries(timeZoneOfState));

/**
 * Tasks: the stored ones (follow-ups from calls, tasks the person added) and the ones the case's
 * deadlines give (when to send, when to call if no decision came), across every open case the actor
 * may see or for one case. Deadline tasks come from `deadlineService.acrossCases`, so the deadline
 * rules are applied in one place.
 */
export function taskService(ctx: ServiceContext, deadlines: DeadlineService) {
  const record = caseEventRecorder(ctx.newId);
  const todayIn = (timeZone: string) => dateInZone(ctx.clock().getTime(), timeZone);
  const todayFor = (c: { readonly plan: Pick<Case['plan'], 'state'> }) =>
    todayIn(timeZoneOfCase(c));

  /** Deadline tasks of every open case (or one), with each case's today. */
  async function deadlineTasks(actor: Actor, lang: Lang, caseId?: string) {
    const todays = new Map<string, string>();
    const tasks: Task[] = [];
    for (const item of await deadlines.acrossCases(actor, { caseId })) {
      let today = todays.get(item.case.id);
      if (today === undefined) todays.set(item.case.id, (today = todayFor(item.case)));
      const task = taskOfDeadline(item, today, lang);
      if (task) tasks.push(task);
    }
    return { tasks, todays };
  }

  async function setDone(
    actor: Actor,
    taskId: string,
    done: boolean,
    { lang = 'en' }: { lang?: Lang },
  ): Promise<Task> {
    const task = await findTask(ctx.db, taskId);
    if (!task) {
      if (taskId.includes('.'))
        throw invalidInput(
          'This task comes from a deadline of the case. It is done when you record that step on the case.',
          'taskId',
        );
      throw notFound('task', taskId);
    }
    const c = await loadCaseShellFor(ctx.db, actor, task.caseId);
    const now = ctx.clock().toISOString();
    const changed: StoredTask = done
      ? { ...task, doneAt: task.doneAt ?? now, doneBy: task.doneBy ?? actor.id }
      : { ...task, doneAt: null, doneBy: null };
    if ((task.doneAt !== null) !== done)
      await ctx.db.transaction().execute(async (trx) => {
        await setTaskDone(trx, task.id, done ? { at: now, by: actor.id } : null);
        await record(
          trx,
          c,
          actor,
          {
            type: done ? 'task-done' : 'task-reopened',
            taskId: task.id,
            title: task.title,
            due: task.due,
          },
          now,
        );
      });
    return taskOfStored(changed, c.patient.name, todayFor(c), c.kind, lang);
  }

  /**
   * Open tasks of every open case the actor may see, soonest first; `dueWithin` days ahead at
   * most; the titles the system wrote in `lang`.
   */
  async function list(
    actor: Actor,
    { dueWithin: days, lang = 'en' }: { dueWithin?: number; lang?: Lang } = {},
  ): Promise<Task[]> {
    const { tasks, todays } = await deadlineTasks(actor, lang);
    for (const { task, patientName, state, caseKind } of await listOpenTasks(
      ctx.db,
      caseListScope(actor).ownerId,
    )) {
      let today = todays.get(task.caseId);
      if (today === undefined)
        todays.set(
          task.caseId,
          (today = todayIn((state && zoneOfState.get(state)) || defaultTimeZone)),
        );
      tasks.push(taskOfStored(task, patientName, today, caseKind, lang));
    }
    const todayOf = (caseId: string) => todays.get(caseId) ?? todayIn(defaultTimeZone);
    return sortTasks(days === undefined ? tasks : dueWithin(tasks, days, todayOf));
  }

  /** One case's tasks: its stored ones (done ones too) and its deadlines' tasks. */
  async function forCase(
    actor: Actor,
    caseId: string,
    { lang = 'en' }: { lang?: Lang } = {},
  ): Promise<Task[]> {
    const c = await loadCaseShellFor(ctx.db, actor, caseId);
    const today = todayFor(c);
    const stored = (await listCaseTasks(ctx.db, c.id)).map((task) =>
      taskOfStored(task, c.patient.name, today, c.kind, lang),
    );
    // Only an appeal case has deadlines; a second-opinion case has the tasks people add to it.
    const { tasks } = c.kind === 'appeal' ? await deadlineTasks(actor, lang, c.id) : { tasks: [] };
    return sortTasks([...stored, ...tasks]);
  }

  return {
    list,
    forCase,

    /** A task of the person's own on a case. */
    async add(actor: Actor, caseId: string, input: ManualTaskInput): Promise<Task> {
      const c = await loadCaseShellFor(ctx.db, actor, caseId);
      const now = ctx.clock().toISOString();
      const task: StoredTask = {
        id: ctx.newId(),
        caseId: c.id,
        kind: 'manual',
        title: input.title,
        due: input.due,
        sourceCallId: null,
        doneAt: null,
        doneBy: null,
        createdAt: now,
        createdBy: actor.id,
      };
      await ctx.db.transaction().execute(async (trx) => {
        await insertTask(trx, task);
        await record(
          trx,
          c,
          actor,
          { type: 'task-added', taskId: task.id, title: task.title, due: task.due },
          now,
        );
      });
      return taskOfStored(task, c.patient.name, todayFor(c), c.kind);
    },

    done: (actor: Actor, taskId: string, options: { lang?: Lang } = {}) =>
      setDone(actor, taskId, true, options),
    undo: (actor: Actor, taskId: string, options: { lang?: Lang } = {}) =>
      setDone(actor, taskId, false, options),

    /**
     * What the calendar adds to the deadlines it already shows: follow-ups, the person's own tasks,
     * and the days to call if no decision came.
     */
    async forCalendar(actor: Actor, { caseId }: { caseId?: string } = {}): Promise<Task[]> {
      const tasks = caseId ? await forCase(actor, caseId) : await list(actor);
      return tasks.filter((task) => !task.done && task.kind !== 'deadline');
    },
  };
}

export type TaskService = ReturnType<typeof taskService>;
