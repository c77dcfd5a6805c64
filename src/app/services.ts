import { caseService } from '../cases/case-service.js';
import { calendarService } from '../calendar/calendar-service.js';
import { deadlineService } from '../deadlines/deadline-service.js';
import { timelineService } from '../timeline/timeline-service.js';
import type { ServiceContext } from './context.js';

/** Every service, built once over one context. HTTP routes, CLI commands and tests all use these. */
export function createServices(ctx: ServiceContext) {
  const deadlines = deadlineService(ctx);
  return {
    cases: caseService(ctx),
    timeline: timelineService(ctx),
    deadlines,
    calendar: calendarService(ctx, deadlines),
  };
}

export type Services = ReturnType<typeof createServices>;
