import { PostgresAdapter, type Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Which SQL dialect a Kysely instance speaks (for the few places where the two differ). */
export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The column type for raw bytes. */
export const binaryType = (dialect: DialectName) => (dialect === 'postgres' ? 'bytea' : 'blob');

/**
 * True when a write failed because a row with the same key exists: PostgreSQL's `23505`, or
 * SQLite's `SQLITE_CONSTRAINT_PRIMARYKEY`/`_UNIQUE`. Lets a service turn a lost race into a conflict.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}
