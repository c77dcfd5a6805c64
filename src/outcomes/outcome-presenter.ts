import { z } from 'zod';
import { levelIds } from '../cases/appeal-ladder.js';
import type { Program } from '../cases/case-terms.js';
import type { Lang } from '../common/lang.js';
import { decisionIds, type Outcome } from './outcome.js';
import { decisionLabel, describeOutcome, levelName } from './outcome-wording.js';

/** What leaves the server about an outcome. Money goes out as whole cents, as it came in. */
export const outcomeView = z.object({
  id: z.string(),
  caseId: z.string(),
  level: z.enum(levelIds).nullable().describe('The ladder level decided; null for a payment'),
  levelName: z.string().nullable(),
  decision: z.enum(decisionIds),
  decisionLabel: z.string(),
  decidedOn: z.string().describe('YYYY-MM-DD'),
  decidedBy: z.string(),
  amountPaidCents: z.number().int().nullable(),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  summary: z.string().describe('The outcome in plain words, as the timeline says it'),
  createdAt: z.string(),
});
export type OutcomeView = z.infer<typeof outcomeView>;

export const outcomeListView = z.object({ items: z.array(outcomeView) });

/** The outcome as it leaves; with `lang` "es" its labels and summary are in Spanish. */
export function presentOutcome(outcome: Outcome, program: Program, lang: Lang = 'en'): OutcomeView {
  return {
    id: outcome.id,
    caseId: outcome.caseId,
    level: outcome.level,
    levelName: outcome.level && levelName(program, outcome.level, lang),
    decision: outcome.decision,
    decisionLabel: decisionLabel(outcome.decision, lang),
    decidedOn: outcome.decidedOn,
    decidedBy: outcome.decidedBy,
    amountPaidCents: outcome.amountPaidCents,
    reference: outcome.reference,
    note: outcome.note,
    summary: describeOutcome(outcome, program, lang),
    createdAt: outcome.createdAt,
  };
}
