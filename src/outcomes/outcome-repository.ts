import type { LevelId } from '../cases/appeal-ladder.js';
import type { Db, OutcomeRow } from '../storage/schema.js';
import type { Decision, Outcome } from './outcome.js';

// Values in the database were validated on the way in; the casts restore their domain types.
const toOutcome = (row: OutcomeRow): Outcome => ({
  id: row.id,
  caseId: row.case_id,
  level: row.level as LevelId | null,
  decision: row.decision as Decision,
  decidedOn: row.decided_on,
  decidedBy: row.decided_by,
  amountPaidCents: row.amount_paid_cents === null ? null : Number(row.amount_paid_cents),
  reference: row.reference,
  note: row.note,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

export async function insertOutcome(db: Db, outcome: Outcome): Promise<void> {
  await db
    .insertInto('outcomes')
    .values({
      id: outcome.id,
      case_id: outcome.caseId,
      level: outcome.level,
      decision: outcome.decision,
      decided_on: outcome.decidedOn,
      decided_by: outcome.decidedBy,
      amount_paid_cents: outcome.amountPaidCents,
      reference: outcome.reference,
      note: outcome.note,
      created_at: outcome.createdAt,
      created_by: outcome.createdBy,
      deleted_at: null,
    })
    .execute();
}

/** A case's outcomes, in the order they were decided. */
export async function listOutcomes(db: Db, caseId: string): Promise<Outcome[]> {
  const rows = await db
    .selectFrom('outcomes')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .orderBy('decided_on', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map(toOutcome);
}

/**
 * Takes back the outcome recorded with a ladder step that is being undone (both were written at
 * the same instant, in one transaction): it stays in the table, marked deleted.
 */
export async function deleteOutcomesRecordedAt(
  db: Db,
  caseId: string,
  recordedAt: string,
  deletedAt: string,
): Promise<void> {
  await db
    .updateTable('outcomes')
    .set({ deleted_at: deletedAt })
    .where('case_id', '=', caseId)
    .where('created_at', '=', recordedAt)
    .where('deleted_at', 'is', null)
    .execute();
}
