import type { Kysely } from 'kysely';

/**
 * Intake drafts: a document read, waiting for the person to check its fields. The draft keeps the
 * reading (the text and the fields with their confidences) beside the stored document, so closing
 * the browser loses nothing. Confirming it makes the case, whose id is the draft's id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('intake_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('reading', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('intake_drafts_owner_idx')
    .on('intake_drafts')
    .columns(['owner_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('intake_drafts').execute();
}
