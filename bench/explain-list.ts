import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { z } from 'zod';
import { openRuntime } from '../src/app/runtime.js';
import { caseSummaryView, presentCaseSummary } from '../src/cases/case-presenter.js';
import { listCases, type CaseListOptions } from '../src/cases/case-repository.js';
import { encodeCursor } from '../src/common/page-cursor.js';
import { loadConfig } from '../src/config/config.js';
import { buildServer } from '../src/http/server.js';
import type { Database } from '../src/storage/schema.js';
import type { BenchTarget } from './databases.js';
import { isMain, log, readFlags, round } from './options.js';

/**
 * Where the time of one `GET /api/cases?limit=50` goes, measured in this process, one stage at a
 * time, with no load: the query plan of each list query (it should walk cases_due_idx, or
 * cases_status_due_idx with a status, and never sort), the driver alone, the repository
 * (Kysely + row mapping), the presenter, the response check that fastify-type-provider-zod runs
 * before it serializes, JSON.stringify, and the whole request through Fastify's `inject`.
 */

export interface QueryPlan {
  readonly scenario: string;
  readonly sql: string;
  readonly parameters: readonly unknown[];
  readonly plan: readonly string[];
}

/** Microseconds per page of 50 cases (the mean of many, after a warm-up). */
export interface StageCosts {
  readonly driverQueryUs: number;
  /** SQLite only: the same rows as arrays instead of objects (what building row objects costs). */
  readonly driverQueryRowsAsArraysUs: number | null;
  /** SQLite only: the same walk of the index, reading only id and status. */
  readonly driverQueryTwoColumnsUs: number | null;
  readonly listCasesUs: number;
  readonly presentCaseUs: number;
  readonly responseValidationUs: number;
  readonly jsonStringifyUs: number;
  readonly injectRequestUs: number;
  readonly responseBytes: number;
}

export interface Diagnostics {
  readonly dialect: BenchTarget['dialect'];
  readonly plans: readonly QueryPlan[];
  readonly firstPage: StageCosts;
}

/** The response schema of `GET /api/cases`, as declared in src/cases/case-routes.ts. */
const listResponse = z.object({
  items: z.array(caseSummaryView),
  nextCursor: z.string().nullable(),
});

async function timeUs(iterations: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < Math.min(100, iterations); i++) await fn();
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) await fn();
  return round(((performance.now() - t0) / iterations) * 1000, 0);
}

interface Probe {
  readonly db: Kysely<Database>;
  /** The SQL and parameters of the last query the probe ran. */
  last(): { sql: string; parameters: readonly unknown[] };
  explain(sqlText: string, parameters: readonly unknown[]): Promise<string[]>;
  run(sqlText: string, parameters: readonly unknown[]): Promise<unknown[]>;
  runAsArrays: ((sqlText: string, parameters: readonly unknown[]) => unknown[]) | null;
}

function probeFor(target: BenchTarget): Probe {
  let last = { sql: '', parameters: [] as readonly unknown[] };
  const logQuery = (event: LogEvent) => {
    last = { sql: event.query.sql, parameters: event.query.parameters };
  };
  if (target.dialect === 'sqlite') {
    const sqlite = new SqliteDatabase(target.where, { readonly: true });
    const statements = new Map<string, SqliteDatabase.Statement>();
    const prepared = (text: string) => {
      let statement = statements.get(text);
      if (!statement) statements.set(text, (statement = sqlite.prepare(text)));
      return statement;
    };
    return {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log: logQuery }),
      last: () => last,
      explain: async (text, parameters) =>
        (
          sqlite.prepare(`explain query plan ${text}`).all(...parameters) as { detail: string }[]
        ).map((row) => row.detail),
      run: async (text, parameters) => prepared(text).all(...parameters),
      // A statement of its own (the trailing space), as raw mode stays set on a statement.
      runAsArrays: (text, parameters) =>
        prepared(`${text} `)
          .raw(true)
          .all(...parameters),
    };
  }
  const pool = new pg.Pool({ connectionString: target.env.DATABASE_URL, max: 1 });
  return {
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: logQuery }),
    last: () => last,
    explain: async (text, parameters) =>
      (
        await pool.query<{ 'QUERY PLAN': string }>(
          `explain (analyze, buffers, costs off) ${text}`,
          [...parameters],
        )
      ).rows.map((row) => row['QUERY PLAN']),
    run: async (text, parameters) => (await pool.query<object>(text, [...parameters])).rows,
    runAsArrays: null,
  };
}

/** Plans of the three list queries, and the cost of each stage of the first page. */
export async function diagnose(target: BenchTarget, deepOffset: number): Promise<Diagnostics> {
  const probe = probeFor(target);
  try {
    const base: CaseListOptions = {
      ownerId: null,
      statuses: undefined,
      sort: 'next-deadline',
      limit: 50,
      after: undefined,
    };
    const deepKey = await probe.db
      .selectFrom('cases')
      .select(['sort_due', 'id'])
      .where('deleted_at', 'is', null)
      .orderBy('sort_due')
      .orderBy('id')
      .offset(deepOffset - 1)
      .limit(1)
      .executeTakeFirst();
    const scenarios: [string, CaseListOptions][] = [
      ['first-page', base],
      ['deep-page', { ...base, after: deepKey && { key: deepKey.sort_due, id: deepKey.id } }],
      ['status-filter', { ...base, statuses: ['internal-appeal-submitted'] }],
    ];
    const plans: QueryPlan[] = [];
    for (const [scenario, options] of scenarios) {
      await listCases(probe.db, options);
      const { sql: text, parameters } = probe.last();
      plans.push({ scenario, sql: text, parameters, plan: await probe.explain(text, parameters) });
    }

    const page = await listCases(probe.db, base);
    const query = probe.last();
    const body = {
      items: page.cases.map(presentCaseSummary),
      nextCursor: page.next && encodeCursor(page.next),
    };
    const n = target.dialect === 'sqlite' ? 2000 : 500;
    const runtime = await openRuntime(loadConfig({ ...target.env }));
    const server = await buildServer({
      services: runtime.services,
      database: target.dialect,
      version: 'bench',
      webRoot: null,
    });
    try {
      const inject = async () => {
        const response = await server.inject({
          method: 'GET',
          url: '/api/cases?limit=50',
          headers: { host: '127.0.0.1' },
        });
        if (response.statusCode !== 200) throw new Error(`inject: ${response.statusCode}`);
      };
      const firstPage: StageCosts = {
        driverQueryUs: await timeUs(n, () => probe.run(query.sql, query.parameters)),
        driverQueryRowsAsArraysUs: probe.runAsArrays
          ? await timeUs(n, () => probe.runAsArrays!(query.sql, query.parameters))
          : null,
        driverQueryTwoColumnsUs: probe.runAsArrays
          ? await timeUs(n, () =>
              probe.run(query.sql.replace('select *', 'select "id", "status"'), query.parameters),
            )
          : null,
        listCasesUs: await timeUs(n, () => listCases(probe.db, base)),
        presentCaseUs: await timeUs(n, () => page.cases.map(presentCaseSummary)),
        responseValidationUs: await timeUs(n, () => listResponse.safeParse(body)),
        jsonStringifyUs: await timeUs(n, () => JSON.stringify(body)),
        injectRequestUs: await timeUs(n, inject),
        responseBytes: Buffer.byteLength(JSON.stringify(body)),
      };
      return { dialect: target.dialect, plans, firstPage };
    } finally {
      await server.close();
      await runtime.close();
    }
  } finally {
    await probe.db.destroy();
  }
}

/** Is the list served by an index, with no sort step? (Checked on SQLite's and PostgreSQL's plans.) */
export function usesIndexWithoutSort(plan: QueryPlan): boolean {
  const text = plan.plan.join('\n');
  const sorts = /TEMP B-TREE|(^|\s)Sort(\s|$)/m.test(text);
  return /cases_(status_)?due_idx/.test(text) && !sorts;
}

// `node --import tsx bench/explain-list.ts --home DIR | --database-url URL [--deep N]`
if (isMain(import.meta.url)) {
  const flags = readFlags();
  const home = flags.get('home');
  const url = flags.get('database-url');
  if (!home === !url) throw new Error('name the seeded database: --home DIR or --database-url URL');
  const target: BenchTarget = home
    ? {
        dialect: 'sqlite',
        env: { OVERTURN_HOME: home },
        where: `${home}/overturn.db`,
        drop: async () => {},
      }
    : { dialect: 'postgres', env: { DATABASE_URL: url! }, where: url!, drop: async () => {} };
  const result = await diagnose(target, Number(flags.get('deep') ?? 1000));
  log(result.plans.map((p) => `${p.scenario}: ${p.plan.join(' / ')}`).join('\n'));
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
