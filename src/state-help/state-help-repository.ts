import type { Db, StateHelpCorrectionRow } from '../storage/schema.js';
import type { StateHelpCorrection } from './state-help-corrections.js';

const toCorrection = (row: StateHelpCorrectionRow): StateHelpCorrection => ({
  id: row.id,
  state: row.state,
  key: row.entry_key,
  value: row.value,
  note: row.note,
  createdAt: row.created_at,
  createdBy: row.created_by,
  createdByName: row.created_by_name,
});

export async function insertCorrection(db: Db, correction: StateHelpCorrection): Promise<void> {
  await db
    .insertInto('state_help_corrections')
    .values({
      id: correction.id,
      state: correction.state,
      entry_key: correction.key,
      value: correction.value,
      note: correction.note,
      created_at: correction.createdAt,
      created_by: correction.createdBy,
      created_by_name: correction.createdByName,
      deleted_at: null,
    })
    .execute();
}

/** A state's corrections not removed, oldest first (so the newest of a field is laid on last). */
export async function listCorrections(db: Db, state: string): Promise<StateHelpCorrection[]> {
  const rows = await db
    .selectFrom('state_help_corrections')
    .selectAll()
    .where('state', '=', state)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map(toCorrection);
}

/** A correction not removed, by id. */
export async function findCorrection(db: Db, id: string): Promise<StateHelpCorrection | null> {
  const row = await db
    .selectFrom('state_help_corrections')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toCorrection(row) : null;
}

/** Removes a correction softly: the row stays, with when it was removed. */
export async function removeCorrection(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('state_help_corrections')
    .set({ deleted_at: at })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
