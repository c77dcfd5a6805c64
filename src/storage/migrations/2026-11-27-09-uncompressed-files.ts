import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * PostgreSQL tries to compress every large value before it stores it out of line (TOAST), and
 * gives up on PDFs and photos, which are already compressed: a 20 MB upload spent about 0.6 s
 * there (docs/benchmarks.md, issue 6). `storage external` keeps files out of line without the
 * attempt. SQLite stores blobs as they are, so nothing changes there. Only new rows are affected.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`alter table documents alter column content set storage external`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`alter table documents alter column content set storage extended`.execute(db);
}
