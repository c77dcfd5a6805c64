import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { loadCaseFor } from '../cases/case-access.js';
import { timeZoneOfCase } from '../deadlines/case-deadlines.js';
import type { DeadlineService } from '../deadlines/deadline-service.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import { listCaseDocumentInfo } from '../documents/document-repository.js';
import { listLetters } from '../letters/letter-repository.js';
import { listOutcomes } from '../outcomes/outcome-repository.js';
import { listWholeTimeline } from '../timeline/timeline-repository.js';
import { buildCaseSummary, type CaseSummary } from './case-summary.js';
import { renderCaseSummaryPdf } from './render-case-summary-pdf.js';

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
      timeline: await listWholeTimeline(ctx.db, c.id),
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
