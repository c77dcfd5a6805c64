import type { DenialCategory, NoticeType, Program } from '../cases/case-terms.js';

/**
 * What intake reads from a document: the text of each page, then the fields of a denial, each
 * with how sure the reader is and where it was found, so a person can check it against the page.
 */

/** A document's text, page by page. Offsets (`start`, `end`) count UTF-16 units into `text`. */
export interface DocumentText {
  /** How the text was obtained: typed text, a PDF's text layer, OCR, or a FHIR resource. */
  readonly source: 'text' | 'pdf-text' | 'ocr' | 'fhir';
  /** All pages joined with a form feed (`\f`) between them. */
  readonly text: string;
  readonly pages: readonly {
    readonly number: number;
    readonly start: number;
    readonly end: number;
  }[];
}

/** The fields of shared/corpus/denials/README.md ("Ground-truth schema"); `null`/`[]` when not stated. */
export interface DenialFields {
  readonly noticeType: NoticeType | null;
  readonly program: Program | null;
  readonly patientName: string | null;
  readonly memberId: string | null;
  readonly groupNumber: string | null;
  readonly claimNumber: string | null;
  readonly insurerName: string | null;
  readonly providerName: string | null;
  readonly serviceDate: string | null;
  readonly noticeDate: string | null;
  readonly serviceDescription: string | null;
  readonly procedureCodes: readonly string[];
  readonly diagnosisCodes: readonly string[];
  readonly carcCodes: readonly string[];
  readonly rarcCodes: readonly string[];
  readonly amountBilled: number | null;
  readonly patientResponsibility: number | null;
  readonly denialCategory: DenialCategory | null;
  readonly appealDeadlineDays: number | null;
}

export type FieldName = keyof DenialFields;

/** Where a value was read: the page, and its span in `DocumentText.text`. */
export interface SourceSpan {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

export interface Extraction {
  readonly fields: DenialFields;
  /** 0–1 for each field: how sure the reader is (a `null` that is surely absent may be sure too). */
  readonly confidence: Readonly<Record<FieldName, number>>;
  /** Where each found value came from; absent for values that were inferred, not read. */
  readonly sources: Readonly<Partial<Record<FieldName, SourceSpan>>>;
  /** The phrase that decided the denial category, when one did. */
  readonly categoryEvidence: string | null;
  /** The sentence that gives the plan's reason, in its own words, when one does. */
  readonly statedReason: string | null;
}

/** One document read and its fields extracted: nothing is stored. */
export interface ExtractedDocument extends Extraction {
  readonly format: 'text' | 'pdf' | 'image' | 'json';
  readonly source: 'text' | 'pdf-text' | 'ocr' | 'fhir';
  readonly pages: number;
  /** How many denied claims a FHIR file holds (the first is the one extracted); absent otherwise. */
  readonly denials?: number;
  /** A FHIR file's denied claims, in file order, each in a few fields, so a person sees them all. */
  readonly denialList?: readonly DenialSummary[];
  /** Which of `denialList` was read in full, counting from 1. */
  readonly denialNumber?: number;
  /** The text the fields were read from (their `sources` point into it); null for FHIR. */
  readonly document: DocumentText | null;
  /** Whether this looks like a denial at all, how sure, and why (a recipe is read, and says so). */
  readonly denialCheck: DenialSignal;
}

/** One denied claim in a list of many (a payer's export of Explanation of Benefits). */
export type DenialSummary = Pick<
  DenialFields,
  | 'claimNumber'
  | 'serviceDate'
  | 'providerName'
  | 'serviceDescription'
  | 'amountBilled'
  | 'patientResponsibility'
  | 'denialCategory'
  | 'carcCodes'
>;

/** Whether a document is a denial at all (`denial-signal.ts` decides). */
export interface DenialSignal {
  /** True when the document reads as a denial (or an EOB with a denied line). */
  readonly likely: boolean;
  /** 0–1: how sure the answer `likely` is, whichever way it goes. */
  readonly confidence: number;
  /** What decided it, in words a person can check against the page. */
  readonly reason: string;
}
