import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/** PostgreSQL through node-postgres: for a shared server with many advocates. */
export function openPostgres(url: string, { max = 10 } = {}): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // A connection waiting in the pool can be closed by the server (a restart, an administrator,
  // a dropped database). node-postgres reports it as an 'error' on the pool, which would end the
  // process if nobody listened; the pool simply opens a new connection when one is next needed.
  pool.on('error', (error: Error & { code?: string }) => {
    process.stderr.write(
      `PostgreSQL closed an idle connection${error.code ? ` (${error.code})` : ''}; a new one will be opened when needed.\n`,
    );
  });
  return openPostgresPool(pool);
}

/** Any pool that speaks node-postgres' interface (the real one, or PGlite in tests). */
export function openPostgresPool(pool: PostgresPool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
