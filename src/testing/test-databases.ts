import { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { DialectName } from '../storage/dialect.js';
import { migrateToLatest } from '../storage/migrate.js';
import { openPostgres, openPostgresPool } from '../storage/postgres.js';
import type { Database } from '../storage/schema.js';
import { openSqlite } from '../storage/sqlite.js';
import { pglitePool } from './pglite-pool.js';

/**
 * Real databases for tests, never mocks (after Kysely's own suite, which loops over dialects).
 * SQLite: a fresh in-memory database. PostgreSQL: a fresh database created on the server named by
 * DATABASE_URL and dropped afterwards; with no DATABASE_URL, PGlite in this process.
 */
export const dialects: readonly DialectName[] = ['sqlite', 'postgres'];

/** The PostgreSQL server the tests may use, or null when there is none (then PGlite stands in). */
export function postgresServerUrl(): string | null {
  const url = process.env.DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : null;
}

export interface TestDatabase {
  readonly db: Kysely<Database>;
  /** A connection string for other processes, when the database lives on a server. */
  readonly url: string | null;
  readonly close: () => Promise<void>;
}

/** A new, empty database with no tables. */
export async function createEmptyDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const db = openSqlite(':memory:');
    return { db, url: null, close: () => db.destroy() };
  }
  const serverUrl = postgresServerUrl();
  if (!serverUrl) {
    const db = openPostgresPool(pglitePool(new PGlite()));
    return { db, url: null, close: () => db.destroy() };
  }
  return createServerDatabase(serverUrl);
}

/** A new database with the current schema. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const database = await createEmptyDatabase(dialect);
  await migrateToLatest(database.db);
  return database;
}

async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `overturn_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), { max: 4 });
  return {
    db,
    url: url.toString(),
    async close() {
      await db.destroy();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
