import type { Db, EvidenceMarkRow } from '../storage/schema.js';
import type { EvidenceMark } from './evidence-checklist.js';

const toMark = (row: EvidenceMarkRow): EvidenceMark => ({
  id: row.id,
  caseId: row.case_id,
  itemKey: row.item_key,
  state: row.state === 'not-needed' ? 'not-needed' : 'done',
  note: row.note,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

/** A case's live hand ticks, newest first (the newest tick of an item is the one that counts). */
export async function listMarks(db: Db, caseId: string): Promise<EvidenceMark[]> {
  const rows = await db
    .selectFrom('evidence_marks')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toMark);
}

export async function insertMark(db: Db, mark: EvidenceMark): Promise<void> {
  await db
    .insertInto('evidence_marks')
    .values({
      id: mark.id,
      case_id: mark.caseId,
      item_key: mark.itemKey,
      state: mark.state,
      note: mark.note,
      created_at: mark.createdAt,
      created_by: mark.createdBy,
      deleted_at: null,
    })
    .execute();
}

/** Takes back the live ticks of one item (softly); returns how many there were. */
export async function removeMarks(
  db: Db,
  caseId: string,
  itemKey: string,
  at: string,
): Promise<number> {
  const rows = await db
    .updateTable('evidence_marks')
    .set({ deleted_at: at })
    .where('case_id', '=', caseId)
    .where('item_key', '=', itemKey)
    .where('deleted_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}
