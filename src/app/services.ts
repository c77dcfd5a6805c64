import { backupService } from '../backup/backup-service.js';
import { caseExportService } from '../backup/case-export-service.js';
import { callService } from '../calls/call-service.js';
import { caseService } from '../cases/case-service.js';
import { calendarService } from '../calendar/calendar-service.js';
import { limits } from '../common/limits.js';
import { deadlineService } from '../deadlines/deadline-service.js';
import { documentService } from '../documents/document-service.js';
import { evidenceService } from '../evidence/evidence-service.js';
import { intakeDraftService } from '../intake/intake-draft-service.js';
import { journeyService } from '../journey/journey-service.js';
import { letterService } from '../letters/letter-service.js';
import { deleteOutcomesRecordedAt } from '../outcomes/outcome-repository.js';
import { opinionService } from '../opinions/opinion-service.js';
import { outcomeService } from '../outcomes/outcome-service.js';
import { caseSummaryService } from '../case-summary/case-summary-service.js';
import { stateHelpService } from '../state-help/state-help-service.js';
import { taskService } from '../tasks/task-service.js';
import { timelineService } from '../timeline/timeline-service.js';
import type { ServiceContext } from './context.js';

export interface ServiceOptions {
  /** The largest document intake accepts (config `OVERTURN_MAX_UPLOAD_MB`). */
  readonly maxUploadBytes?: number;
}

/** Every service, built once over one context. HTTP routes, CLI commands and tests all use these. */
export function createServices(
  ctx: ServiceContext,
  { maxUploadBytes = limits.defaultMaxUploadBytes }: ServiceOptions = {},
) {
  const cases = caseService(ctx, {
    // Undoing a step takes back the decision recorded with it.
    onStepUndone: (trx, c, stepAt, at) => deleteOutcomesRecordedAt(trx, c.id, stepAt, at),
  });
  const deadlines = deadlineService(ctx);
  const tasks = taskService(ctx, deadlines);
  return {
    cases,
    timeline: timelineService(ctx),
    deadlines,
    calendar: calendarService(ctx, deadlines, tasks),
    intake: intakeDraftService(ctx, cases, { maxUploadBytes }),
    letters: letterService(ctx),
    calls: callService(ctx),
    tasks,
    documents: documentService(ctx, { maxUploadBytes }),
    evidence: evidenceService(ctx),
    stateHelp: stateHelpService(ctx),
    backup: backupService(ctx),
    caseExport: caseExportService(ctx, deadlines),
    outcomes: outcomeService(ctx, cases),
    caseSummary: caseSummaryService(ctx, deadlines),
    journey: journeyService(ctx),
    opinions: opinionService(ctx, { cases }),
  };
}

export type Services = ReturnType<typeof createServices>;
