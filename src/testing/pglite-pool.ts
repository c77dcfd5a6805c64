import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

/**
 * Lets Kysely's PostgreSQL dialect talk to PGlite (real PostgreSQL compiled to WebAssembly), so the
 * PostgreSQL half of the suite runs on a laptop with no server. PGlite has one connection, so a
 * client is handed out to one caller at a time (transactions must not interleave).
 */
export function pglitePool(pglite: PGlite): PostgresPool {
  let idle: Promise<void> = Promise.resolve();
  return {
    async connect(): Promise<PostgresPoolClient> {
      let release!: () => void;
      const previous = idle;
      idle = new Promise((resolve) => (release = resolve));
      await previous;
      const query = async <R>(sql: string, parameters: readonly unknown[]) => {
        const result = await pglite.query<R>(sql, [...parameters]);
        return {
          command: (/^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT') as 'SELECT',
          rowCount: result.affectedRows ?? result.rows.length,
          rows: result.rows,
        };
      };
      // Kysely never streams through this pool, so the cursor overload of `query` is not needed.
      return { query: query as unknown as PostgresPoolClient['query'], release };
    },
    async end() {
      await pglite.close();
    },
  };
}
