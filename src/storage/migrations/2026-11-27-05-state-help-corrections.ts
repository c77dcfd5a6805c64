import type { Kysely } from 'kysely';

/**
 * A person's own corrections to the shipped state-help directory (a phone that changed, a moved
 * page). Each correction is a row laid over the shipped value; removing one sets `deleted_at`, so
 * the shipped value (or an older correction) comes back and nothing is lost.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('state_help_corrections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('entry_key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('state_help_corrections_state_idx')
    .on('state_help_corrections')
    .columns(['state', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('state_help_corrections').execute();
}
