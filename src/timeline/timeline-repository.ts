import type { PageKey } from '../common/page-cursor.js';
import type { Db, TimelineEventRow } from '../storage/schema.js';
import type { TimelineEvent, TimelineEventData } from './timeline-event.js';

export function timelineEventToRow(event: TimelineEvent): TimelineEventRow {
  const { type, ...rest } = event.data;
  return {
    id: event.id,
    case_id: event.caseId,
    at: event.at,
    actor_id: event.actor.id,
    actor_name: event.actor.name,
    type,
    data: JSON.stringify(rest),
  };
}

export async function insertTimelineEvent(db: Db, event: TimelineEvent): Promise<void> {
  await db.insertInto('timeline_events').values(timelineEventToRow(event)).execute();
}

/**
 * The one way services write on a case's timeline: `record(db, c, actor, data, at)` adds an event
 * with a new id from `newId` — who acted, when, and what happened — in the caller's transaction.
 */
export function caseEventRecorder(newId: () => string) {
  return (
    db: Db,
    c: { readonly id: string },
    actor: { readonly id: string; readonly name: string },
    data: TimelineEventData,
    at: string,
  ): Promise<void> =>
    insertTimelineEvent(db, {
      id: newId(),
      caseId: c.id,
      at,
      actor: { id: actor.id, name: actor.name },
      data,
    });
}

function rowToEvent(row: TimelineEventRow): TimelineEvent {
  return {
    id: row.id,
    caseId: row.case_id,
    at: row.at,
    actor: { id: row.actor_id, name: row.actor_name },
    // Written only by insertTimelineEvent from a typed event.
    data: { type: row.type, ...(JSON.parse(row.data) as object) } as TimelineEventData,
  };
}

/** A case's events, oldest first, one page at a time (`after`: the time and id of the last one seen). */
export async function listTimelineEvents(
  db: Db,
  caseId: string,
  { limit, after }: { limit: number; after?: PageKey | undefined },
): Promise<{ events: TimelineEvent[]; hasMore: boolean }> {
  let query = db.selectFrom('timeline_events').selectAll().where('case_id', '=', caseId);
  if (after) {
    query = query.where((eb) => eb(eb.refTuple('at', 'id'), '>', eb.tuple(after.key, after.id)));
  }
  const rows = await query
    .orderBy('at', 'asc')
    .orderBy('id', 'asc')
    .limit(limit + 1)
    .execute();
  return { events: rows.slice(0, limit).map(rowToEvent), hasMore: rows.length > limit };
}

/** The newest event of one type on a case, if there is one. */
export async function findLatestEvent(
  db: Db,
  caseId: string,
  type: TimelineEventData['type'],
): Promise<TimelineEvent | null> {
  const row = await db
    .selectFrom('timeline_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('type', '=', type)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? rowToEvent(row) : null;
}

/** A case's newest `limit` events, oldest first (the end of the story, for the case page). */
export async function listLatestTimelineEvents(
  db: Db,
  caseId: string,
  limit: number,
): Promise<TimelineEvent[]> {
  const rows = await db
    .selectFrom('timeline_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse().map(rowToEvent);
}

/** Every event of a case, oldest first, read a page at a time (for a summary or an export). */
export async function listWholeTimeline(db: Db, caseId: string): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  for (;;) {
    const last = events.at(-1);
    const page = await listTimelineEvents(db, caseId, {
      limit: 500,
      after: last ? { key: last.at, id: last.id } : undefined,
    });
    events.push(...page.events);
    if (!page.hasMore) return events;
  }
}
