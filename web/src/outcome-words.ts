import { levelIds, type LevelId } from '../../src/cases/appeal-ladder.js';
import { programs, type Program } from '../../src/cases/case-terms.js';
import type { Lang } from '../../src/common/lang.js';
import { decisionIds, type Decision } from '../../src/outcomes/outcome.js';
import { describeOutcome } from '../../src/outcomes/outcome-wording.js';

const isProgram = (value: string): value is Program => Object.hasOwn(programs, value);

/**
 * An `outcome-recorded` event in the same plain words the server, the CLI and the PDF use, in
 * `lang`; null when the event's facts are not ones it knows (the timeline then says less).
 */
export function outcomeWords(
  data: Record<string, unknown>,
  program: string,
  lang: Lang,
): string | null {
  const decision = decisionIds.find((d): d is Decision => d === data.decision);
  const level = levelIds.find((l): l is LevelId => l === data.level);
  if (!decision || !isProgram(program)) return null;
  return describeOutcome(
    {
      decision,
      level: level ?? null,
      decidedOn: String(data.decidedOn),
      decidedBy: String(data.decidedBy),
      amountPaidCents: typeof data.amountPaidCents === 'number' ? data.amountPaidCents : null,
    },
    program,
    lang,
  );
}
