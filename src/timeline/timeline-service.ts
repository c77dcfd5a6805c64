import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { decodeCursor, encodeCursor } from '../common/page-cursor.js';
import { loadCaseShellFor } from '../cases/case-access.js';
import type { NoteInput } from './timeline-input.js';
import type { TimelineEvent } from './timeline-event.js';
import { insertTimelineEvent, listTimelineEvents } from './timeline-repository.js';

/** Notes on a case, and reading its timeline. */
export function timelineService(ctx: ServiceContext) {
  return {
    async addNote(actor: Actor, caseId: string, input: NoteInput): Promise<TimelineEvent> {
      return ctx.db.transaction().execute(async (trx) => {
        await loadCaseShellFor(trx, actor, caseId);
        const event: TimelineEvent = {
          id: ctx.newId(),
          caseId,
          at: ctx.clock().toISOString(),
          actor: { id: actor.id, name: actor.name },
          data: { type: 'note-added', body: input.body },
        };
        await insertTimelineEvent(trx, event);
        return event;
      });
    },

    async read(
      actor: Actor,
      caseId: string,
      { limit, cursor }: { limit: number; cursor?: string | undefined },
    ): Promise<{ events: TimelineEvent[]; nextCursor: string | null }> {
      await loadCaseShellFor(ctx.db, actor, caseId);
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      const { events, hasMore } = await listTimelineEvents(ctx.db, caseId, { limit, after });
      const last = events[events.length - 1];
      return {
        events,
        nextCursor: hasMore && last ? encodeCursor({ key: last.at, id: last.id }) : null,
      };
    },
  };
}

export type TimelineService = ReturnType<typeof timelineService>;
