import { caseService } from '../cases/case-service.js';
import { calendarService } from '../calendar/calendar-service.js';
import { limits } from '../common/limits.js';
import { deadlineService } from '../deadlines/deadline-service.js';
import { documentService } from '../documents/document-service.js';
import { intakeDraftService } from '../intake/intake-draft-service.js';
import { letterService } from '../letters/letter-service.js';
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
  const cases = caseService(ctx);
  const deadlines = deadlineService(ctx);
  return {
    cases,
    timeline: timelineService(ctx),
    deadlines,
    calendar: calendarService(ctx, deadlines),
    intake: intakeDraftService(ctx, cases, { maxUploadBytes }),
    letters: letterService(ctx),
    documents: documentService(ctx),
  };
}

export type Services = ReturnType<typeof createServices>;
