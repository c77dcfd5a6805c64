import type { DocumentType } from '../documents/document-types.js';

/** How sure the project is of a rule: appeal-rules.md's confidence; low → "verify with your plan". */
export type Confidence = 'high' | 'medium' | 'low';

/** Where the law says so, with how sure we are of it. */
export interface EvidenceSource {
  readonly citation: string;
  readonly confidence: Confidence;
}

/**
 * One thing that usually helps win an appeal of this kind of denial: a stable key (API, CLI, the
 * hand ticks stored in `evidence_marks`), plain words, why it matters, and the document types that
 * tick it off when a document of that type is kept with the case. An item no document type fits
 * (a phone call, a form) is ticked by hand.
 */
export interface EvidenceItem {
  readonly key: string;
  readonly label: { readonly en: string; readonly es: string };
  /** Why it matters, in one short sentence. */
  readonly why: string;
  readonly satisfiedBy: readonly DocumentType[];
  /** Essential: an appeal is weak without it. Helpful: it makes the appeal stronger. */
  readonly weight: 'essential' | 'helpful';
  readonly source: EvidenceSource | null;
  /** The letter Overturn writes that gets this item (a request, the doctor's letter template). */
  readonly letterKind: 'claim-file-request' | 'medical-necessity-letter' | null;
}
