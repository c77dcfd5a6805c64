import { createHash } from 'node:crypto';
import type { Db, DocumentRow } from '../storage/schema.js';
import type { DocumentLabels, StoredDocument } from './document.js';
import { documentTypeOf, type DocumentType } from './document-types.js';
import { currentDocuments } from './document-versions.js';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type InfoRow = Omit<DocumentRow, 'content' | 'deleted_by'>;

const toDocument = (row: InfoRow): StoredDocument => ({
  id: row.id,
  caseId: row.case_id,
  sha256: row.sha256,
  mediaType: row.media_type,
  sizeBytes: Number(row.size_bytes),
  originalName: row.original_name,
  createdAt: row.created_at,
  createdBy: row.created_by,
  docType: documentTypeOf(row.doc_type),
  title: row.title,
  documentDate: row.document_date,
  replacesId: row.replaces_id,
  deletedAt: row.deleted_at,
});

/** What a new document needs; what it is filed as may be left out. */
export type NewDocument = Pick<
  StoredDocument,
  'id' | 'caseId' | 'mediaType' | 'originalName' | 'createdAt' | 'createdBy'
> &
  Partial<DocumentLabels & Pick<StoredDocument, 'replacesId'>>;

/**
 * Stores bytes as a new document; the hash and size are computed here, from the bytes themselves.
 * Without a type, a document kept before it has a case is intake's (a denial letter to read);
 * anything else is "other" until the person says.
 */
export async function insertDocument(
  db: Db,
  document: NewDocument,
  content: Uint8Array,
): Promise<StoredDocument> {
  const docType: DocumentType =
    document.docType ?? (document.caseId === null ? 'denial-letter' : 'other');
  const row: DocumentRow = {
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
    doc_type: docType,
    title: document.title ?? null,
    document_date: document.documentDate ?? null,
    replaces_id: document.replacesId ?? null,
    deleted_by: null,
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
  'deleted_at',
  'doc_type',
  'title',
  'document_date',
  'replaces_id',
] as const;

/** What is known about a stored document, without its bytes (a deleted one only when asked). */
export async function findDocumentInfo(
  db: Db,
  id: string,
  { deleted = false }: { deleted?: boolean } = {},
): Promise<StoredDocument | null> {
  let query = db.selectFrom('documents').select(infoColumns).where('id', '=', id);
  if (!deleted) query = query.where('deleted_at', 'is', null);
  const row = await query.executeTakeFirst();
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
export async function attachDocument(
  db: Db,
  id: string,
  caseId: string,
  documentDate: string | null = null,
): Promise<void> {
  await db
    .updateTable('documents')
    .set({ case_id: caseId, ...(documentDate !== null && { document_date: documentDate }) })
    .where('id', '=', id)
    .execute();
}

/**
 * A case's documents with their bytes, oldest first: the newest live version of each (deleted
 * documents and replaced versions left out), as a packet encloses them.
 */
export async function listCaseDocuments(
  db: Db,
  caseId: string,
): Promise<{ document: StoredDocument; content: Uint8Array }[]> {
  const current = currentDocuments(await listCaseDocumentInfo(db, caseId, { deleted: true }));
  if (current.length === 0) return [];
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'content'])
    .where(
      'id',
      'in',
      current.map((d) => d.id),
    )
    .execute();
  const bytes = new Map(rows.map((row) => [row.id, new Uint8Array(row.content)]));
  return current.map((document) => ({ document, content: bytes.get(document.id)! }));
}

/** A case's documents without their bytes, oldest first; deleted ones only when asked. */
export async function listCaseDocumentInfo(
  db: Db,
  caseId: string,
  { deleted = false }: { deleted?: boolean } = {},
): Promise<StoredDocument[]> {
  let query = db.selectFrom('documents').select(infoColumns).where('case_id', '=', caseId);
  if (!deleted) query = query.where('deleted_at', 'is', null);
  const rows = await query.orderBy('created_at', 'asc').orderBy('id', 'asc').execute();
  return rows.map(toDocument);
}

/** Changes what a document is filed as (its bytes never change). */
export async function updateDocumentLabels(
  db: Db,
  id: string,
  labels: DocumentLabels,
): Promise<void> {
  await db
    .updateTable('documents')
    .set({ doc_type: labels.docType, title: labels.title, document_date: labels.documentDate })
    .where('id', '=', id)
    .execute();
}

/** Soft-deletes live documents; returns the ids it deleted. */
export async function softDeleteDocuments(
  db: Db,
  ids: readonly string[],
  { at, by }: { at: string; by: string },
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('documents')
    .set({ deleted_at: at, deleted_by: by })
    .where('id', 'in', [...ids])
    .where('deleted_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Brings back documents deleted at one moment (one delete took the whole chain). */
export async function restoreDocuments(
  db: Db,
  ids: readonly string[],
  deletedAt: string,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('documents')
    .set({ deleted_at: null, deleted_by: null })
    .where('id', 'in', [...ids])
    .where('deleted_at', '=', deletedAt)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}
