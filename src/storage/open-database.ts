import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config/config.js';
import { AppError } from '../common/errors.js';
import { migrateToLatest } from './migrate.js';
import { openPostgres } from './postgres.js';
import type { Database } from './schema.js';
import { openSqlite } from './sqlite.js';

/**
 * Opens the configured database and brings its schema up to date. On SQLite the data directory and
 * the `overturn.db` file are created on first run, readable only by the person who runs Overturn.
 */
export async function openDatabase(database: Config['database']): Promise<Kysely<Database>> {
  const db =
    database.kind === 'postgres' ? openPostgres(database.url) : openSqliteFile(database.file);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw describeConnectionError(error, database);
  }
  return db;
}

function openSqliteFile(file: string): Kysely<Database> {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Health data: the file is created readable and writable by its owner only (SQLite gives the
  // -wal and -shm files the same permissions). An existing file is opened as it is.
  if (!fs.existsSync(file)) fs.writeFileSync(file, '', { mode: 0o600, flag: 'wx' });
  return openSqlite(file);
}

function describeConnectionError(error: unknown, database: Config['database']): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string } | null)?.code;
  if (
    database.kind === 'postgres' &&
    (code === 'ECONNREFUSED' || code === '3D000' || code === '28P01' || code === 'ENOTFOUND')
  ) {
    return new AppError(
      'invalid-input',
      `DATABASE_URL: could not connect to PostgreSQL (${code}). Check that the server is running and the URL is right, or unset DATABASE_URL to use SQLite.`,
      'DATABASE_URL',
    );
  }
  return error;
}
