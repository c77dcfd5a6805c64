import type { Funding, Program } from '../cases/case-terms.js';
import type { Confidence } from '../deadlines/deadline-terms.js';
import type { LetterLang } from './letter.js';

/** A paragraph and the rules it cites, each written exactly as it appears in the text. */
export interface CitedText {
  readonly text: string;
  readonly citations: readonly string[];
}

export interface ProgramLaw {
  readonly program: Program;
  /** The rule that governs the plan's appeals, as printed in every letter. */
  readonly citation: string;
  readonly confidence: Confidence;
  /** What the program calls the plan's own review of its denial. */
  readonly appealName: Readonly<Record<LetterLang, string>>;
  /** The sentence naming the governing law (for job-based plans it depends on the funding). */
  readonly basis: (funding: Funding | null, lang: LetterLang) => CitedText;
  /**
   * The review the person has a right to: what it must consider, who decides, and the documents
   * they may have free. `medicalJudgment`: the denial rests on medical judgment (necessity,
   * experimental, drug exceptions), so a health professional must be consulted.
   */
  readonly fullAndFairReview: (lang: LetterLang, medicalJudgment: boolean) => CitedText;
}
