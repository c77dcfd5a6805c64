import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import type { DeadlineService } from '../deadlines/deadline-service.js';
import { deadlineEvents } from './deadline-calendar.js';
import { renderCalendar } from './ics-writer.js';

/** The person's deadlines as an iCalendar file: every open case's, or one case's. */
export function calendarService(ctx: ServiceContext, deadlines: DeadlineService) {
  return {
    async ics(actor: Actor, { caseId }: { caseId?: string } = {}): Promise<string> {
      const items = await deadlines.acrossCases(actor, { caseId });
      return renderCalendar(deadlineEvents(items), {
        name: 'Overturn deadlines',
        generatedAt: ctx.clock(),
      });
    },
  };
}
