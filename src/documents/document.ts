/**
 * A file kept with a case: a denial letter, an EOB, a doctor's letter. Stored in the database with
 * its SHA-256, so a server needs only PostgreSQL, and never overwritten: a new version is a new
 * document. Later capabilities (intake, the evidence vault) build on this.
 */
export interface StoredDocument {
  readonly id: string;
  readonly caseId: string | null;
  /** Hex SHA-256 of the bytes. */
  readonly sha256: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly originalName: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}
