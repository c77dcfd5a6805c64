import { sql, type Kysely } from 'kysely';

/**
 * What a case's deadlines need beyond the notice: where the notice stands on the ladder, how urgent
 * the care is, and when the plan got the appeal. All optional, so existing cases stay valid.
 * Their next deadline now comes from the rule tables: the sort key is marked stale ('0000-00-00'),
 * and the program recomputes marked cases when it opens the database (`refreshStaleNextDeadlines`).
 * A migration never runs the rules itself: migrations stay as written while the rules change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['notice_stage', 'urgency', 'appeal_filed_at'])
    await db.schema.alterTable('cases').addColumn(column, 'text').execute();
  await sql`update cases set sort_due = '0000-00-00'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update cases set sort_due = '9999-12-31' where sort_due = '0000-00-00'`.execute(db);
  for (const column of ['appeal_filed_at', 'urgency', 'notice_stage'])
    await db.schema.alterTable('cases').dropColumn(column).execute();
}
