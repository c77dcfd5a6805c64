import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { loadCaseFor } from '../cases/case-access.js';
import { timeZoneOfCase } from '../deadlines/case-deadlines.js';
import type { DeadlineService } from '../deadlines/deadline-service.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import { listCaseDocumentInfo } from '../documents/document-repository.js';
import { listLetters } from '../letters/letter-repository.js';
import { listOutcomes } from '../outcomes/outcome-repository.js';
import type { Db } from '../storage/schema.js';
import type { TimelineEvent } from '../timeline/timeline-event.js';
import { listTimelineEvents } from '../timeline/timeline-repository.js';
import { buildCaseSummary, type CaseSummary } from './case-summary.js';
import { renderCaseSummaryPdf } from './render-case-summary-pdf.js';

/** Every event of a case, oldest first, read a page at a time. */
async function timelineOf(db: Db, caseId: string): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  let page = await listTimelineEvents(db, caseId, { limit: 500 });
  events.push(...page.events);
  while (page.hasMore) {
    const last = events[events.length - 1]!;
    page = await listTimelineEvents(db, caseId, {
      limit: 500,
      after: { key: last.at, id: last.id },
    });
    events.push(...page.events);
  }
  return events;
}

/** A case summary: gathered from the case's capabilities, as data or as a PDF. */
export function caseSummaryService(ctx: ServiceContext, deadlines: DeadlineService) {
  async function summary(actor: Actor, caseId: string): Promise<CaseSummary> {
    const c = await loadCaseFor(ctx.db, actor, caseId);
    return buildCaseSummary({
      case: c,
      deadlines: await deadlines.forCase(actor, c.id),
      outcomes: await listOutcomes(ctx.db, c.id),
      documents: await listCaseDocumentInfo(ctx.db, c.id),
      letters: await listLetters(ctx.db, c.id),
      timeline: await timelineOf(ctx.db, c.id),
      madeOn: dateInZone(ctx.clock().getTime(), timeZoneOfCase(c)),
    });
  }

  return {
    summary,
    async pdf(actor: Actor, caseId: string): Promise<Uint8Array> {
      return renderCaseSummaryPdf(await summary(actor, caseId));
    },
  };
}

export type CaseSummaryService = ReturnType<typeof caseSummaryService>;
