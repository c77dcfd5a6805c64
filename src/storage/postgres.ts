import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/** PostgreSQL through node-postgres: for a shared server with many advocates. */
export function openPostgres(url: string, { max = 10 } = {}): Kysely<Database> {
  return openPostgresPool(new pg.Pool({ connectionString: url, max }));
}

/** Any pool that speaks node-postgres' interface (the real one, or PGlite in tests). */
export function openPostgresPool(pool: PostgresPool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
