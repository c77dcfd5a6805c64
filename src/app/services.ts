import { caseService } from '../cases/case-service.js';
import { timelineService } from '../timeline/timeline-service.js';
import type { ServiceContext } from './context.js';

/** Every service, built once over one context. HTTP routes, CLI commands and tests all use these. */
export function createServices(ctx: ServiceContext) {
  return {
    cases: caseService(ctx),
    timeline: timelineService(ctx),
  };
}

export type Services = ReturnType<typeof createServices>;
