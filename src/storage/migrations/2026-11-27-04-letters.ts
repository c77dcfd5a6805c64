import type { Kysely } from 'kysely';
import { binaryType, dialectOf } from '../dialect.js';

/**
 * Letters written for a case, and the packets sent with them. Each save is a new row, never an overwrite: the versions a person
 * edited stay, and the timeline points at each. The letter is kept as data (JSON), so it can be
 * rendered again as PDF or text, and a later wording fix never changes what was sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('letters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('letters_case_kind_version', ['case_id', 'kind', 'version'])
    .execute();
  await db.schema
    .createIndex('letters_case_idx')
    .on('letters')
    .columns(['case_id', 'created_at'])
    .execute();

  // A packet is what was sent: kept apart from the case's documents, so it is never enclosed in
  // the next packet as an exhibit.
  await db.schema
    .createTable('packets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('letter_id', 'text', (c) => c.notNull().references('letters.id'))
    .addColumn('pages', 'integer', (c) => c.notNull())
    .addColumn('exhibits', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', binaryType(dialectOf(db)), (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('packets_case_idx').on('packets').column('case_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('packets').execute();
  await db.schema.dropTable('letters').execute();
}
