import type { Kysely } from 'kysely';

/**
 * Outcomes: what was decided on a case, when, by whom, and what was paid. A decision at a level of
 * the appeal ladder (`level` set) or a payment (`level` null). Rows are never edited; `deleted_at`
 * leaves room to take one back without losing it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outcomes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('level', 'text')
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('amount_paid_cents', 'integer')
    .addColumn('reference', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('outcomes_case_idx')
    .on('outcomes')
    .columns(['case_id', 'decided_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outcomes').execute();
}
