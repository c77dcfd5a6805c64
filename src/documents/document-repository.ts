import { createHash } from 'node:crypto';
import type { Db, DocumentRow } from '../storage/schema.js';
import type { StoredDocument } from './document.js';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const toDocument = (row: Omit<DocumentRow, 'content' | 'deleted_at'>): StoredDocument => ({
  id: row.id,
  caseId: row.case_id,
  sha256: row.sha256,
  mediaType: row.media_type,
  sizeBytes: Number(row.size_bytes),
  originalName: row.original_name,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

/** Stores bytes as a new document; the hash and size are computed here, from the bytes themselves. */
export async function insertDocument(
  db: Db,
  document: Omit<StoredDocument, 'sha256' | 'sizeBytes'>,
  content: Uint8Array,
): Promise<StoredDocument> {
  const row = {
    id: document.id,
    case_id: document.caseId,
    sha256: sha256Hex(content),
    media_type: document.mediaType,
    size_bytes: content.byteLength,
    original_name: document.originalName,
    content,
    created_at: document.createdAt,
    created_by: document.createdBy,
    deleted_at: null,
  };
  await db.insertInto('documents').values(row).execute();
  return toDocument(row);
}

/** Every column but the bytes: what lists and headers need. */
const infoColumns = [
  'id',
  'case_id',
  'sha256',
  'media_type',
  'size_bytes',
  'original_name',
  'created_at',
  'created_by',
] as const;

/** What is known about a stored document, without its bytes. */
export async function findDocumentInfo(db: Db, id: string): Promise<StoredDocument | null> {
  const row = await db
    .selectFrom('documents')
    .select(infoColumns)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toDocument(row) : null;
}

/** A document and its bytes, unless it was deleted. */
export async function findDocument(
  db: Db,
  id: string,
): Promise<{ document: StoredDocument; content: Uint8Array } | null> {
  const row = await db
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? { document: toDocument(row), content: new Uint8Array(row.content) } : null;
}

/** Files a stored document with a case (a document read at intake joins its case on confirmation). */
export async function attachDocument(db: Db, id: string, caseId: string): Promise<void> {
  await db.updateTable('documents').set({ case_id: caseId }).where('id', '=', id).execute();
}

/** A case's documents with their bytes, oldest first (deleted ones left out). */
export async function listCaseDocuments(
  db: Db,
  caseId: string,
): Promise<{ document: StoredDocument; content: Uint8Array }[]> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map((row) => ({ document: toDocument(row), content: new Uint8Array(row.content) }));
}

/** A case's documents without their bytes, oldest first (deleted ones left out). */
export async function listCaseDocumentInfo(db: Db, caseId: string): Promise<StoredDocument[]> {
  const rows = await db
    .selectFrom('documents')
    .select(infoColumns)
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map(toDocument);
}
