import type { Kysely } from 'kysely';

/**
 * What a case's deadlines need beyond the notice: where the notice stands on the ladder, how urgent
 * the care is, and when the plan got the appeal. All optional, so existing cases stay valid; their
 * `sort_due` is recomputed the next time each case is written.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['notice_stage', 'urgency', 'appeal_filed_at'])
    await db.schema.alterTable('cases').addColumn(column, 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['appeal_filed_at', 'urgency', 'notice_stage'])
    await db.schema.alterTable('cases').dropColumn(column).execute();
}
