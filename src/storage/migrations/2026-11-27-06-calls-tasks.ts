import type { Kysely } from 'kysely';

/**
 * The call log and the person's tasks. A call is kept with who was on the line, their name and ID,
 * the reference number, what was said and promised; a promise with a date becomes a follow-up task.
 * Both are soft-deleted (`deleted_at`): a call logged by mistake can come back, and the timeline
 * keeps pointing at it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('party_kind', 'text', (c) => c.notNull())
    .addColumn('with_party', 'text', (c) => c.notNull())
    .addColumn('person_name', 'text')
    .addColumn('person_id', 'text')
    .addColumn('reference', 'text')
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('promised', 'text')
    .addColumn('promised_by', 'text')
    .addColumn('outcome', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('calls_case_idx').on('calls').columns(['case_id', 'at']).execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('source_call_id', 'text', (c) => c.references('calls.id'))
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('tasks_case_idx').on('tasks').columns(['case_id', 'due']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('tasks').execute();
  await db.schema.dropTable('calls').execute();
}
