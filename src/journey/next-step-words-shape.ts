import type { LadderLevel } from '../cases/appeal-ladder.js';

/** The next steps' stable ids, and the shape of their words in one language (English: `next-step-words.ts`). */
export const nextStepIds = [
  'add-missing-facts',
  'deadline-passed',
  'gather-evidence',
  'write-expedited-appeal',
  'write-letter',
  'send-letter',
  'follow-notice-instructions',
  'follow-up-call',
  'ask-supervisor',
  'chase-decision',
  'wait-for-decision',
  'wait-for-reviewer',
  'confirm-forwarding',
  'request-external-review',
  'request-fair-hearing',
  'next-level',
  'get-state-help',
  'check-payment',
  'confirm-and-close',
  'wait-for-regulator',
  'nothing-to-do',
] as const;
export type NextStepId = (typeof nextStepIds)[number];

/** What the words of a step depend on: the insurer's name, the first missing evidence, a drug. */
export interface StepContext {
  readonly plan: string;
  /** The label of the first missing piece of evidence, in the words' language. */
  readonly firstGap: string | null;
  readonly drug: boolean;
}

/** Every word of the next steps in one language (Spanish: `next-step-words-es.ts`). */
export interface StepWords {
  readonly actions: Readonly<Record<NextStepId, string>>;
  readonly whys: Readonly<Record<NextStepId, string>>;
  readonly missingFacts: (missing: readonly string[]) => string;
  readonly appealTheRest: string;
  readonly secondLevelOffered: string;
  readonly eligibilityNote: (citation: string) => string;
  readonly nextLevel: (level: LadderLevel) => string;
}
