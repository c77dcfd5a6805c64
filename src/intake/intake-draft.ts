import type { ExtractedDocument } from './extraction.js';

/**
 * A document read and waiting for the person to check it. The draft keeps the reading (the text
 * and every field with its confidence and source), so the check can happen later, on another day.
 * Confirming it makes the case, whose id is the draft's id.
 */
export interface IntakeDraft {
  readonly id: string;
  readonly ownerId: string;
  /** The stored original (`documents`), with its SHA-256. */
  readonly documentId: string;
  readonly reading: ExtractedDocument;
  readonly createdAt: string;
  /** When the person confirmed it and the case was made; null while it waits. */
  readonly confirmedAt: string | null;
}
