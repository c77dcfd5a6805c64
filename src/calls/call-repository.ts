import type { CallRow, Db } from '../storage/schema.js';
import type { Call, CallDirection, CallOutcome, PartyKind } from './call.js';

const toCall = (row: CallRow): Call => ({
  id: row.id,
  caseId: row.case_id,
  at: row.at,
  direction: row.direction as CallDirection,
  partyKind: row.party_kind as PartyKind,
  withParty: row.with_party,
  personName: row.person_name,
  personId: row.person_id,
  reference: row.reference,
  topic: row.topic,
  summary: row.summary,
  promised: row.promised,
  promisedBy: row.promised_by,
  outcome: row.outcome as CallOutcome | null,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

export async function insertCall(db: Db, call: Call): Promise<void> {
  await db
    .insertInto('calls')
    .values({
      id: call.id,
      case_id: call.caseId,
      at: call.at,
      direction: call.direction,
      party_kind: call.partyKind,
      with_party: call.withParty,
      person_name: call.personName,
      person_id: call.personId,
      reference: call.reference,
      topic: call.topic,
      summary: call.summary,
      promised: call.promised,
      promised_by: call.promisedBy,
      outcome: call.outcome,
      created_at: call.createdAt,
      created_by: call.createdBy,
      deleted_at: null,
    })
    .execute();
}

/** A case's calls (not removed), oldest first. */
export async function listCalls(db: Db, caseId: string): Promise<Call[]> {
  const rows = await db
    .selectFrom('calls')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .orderBy('at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map(toCall);
}

export async function findCall(db: Db, caseId: string, id: string): Promise<Call | null> {
  const row = await db
    .selectFrom('calls')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toCall(row) : null;
}

/** Hides a call logged by mistake; the row stays, so it can be brought back. */
export async function softDeleteCall(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('calls').set({ deleted_at: at }).where('id', '=', id).execute();
}
