import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import type { Lang } from '../common/lang.js';
import { loadCaseFor } from '../cases/case-access.js';
import type { Case } from '../cases/case.js';
import { caseDeadlines, timeZoneOfCase } from '../deadlines/case-deadlines.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import { listLetterKinds } from '../letters/letter-repository.js';
import type { Db } from '../storage/schema.js';
import { listLatestTimelineEvents } from '../timeline/timeline-repository.js';
import { supervisorSuggestions } from '../calls/call-rules.js';
import { listCalls } from '../calls/call-repository.js';
import { itemsFor } from '../evidence/evidence-items.js';
import { missingEvidenceOf } from '../evidence/evidence-service.js';
import { isOverdue } from '../tasks/task.js';
import { listCaseTasks } from '../tasks/task-repository.js';
import type { EvidenceGap, FollowUps, JourneyFacts } from './journey-facts.js';
import type { CaseOverview } from './case-overview.js';
import { nextStepOf, type NextStep } from './next-step.js';

/**
 * The journey: what to do next on a case, and the case page's one read (the case, its deadlines,
 * the evidence still missing, the next step and the end of its timeline). It reads what the other
 * capabilities keep — the evidence checklist, the calls and their follow-ups, the letters — and
 * hands the engine plain facts.
 */

/** Overdue follow-ups and whether calls without progress call for a supervisor. */
async function followUpsOf(db: Db, c: Case, today: string): Promise<FollowUps> {
  const [tasks, calls] = await Promise.all([listCaseTasks(db, c.id), listCalls(db, c.id)]);
  return {
    overdue: tasks
      .filter((task) => isOverdue({ due: task.due, done: task.doneAt !== null }, today))
      .sort((a, b) => a.due.localeCompare(b.due))
      .map((task) => ({ title: task.title, due: task.due })),
    supervisorSuggested: supervisorSuggestions(calls).length > 0,
  };
}

/** The missing evidence with its labels in `lang` (the evidence checklist words them in English). */
function gapsIn(c: Case, gaps: readonly EvidenceGap[], lang: Lang): readonly EvidenceGap[] {
  if (lang === 'en') return gaps;
  const labels = new Map(
    itemsFor(c.denial.category ?? 'other', c.plan.program).map((item) => [
      item.key,
      item.label[lang],
    ]),
  );
  return gaps.map((gap) => ({ ...gap, label: labels.get(gap.key) ?? gap.label }));
}

/** How many of the newest timeline events the case page shows. */
export const overviewTimelineLength = 50;

export function journeyService(ctx: ServiceContext) {
  async function factsOf(db: Db, c: Case, lang: Lang) {
    const today = dateInZone(ctx.clock().getTime(), timeZoneOfCase(c));
    const [gaps, followUps, letters] = await Promise.all([
      missingEvidenceOf(db, c),
      followUpsOf(db, c, today),
      listLetterKinds(db, c.id),
    ]);
    const deadlines = caseDeadlines(c, today, undefined, lang);
    const facts: JourneyFacts = {
      case: c,
      today,
      deadlines: deadlines.deadlines,
      missingForDeadlines: deadlines.missing,
      missingEvidence: gapsIn(c, gaps, lang),
      letters,
      followUps,
    };
    return { facts, deadlines };
  }

  return {
    /** The one next thing to do on the case, with why and how, worded in `lang`. */
    async next(
      actor: Actor,
      caseId: string,
      lang: Lang = 'en',
    ): Promise<NextStep & { caseId: string }> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const { facts } = await factsOf(ctx.db, c, lang);
      return { caseId: c.id, ...nextStepOf(facts, lang) };
    },

    /**
     * Everything the case page shows at the top, in one read. `lang` words the deadlines, the
     * missing evidence and the next step; the timeline stays as it was recorded.
     */
    async overview(actor: Actor, caseId: string, lang: Lang = 'en'): Promise<CaseOverview> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const [{ facts, deadlines }, timeline] = await Promise.all([
        factsOf(ctx.db, c, lang),
        listLatestTimelineEvents(ctx.db, c.id, overviewTimelineLength),
      ]);
      return {
        case: c,
        today: facts.today,
        deadlines,
        missingEvidence: facts.missingEvidence,
        next: nextStepOf(facts, lang),
        timeline,
      };
    },
  };
}

export type JourneyService = ReturnType<typeof journeyService>;
