import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import type { DeadlineService } from '../deadlines/deadline-service.js';
import type { TaskService } from '../tasks/task-service.js';
import { deadlineEvents } from './deadline-calendar.js';
import { renderCalendar } from './ics-writer.js';
import { taskEvents } from './task-calendar.js';

/**
 * The person's deadlines as an iCalendar file: every open case's, or one case's; with their
 * follow-ups, their own tasks, and the days to call if no decision came (when `tasks` is given).
 */
export function calendarService(
  ctx: ServiceContext,
  deadlines: DeadlineService,
  tasks?: TaskService,
) {
  return {
    async ics(actor: Actor, { caseId }: { caseId?: string } = {}): Promise<string> {
      const items = await deadlines.acrossCases(actor, { caseId });
      const taskItems = tasks ? await tasks.forCalendar(actor, { caseId }) : [];
      return renderCalendar([...deadlineEvents(items), ...taskEvents(taskItems)], {
        name: 'Overturn deadlines',
        generatedAt: ctx.clock(),
      });
    },
  };
}
