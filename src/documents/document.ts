import type { DocumentType } from './document-types.js';

/**
 * A file kept with a case: a denial letter, an EOB, a doctor's letter. Stored in the database with
 * its SHA-256, so a server needs only PostgreSQL, and never overwritten: a new version is a new
 * document that names the one it replaces. Deletes are soft: a deleted document can be restored.
 */
export interface StoredDocument {
  readonly id: string;
  readonly caseId: string | null;
  /** Hex SHA-256 of the bytes. */
  readonly sha256: string;
  /** Told by the file's first bytes, never by its name. */
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly originalName: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly docType: DocumentType;
  /** The person's own name for it ("Dr. Lee's letter"); null uses the file name. */
  readonly title: string | null;
  /** The date on the paper, `YYYY-MM-DD`. */
  readonly documentDate: string | null;
  /** The earlier version this one replaces. */
  readonly replacesId: string | null;
  readonly deletedAt: string | null;
}

/** What a person files a document by; all of it can be changed later without a new version. */
export interface DocumentLabels {
  readonly docType: DocumentType;
  readonly title: string | null;
  readonly documentDate: string | null;
}
