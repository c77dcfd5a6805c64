import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';

/**
 * SQLite through better-sqlite3: the embedded default on a patient's laptop. `file` is a path, or
 * `:memory:` for tests.
 */
export function openSqlite(file: string): Kysely<Database> {
  const sqlite = new SqliteDatabase(file);
  // WAL lets the web app read while a write is in progress; foreign keys are off by default in SQLite.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
