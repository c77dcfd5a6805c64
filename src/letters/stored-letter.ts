import type { LetterDocument, LetterKind, LetterLang } from './letter.js';

/** A letter as saved on a case: one version of one kind, kept as written. */
export interface StoredLetter {
  readonly id: string;
  readonly caseId: string;
  readonly kind: LetterKind;
  readonly lang: LetterLang;
  /** 1, 2, … per case and kind. */
  readonly version: number;
  readonly document: LetterDocument;
  readonly createdAt: string;
  readonly createdBy: string;
}
