import type { Db, IntakeDraftRow } from '../storage/schema.js';
import type { IntakeDraft } from './intake-draft.js';

const toDraft = (row: IntakeDraftRow): IntakeDraft => ({
  id: row.id,
  ownerId: row.owner_id,
  documentId: row.document_id,
  reading: JSON.parse(row.reading) as IntakeDraft['reading'],
  createdAt: row.created_at,
  confirmedAt: row.confirmed_at,
});

export async function insertDraft(db: Db, draft: IntakeDraft): Promise<void> {
  await db
    .insertInto('intake_drafts')
    .values({
      id: draft.id,
      owner_id: draft.ownerId,
      document_id: draft.documentId,
      reading: JSON.stringify(draft.reading),
      created_at: draft.createdAt,
      confirmed_at: draft.confirmedAt,
      deleted_at: null,
    })
    .execute();
}

export async function findDraft(db: Db, id: string): Promise<IntakeDraft | null> {
  const row = await db
    .selectFrom('intake_drafts')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toDraft(row) : null;
}

/** Drafts still waiting to be checked, newest first, with their file's name; `ownerId` null: all. */
export async function listOpenDrafts(
  db: Db,
  { ownerId, limit }: { ownerId: string | null; limit: number },
): Promise<{ draft: IntakeDraft; documentName: string | null }[]> {
  let query = db
    .selectFrom('intake_drafts as d')
    .innerJoin('documents as f', 'f.id', 'd.document_id')
    .selectAll('d')
    .select('f.original_name')
    .where('d.confirmed_at', 'is', null)
    .where('d.deleted_at', 'is', null);
  if (ownerId !== null) query = query.where('d.owner_id', '=', ownerId);
  const rows = await query
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(({ original_name, ...row }) => ({
    draft: toDraft(row),
    documentName: original_name,
  }));
}

/**
 * Marks a waiting draft confirmed; false when it was not waiting any more (confirmed meanwhile),
 * so two confirmations at once make one case.
 */
export async function markDraftConfirmed(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('intake_drafts')
    .set({ confirmed_at: at })
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Puts a waiting draft and its stored file aside (soft delete: the rows stay, marked); false when
 * the draft was not waiting (confirmed, or already discarded).
 */
export async function discardDraft(db: Db, id: string, at: string): Promise<boolean> {
  const draft = await db
    .updateTable('intake_drafts')
    .set({ deleted_at: at })
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .where('deleted_at', 'is', null)
    .returning('document_id')
    .executeTakeFirst();
  if (!draft) return false;
  await db
    .updateTable('documents')
    .set({ deleted_at: at })
    .where('id', '=', draft.document_id)
    .where('case_id', 'is', null)
    .execute();
  return true;
}
