import type { Kysely } from 'kysely';

/**
 * A document has at most one newer version: two uploads that both replace the same file (two
 * people at once) cannot both land; the second is refused as a conflict. A partial unique index,
 * which SQLite and PostgreSQL both have.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('documents_replaces_idx')
    .on('documents')
    .column('replaces_id')
    .unique()
    .where('replaces_id', 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('documents_replaces_idx').execute();
}
