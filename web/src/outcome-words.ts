import { levelIds, type LevelId } from '../../src/cases/appeal-ladder.js';
import { programs, type Program } from '../../src/cases/case-terms.js';
import { decisionIds, type Decision } from '../../src/outcomes/outcome.js';
import { describeOutcome } from '../../src/outcomes/outcome-wording.js';

/** An `outcome-recorded` event in the same plain words the server, the CLI and the PDF use. */
export function outcomeWords(data: Record<string, unknown>, program: string): string {
  const decision = decisionIds.find((d): d is Decision => d === data.decision);
  const level = levelIds.find((l): l is LevelId => l === data.level);
  if (!decision || !(program in programs)) return 'Outcome recorded';
  return describeOutcome(
    {
      decision,
      level: level ?? null,
      decidedOn: String(data.decidedOn),
      decidedBy: String(data.decidedBy),
      amountPaidCents: typeof data.amountPaidCents === 'number' ? data.amountPaidCents : null,
    },
    program as Program,
  );
}
