import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { stringOption } from './options.js';

/**
 * The databases the benchmark writes: a fresh SQLite file in a temporary OVERTURN_HOME, and a
 * fresh PostgreSQL database (`overturn_bench`) on the server named by BENCH_POSTGRES_URL (or
 * DATABASE_URL, or the local server), dropped at the end. Each target says which environment
 * makes the app use it, so the server under test opens it through its own `loadConfig`.
 */
export type BenchDialect = 'sqlite' | 'postgres';

/** `--db sqlite,postgres` (or BENCH_DB): the databases to measure. */
export function dialectsOption(flags: Map<string, string>): BenchDialect[] {
  return stringOption(flags, 'db', 'BENCH_DB', 'sqlite,postgres')
    .split(',')
    .map((d): BenchDialect => {
      const name = d.trim();
      if (name !== 'sqlite' && name !== 'postgres') {
        throw new Error(`--db: sqlite or postgres, not "${name}"`);
      }
      return name;
    });
}

export interface BenchTarget {
  readonly dialect: BenchDialect;
  /** Environment for `loadConfig`: OVERTURN_HOME (SQLite) or DATABASE_URL (PostgreSQL). */
  readonly env: Record<string, string>;
  /** What to show people: a path, or a URL without a password. */
  readonly where: string;
  drop(): Promise<void>;
}

export const benchDatabaseName = 'overturn_bench';

/** The PostgreSQL server to use: an admin connection string (any database on it). */
export function postgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.BENCH_POSTGRES_URL ||
    (env.DATABASE_URL?.startsWith('postgres') ? env.DATABASE_URL : '') ||
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

export function createSqliteTarget(): BenchTarget {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-bench-'));
  return {
    dialect: 'sqlite',
    env: { OVERTURN_HOME: home },
    where: path.join(home, 'overturn.db'),
    drop: async () => fs.rmSync(home, { recursive: true, force: true }),
  };
}

export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Whether the PostgreSQL server answers (the benchmark skips PostgreSQL, and says so, if not). */
export async function postgresReachable(adminUrl: string): Promise<string | null> {
  try {
    const [row] = await adminQuery<{ version: string }>(adminUrl, 'show server_version');
    return row?.version ?? 'unknown';
  } catch {
    return null;
  }
}

export async function createPostgresTarget(adminUrl = postgresAdminUrl()): Promise<BenchTarget> {
  await adminQuery(adminUrl, `drop database if exists ${benchDatabaseName} with (force)`);
  await adminQuery(adminUrl, `create database ${benchDatabaseName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${benchDatabaseName}`;
  const shown = new URL(url);
  shown.password = '';
  return {
    dialect: 'postgres',
    env: { DATABASE_URL: url.toString() },
    where: shown.toString(),
    drop: async () => {
      await adminQuery(adminUrl, `drop database if exists ${benchDatabaseName} with (force)`);
    },
  };
}

export async function createTarget(dialect: BenchDialect): Promise<BenchTarget> {
  return dialect === 'sqlite' ? createSqliteTarget() : createPostgresTarget();
}
