import { z } from 'zod';
import type { TimelineEvent } from './timeline-event.js';

/** A timeline event as it leaves the server: the event's own fields sit under `data`. */
export const timelineEventView = z.object({
  id: z.string(),
  caseId: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }),
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEventView = z.infer<typeof timelineEventView>;

export function presentTimelineEvent(event: TimelineEvent): TimelineEventView {
  const { type, ...data } = event.data;
  return {
    id: event.id,
    caseId: event.caseId,
    at: event.at,
    actor: { ...event.actor },
    type,
    data,
  };
}
