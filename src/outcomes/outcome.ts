import type { LevelId } from '../cases/appeal-ladder.js';

/**
 * An outcome: what was decided on a case, when, by whom, and what was paid. A decision is made at
 * one level of the appeal ladder (the plan's internal appeal, an external reviewer, a judge); a
 * payment (`paid`) belongs to no level. Recording one moves the case along its ladder.
 */
export const decisionIds = ['overturned', 'partly-overturned', 'upheld', 'paid'] as const;
export type Decision = (typeof decisionIds)[number];

/** The plain words people use for each decision (the CLI's `--decision`), as in the web app. */
export const decisionWords: Readonly<Record<string, Decision>> = {
  won: 'overturned',
  'partly-won': 'partly-overturned',
  'denied-again': 'upheld',
  paid: 'paid',
};

export const decisionLabels: Record<Decision, string> = {
  overturned: 'Won',
  'partly-overturned': 'Partly won',
  upheld: 'Denied again',
  paid: 'Paid',
};

/** A decision that pays nothing cannot carry an amount paid. */
export const paysNothing = (decision: Decision) => decision === 'upheld';

export interface Outcome {
  readonly id: string;
  readonly caseId: string;
  /** The level decided; null for a payment. */
  readonly level: LevelId | null;
  readonly decision: Decision;
  /** `YYYY-MM-DD`. */
  readonly decidedOn: string;
  /** Who decided: the plan, the independent reviewer, the judge, the state. */
  readonly decidedBy: string;
  readonly amountPaidCents: number | null;
  readonly reference: string | null;
  readonly note: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}
