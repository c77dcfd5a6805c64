import type { CaseKind } from '../cases/case.js';
import type { Db, TaskRow } from '../storage/schema.js';
import type { StoredTask, StoredTaskKind } from './task.js';

const toTask = (row: TaskRow): StoredTask => ({
  id: row.id,
  caseId: row.case_id,
  kind: row.kind as StoredTaskKind,
  title: row.title,
  due: row.due,
  sourceCallId: row.source_call_id,
  doneAt: row.done_at,
  doneBy: row.done_by,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

export async function insertTask(db: Db, task: StoredTask): Promise<void> {
  await db
    .insertInto('tasks')
    .values({
      id: task.id,
      case_id: task.caseId,
      kind: task.kind,
      title: task.title,
      due: task.due,
      source_call_id: task.sourceCallId,
      done_at: task.doneAt,
      done_by: task.doneBy,
      created_at: task.createdAt,
      created_by: task.createdBy,
      deleted_at: null,
    })
    .execute();
}

/** A case's tasks (done ones too), soonest first. */
export async function listCaseTasks(db: Db, caseId: string): Promise<StoredTask[]> {
  const rows = await db
    .selectFrom('tasks')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .orderBy('due')
    .orderBy('id')
    .execute();
  return rows.map(toTask);
}

/**
 * Tasks not yet done on the open cases of one owner (null: every owner), with the case's patient
 * name and state (for the person's today), in one query.
 */
export async function listOpenTasks(
  db: Db,
  ownerId: string | null,
): Promise<{ task: StoredTask; patientName: string; state: string | null; caseKind: CaseKind }[]> {
  let query = db
    .selectFrom('tasks')
    .innerJoin('cases', 'cases.id', 'tasks.case_id')
    .selectAll('tasks')
    .select(['cases.patient_name', 'cases.plan_state', 'cases.kind as case_kind'])
    .where('tasks.deleted_at', 'is', null)
    .where('tasks.done_at', 'is', null)
    .where('cases.deleted_at', 'is', null)
    .where('cases.status', 'not in', ['paid', 'closed', 'withdrawn', 'decided']);
  if (ownerId !== null) query = query.where('cases.owner_id', '=', ownerId);
  const rows = await query.orderBy('tasks.due').orderBy('tasks.id').execute();
  return rows.map(({ patient_name, plan_state, case_kind, ...row }) => ({
    task: toTask(row),
    patientName: patient_name,
    state: plan_state,
    caseKind: case_kind as CaseKind,
  }));
}

export async function findTask(db: Db, id: string): Promise<StoredTask | null> {
  const row = await db
    .selectFrom('tasks')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toTask(row) : null;
}

/** Ticks a task done (`at` set) or not done (`at` null). */
export async function setTaskDone(
  db: Db,
  id: string,
  done: { at: string; by: string } | null,
): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ done_at: done?.at ?? null, done_by: done?.by ?? null })
    .where('id', '=', id)
    .execute();
}

/** Hides the open follow-ups a removed call made (done ones stay: they happened). */
export async function softDeleteOpenTasksOfCall(db: Db, callId: string, at: string) {
  await db
    .updateTable('tasks')
    .set({ deleted_at: at })
    .where('source_call_id', '=', callId)
    .where('done_at', 'is', null)
    .where('deleted_at', 'is', null)
    .execute();
}
