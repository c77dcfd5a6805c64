import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import type { Lang } from '../common/lang.js';
import { loadCaseFor, loadCaseShellFor } from '../cases/case-access.js';
import { caseListScope } from '../cases/case-policy.js';
import { listOpenCases } from '../cases/case-repository.js';
import type { Case } from '../cases/case.js';
import {
  caseDeadlines,
  timeZoneOfCase,
  type CaseDeadlines,
  type DeadlineOfCase,
} from './case-deadlines.js';
import { compareText } from '../common/dates.js';
import type { DeadlineQueryInput } from './deadline-input.js';
import { scheduleFor } from './deadline-schedule.js';
import { dateInZone } from './zoned-time.js';

/**
 * Deadlines: for a notice described by hand, for one case, and across every open case the actor
 * may see. Reads only; a case's deadlines are recomputed from its fields on every read.
 */
export function deadlineService(ctx: ServiceContext) {
  const todayFor = (c: Pick<Case, 'plan'>) => dateInZone(ctx.clock().getTime(), timeZoneOfCase(c));

  return {
    calculate(input: DeadlineQueryInput) {
      return scheduleFor(input, ctx.clock());
    },

    async forCase(
      actor: Actor,
      caseId: string,
      lang: Lang = 'en',
    ): Promise<CaseDeadlines & { today: string }> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const today = todayFor(c);
      return { ...caseDeadlines(c, today, undefined, lang), today };
    },

    /** Every deadline of every open case, soonest first; met ones are left out. */
    async acrossCases(
      actor: Actor,
      { caseId, lang = 'en' }: { caseId?: string; lang?: Lang } = {},
    ): Promise<DeadlineOfCase[]> {
      // One case's calendar may be a second opinion's: it has tasks but no appeal deadlines.
      const cases = caseId
        ? (await loadCaseShellFor(ctx.db, actor, caseId)).kind === 'appeal'
          ? [await loadCaseFor(ctx.db, actor, caseId)]
          : []
        : await listOpenCases(ctx.db, caseListScope(actor).ownerId);
      const items: DeadlineOfCase[] = [];
      for (const c of cases) {
        const { id, status, patient, plan, claim, version } = c;
        for (const deadline of caseDeadlines(c, todayFor(c), undefined, lang).deadlines)
          if (deadline.state !== 'done')
            items.push({ case: { id, status, patient, plan, claim, version }, deadline });
      }
      return items.sort(
        (a, b) =>
          compareText(a.deadline.due.slice(0, 10), b.deadline.due.slice(0, 10)) ||
          compareText(a.case.id, b.case.id),
      );
    },
  };
}

export type DeadlineService = ReturnType<typeof deadlineService>;
