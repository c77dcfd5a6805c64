import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  createTarget,
  dialectsOption,
  postgresAdminUrl,
  postgresReachable,
  adminQuery,
  type BenchDialect,
  type BenchTarget,
} from './databases.js';
import { diagnose, usesIndexWithoutSort, type Diagnostics } from './explain-list.js';
import { partsOption, runIntakeSteps, step } from './intake-steps.js';
import { benchList, listOptionsFrom, prepareServer, type ListBenchResult } from './list-cases.js';
import { benchDir, intOption, log, readFlags, round, machine } from './options.js';
import { seedCases, type SeedResult } from './seed-cases.js';

/**
 * The whole benchmark (`npm run bench`): for SQLite, then PostgreSQL, seed N cases with their
 * timelines, explain the list queries, load `GET /api/cases` with autocannon, and write one JSON
 * summary to bench/results/. Then the case page and a 20 MB upload (bench/journey.ts, in its own
 * process, on databases it seeds itself), then intake (bench/intake-steps.ts): the extraction
 * accuracy over the denial corpus, and the intake timing (bench/intake.ts). Options (flag, or environment variable):
 *   --only LIST      BENCH_ONLY             database,journey,extraction,intake (default all)
 *   --cases N        BENCH_CASES            cases to seed (default 100000)
 *   --sample N       BENCH_SERVICE_SAMPLE   of which written through the services (default 5000)
 *   --db LIST        BENCH_DB               sqlite,postgres (default both)
 *   --duration S     BENCH_DURATION         seconds per measured run (default 20)
 *   --runs N         BENCH_RUNS             runs per scenario; medians are reported (default 3)
 *   --connections N  BENCH_CONNECTIONS      autocannon connections (default 10)
 *   --warmup S       BENCH_WARMUP           seconds of load before each scenario (default 5)
 *   --profile S      BENCH_PROFILE_SECONDS  seconds of a CPU-profiled extra run (default 10; 0: none)
 *   --server MODE    BENCH_SERVER           compiled (default) or tsx
 *   --server-node-options "…"  BENCH_SERVER_NODE_OPTIONS  node flags for the server process,
 *                        e.g. "--max-semi-space-size=4" (default none)
 *   BENCH_POSTGRES_URL   the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres);
 *                        the benchmark creates and drops the database overturn_bench on it.
 * A quick run: `npm run bench -- --cases 10000 --duration 5 --runs 1`.
 */

const targets = {
  sqliteRequestsPerSecond: 1000,
  sqliteP99Ms: 50,
  serverRssMB: 200,
} as const;

interface DialectReport {
  readonly dialect: BenchDialect;
  readonly databaseVersion: string;
  readonly seed: SeedResult;
  readonly diagnostics: Diagnostics & { readonly listQueriesUseIndexWithoutSort: boolean };
  readonly list: ListBenchResult;
}

async function databaseVersion(target: BenchTarget): Promise<string> {
  if (target.dialect === 'sqlite') {
    const db = new SqliteDatabase(':memory:');
    const row = db.prepare('select sqlite_version() as v').get() as { v: string };
    db.close();
    return `SQLite ${row.v} (better-sqlite3)`;
  }
  const rows = await adminQuery<{ name: string; setting: string }>(
    target.env.DATABASE_URL!,
    `select name, setting from pg_settings
     where name in ('server_version', 'shared_buffers', 'synchronous_commit', 'fsync', 'work_mem')
     order by name`,
  );
  return `PostgreSQL ${rows.map((r) => `${r.name}=${r.setting}`).join(', ')}`;
}

function verdicts(reports: readonly DialectReport[]) {
  const sqlite = reports.find((r) => r.dialect === 'sqlite');
  const first = sqlite?.list.scenarios.find((s) => s.name === 'first-page')?.median;
  // "Server RSS ≤ 200 MB under that load": the SQLite load the other two targets name.
  // PostgreSQL's peak is reported beside it, for information.
  const peakOf = (report: DialectReport | undefined) =>
    Math.max(...(report?.list.scenarios.map((s) => s.median.peakRssMB) ?? []));
  const peakRss = peakOf(sqlite);
  const postgresPeakRss = peakOf(reports.find((r) => r.dialect === 'postgres'));
  return {
    targets,
    sqliteRequestsPerSecond: first
      ? {
          measured: first.requestsPerSecond,
          met: first.requestsPerSecond >= targets.sqliteRequestsPerSecond,
        }
      : null,
    sqliteP99Ms: first ? { measured: first.p99Ms, met: first.p99Ms <= targets.sqliteP99Ms } : null,
    serverRssMB: Number.isFinite(peakRss)
      ? { measured: peakRss, met: peakRss <= targets.serverRssMB }
      : null,
    postgresPeakRssMB: Number.isFinite(postgresPeakRss) ? postgresPeakRss : null,
  };
}

async function benchDatabases() {
  const flags = readFlags();
  const cases = intOption(flags, 'cases', 'BENCH_CASES', 100_000, { min: 200 });
  const serviceSample = intOption(
    flags,
    'sample',
    'BENCH_SERVICE_SAMPLE',
    Math.min(5000, Math.floor(cases / 10)),
  );
  const dialects = dialectsOption(flags);
  const listOptions = listOptionsFrom(flags, cases);
  const started = new Date();
  const t0 = performance.now();
  log(`Compiling the server (${listOptions.runner})…`);
  const serverArgs = [...listOptions.serverNodeOptions, ...prepareServer(listOptions.runner)];

  const reports: DialectReport[] = [];
  const skipped: Record<string, string> = {};
  for (const dialect of dialects) {
    if (dialect === 'postgres' && !(await postgresReachable(postgresAdminUrl()))) {
      skipped.postgres = `no PostgreSQL server answered at ${postgresAdminUrl()} (set BENCH_POSTGRES_URL)`;
      log(`Skipping PostgreSQL: ${skipped.postgres}`);
      continue;
    }
    const target = await createTarget(dialect);
    try {
      const seed = await seedCases(target, { cases, serviceSample });
      // Let the kernel write the freshly seeded files out now, not during the measured runs.
      execFileSync('sync');
      const diagnostics = await diagnose(target, listOptions.deepOffset);
      const indexed = diagnostics.plans.every(usesIndexWithoutSort);
      for (const plan of diagnostics.plans)
        log(`  plan ${plan.scenario}: ${plan.plan.join(' / ')}`);
      const list = await benchList(dialect, target.env, listOptions, serverArgs);
      reports.push({
        dialect,
        databaseVersion: await databaseVersion(target),
        seed,
        diagnostics: { ...diagnostics, listQueriesUseIndexWithoutSort: indexed },
        list,
      });
    } finally {
      await target.drop();
    }
  }

  const summary = {
    started: started.toISOString(),
    minutes: round((performance.now() - t0) / 60_000, 1),
    machine: machine(),
    options: { cases, serviceSample, ...listOptions },
    verdicts: verdicts(reports),
    skipped,
    results: reports,
  };
  const dir = path.join(benchDir, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  const text = `${JSON.stringify(summary, null, 2)}\n`;
  fs.writeFileSync(file, text);
  fs.writeFileSync(path.join(dir, 'latest.json'), text);

  log('');
  for (const r of reports) {
    log(
      `${r.dialect}: insert ${r.seed.bulk.casesPerSecond} cases/s bulk, ${r.seed.service.casesPerSecond} cases/s via services`,
    );
    for (const s of r.list.scenarios) {
      log(
        `  ${s.name.padEnd(14)} p50 ${s.median.p50Ms} ms, p99 ${s.median.p99Ms} ms, ` +
          `${s.median.requestsPerSecond} req/s, peak RSS ${s.median.peakRssMB} MB, errors ${s.median.errors + s.median.non2xx}`,
      );
    }
  }
  const v = summary.verdicts;
  const show = (name: string, x: { measured: number; met: boolean } | null) =>
    x && log(`target ${name}: ${x.measured} → ${x.met ? 'met' : 'MISSED'}`);
  show(`≥ ${targets.sqliteRequestsPerSecond} req/s (SQLite)`, v.sqliteRequestsPerSecond);
  show(`p99 ≤ ${targets.sqliteP99Ms} ms (SQLite)`, v.sqliteP99Ms);
  show(`server RSS ≤ ${targets.serverRssMB} MB (SQLite)`, v.serverRssMB);
  log(`Written: ${path.relative(process.cwd(), file)} (${summary.minutes} min)`);
}

async function main() {
  const parts = partsOption(readFlags());
  if (parts.has('database')) await benchDatabases();
  // The case page and uploads (bench/journey.ts) seed their own databases; they get the same flags.
  const journey = ['tsx', 'bench/journey.ts', ...process.argv.slice(2)];
  if (parts.has('journey') && !step('Case page and upload (npm run bench:journey)', 'npx', journey))
    process.exitCode = 1;
  if (!runIntakeSteps(parts)) process.exitCode = 1;
}

await main();
