import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
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
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
}

/**
 * Kysely prepares every query anew; the app runs the same few queries over and over, so prepared
 * statements are kept (the most recently used `size` of them). Safe because Kysely runs one query
 * at a time on its single SQLite connection and never streams rows.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, size = 200): KyselySqliteDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
