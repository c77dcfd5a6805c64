import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { invalidInput } from '../common/errors.js';
import type { Case } from '../cases/case.js';
import { loadCaseFor } from '../cases/case-access.js';
import { illegalTransition, type CaseService } from '../cases/case-service.js';
import { ladderFor } from '../cases/program-ladders.js';
import { timeZoneOfCase } from '../deadlines/case-deadlines.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import type { Db } from '../storage/schema.js';
import { caseEventRecorder } from '../timeline/timeline-repository.js';
import { paysNothing, type Outcome } from './outcome.js';
import type { OutcomeInput } from './outcome-input.js';
import { insertOutcome, listOutcomes } from './outcome-repository.js';
import { decidedOnProblem, moveForOutcome } from './outcome-rules.js';

/**
 * Outcomes: record what was decided (or paid) and read a case's outcomes. Recording one moves the
 * case on its ladder, and the outcome, the step and the timeline events share one transaction.
 */
export function outcomeService(ctx: ServiceContext, cases: CaseService) {
  const recordEvent = caseEventRecorder(ctx.newId);
  function check(c: Case, input: OutcomeInput): void {
    const today = dateInZone(ctx.clock().getTime(), timeZoneOfCase(c));
    const problem = decidedOnProblem(input.decidedOn, { today, noticeDate: c.denial.noticeDate });
    if (problem) throw invalidInput(problem, 'decidedOn');
    if (input.amountPaidCents !== null && paysNothing(input.decision))
      throw invalidInput(
        'amountPaidCents: a decision that denies again pays nothing; leave the amount out',
        'amountPaidCents',
      );
  }

  return {
    async record(
      actor: Actor,
      caseId: string,
      input: OutcomeInput,
      { expectedVersion }: { expectedVersion?: number | undefined } = {},
    ): Promise<{ outcome: Outcome; case: Case }> {
      const read = await loadCaseFor(ctx.db, actor, caseId);
      check(read, input);
      const move = moveForOutcome(ladderFor(read.plan.program), read.status, input.decision);
      if (!move.ok) throw illegalTransition(move.reason, move.allowed);
      let outcome: Outcome | undefined;
      const write = async (trx: Db, c: Case, at: string) => {
        outcome = {
          id: ctx.newId(),
          caseId: c.id,
          level: move.level,
          ...input,
          createdAt: at,
          createdBy: actor.id,
        };
        await insertOutcome(trx, outcome);
        const { id: outcomeId, level, decision, decidedOn, decidedBy, amountPaidCents } = outcome;
        await recordEvent(
          trx,
          c,
          actor,
          {
            type: 'outcome-recorded',
            ...{ outcomeId, level, decision, decidedOn, decidedBy, amountPaidCents },
          },
          at,
        );
      };
      // The version read above: if the case moved meanwhile, the rules were checked on a stale copy.
      const moved = await cases.changeStatus(
        actor,
        caseId,
        { to: move.to, expectedVersion: expectedVersion ?? read.version },
        { alongside: write },
      );
      if (!outcome) throw new Error('the outcome was not written with the step');
      return { outcome, case: moved };
    },

    async list(actor: Actor, caseId: string): Promise<{ outcomes: Outcome[]; case: Case }> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      return { outcomes: await listOutcomes(ctx.db, c.id), case: c };
    },
  };
}

export type OutcomeService = ReturnType<typeof outcomeService>;
