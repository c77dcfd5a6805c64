import type { Kysely } from 'kysely';

/**
 * The evidence vault and its checklist. Documents gain what a person files them by (a type, a
 * title, the date on the paper), the version they replace (a new version is a new row; the old one
 * stays), and who deleted them (deletes are soft). `evidence_marks` keeps the checklist items a
 * person ticked by hand ("no prior authorization was needed"); unticking is soft too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('documents')
    .addColumn('doc_type', 'text', (c) => c.notNull().defaultTo('other'))
    .execute();
  await db.schema.alterTable('documents').addColumn('title', 'text').execute();
  await db.schema.alterTable('documents').addColumn('document_date', 'text').execute();
  await db.schema.alterTable('documents').addColumn('replaces_id', 'text').execute();
  await db.schema.alterTable('documents').addColumn('deleted_by', 'text').execute();
  // Every document stored so far came from intake: a denial letter the person uploaded.
  const documents = db as Kysely<{
    documents: { id: string; doc_type: string };
    intake_drafts: { document_id: string };
  }>;
  await documents
    .updateTable('documents')
    .set({ doc_type: 'denial-letter' })
    .where('id', 'in', (eb) => eb.selectFrom('intake_drafts').select('document_id'))
    .execute();

  await db.schema
    .createTable('evidence_marks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('evidence_marks_case_idx')
    .on('evidence_marks')
    .columns(['case_id', 'item_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('evidence_marks').execute();
  for (const column of ['deleted_by', 'replaces_id', 'document_date', 'title', 'doc_type'])
    await db.schema.alterTable('documents').dropColumn(column).execute();
}
