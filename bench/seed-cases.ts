import fs from 'node:fs';
import { sql } from 'kysely';
import { openRuntime, type Runtime } from '../src/app/runtime.js';
import { caseToRow } from '../src/cases/case-repository.js';
import { localOwner } from '../src/common/actor.js';
import { loadConfig } from '../src/config/config.js';
import type { CaseRow, Db, TimelineEventRow } from '../src/storage/schema.js';
import { timelineEventToRow } from '../src/timeline/timeline-repository.js';
import { createTarget, type BenchDialect, type BenchTarget } from './databases.js';
import { eventsOf, materialize, planCase, type PlannedCase } from './fixtures.js';
import { intOption, isMain, log, readFlags, round, stringOption } from './options.js';

/**
 * Fills a database with N cases, each with its timeline, and measures how fast they go in, two ways:
 * - service: `services.cases.create`, then `changeStatus` / `timeline.addNote` for its history, one
 *   transaction per call, one after another: what a person using the app does;
 * - bulk: the same kind of cases built as domain objects and written with the repository's row
 *   mapper (`caseToRow`) in multi-row INSERTs, one transaction per batch: how a seed or an import
 *   would load them.
 * The bulk seed writes the first N − sample cases, then the service path adds the last `sample`
 * on top of them, so the service figure is for a database that is already large.
 */

export interface SeedOptions {
  readonly cases: number;
  /** How many of the cases go in through the services (the rest in bulk). */
  readonly serviceSample: number;
  /** Cases per bulk transaction. */
  readonly batchSize?: number;
}

export interface Throughput {
  readonly cases: number;
  readonly events: number;
  /** Transactions committed. */
  readonly transactions: number;
  /** Time spent writing (fixture generation excluded). */
  readonly seconds: number;
  readonly casesPerSecond: number;
  readonly eventsPerSecond: number;
}

export interface SeedResult {
  readonly dialect: BenchDialect;
  readonly cases: number;
  readonly events: number;
  readonly casesWithDeadline: number;
  readonly bulk: Throughput & { readonly batchSize: number };
  readonly service: Throughput;
  readonly databaseBytes: number | null;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const throughput = (
  cases: number,
  events: number,
  transactions: number,
  ms: number,
): Throughput => ({
  cases,
  events,
  transactions,
  seconds: round(ms / 1000, 2),
  casesPerSecond: round(cases / (ms / 1000), 0),
  eventsPerSecond: round(events / (ms / 1000), 0),
});

// SQLite allows 32,766 bound values per statement: cases have 32 columns, events 7.
const caseRowsPerInsert = 500;
const eventRowsPerInsert = 2000;

async function bulkSeed(db: Db, from: number, to: number, total: number, batchSize: number) {
  let ms = 0;
  let events = 0;
  let withDeadline = 0;
  let transactions = 0;
  for (let start = from; start < to; start += batchSize) {
    const caseRows: CaseRow[] = [];
    const eventRows: TimelineEventRow[] = [];
    for (let i = start; i < Math.min(start + batchSize, to); i++) {
      const built = materialize(planCase(i, total), localOwner);
      const row = caseToRow(built.case);
      if (row.sort_due !== '9999-12-31') withDeadline++;
      caseRows.push(row);
      for (const event of built.events) eventRows.push(timelineEventToRow(event));
    }
    const t0 = performance.now();
    await db.transaction().execute(async (trx) => {
      for (const part of chunks(caseRows, caseRowsPerInsert)) {
        await trx.insertInto('cases').values(part).execute();
      }
      for (const part of chunks(eventRows, eventRowsPerInsert)) {
        await trx.insertInto('timeline_events').values(part).execute();
      }
    });
    ms += performance.now() - t0;
    transactions++;
    events += eventRows.length;
    if ((start - from) % (batchSize * 20) === 0 && start > from) {
      log(`  bulk: ${start - from} cases…`);
    }
  }
  return { ...throughput(to - from, events, transactions, ms), withDeadline };
}

async function serviceSeed({ services }: Runtime, from: number, to: number, total: number) {
  const plans: PlannedCase[] = [];
  for (let i = from; i < to; i++) plans.push(planCase(i, total));
  let events = 0;
  let transactions = 0;
  let withDeadline = 0;
  const t0 = performance.now();
  for (const plan of plans) {
    let c = await services.cases.create(localOwner, plan.input);
    for (const step of plan.steps) {
      if (step.kind === 'status') {
        c = await services.cases.changeStatus(localOwner, c.id, { to: step.to, note: step.note });
      } else {
        await services.timeline.addNote(localOwner, c.id, { body: step.body });
      }
    }
    if (
      c.status === 'denied' &&
      plan.input.denial.statedDeadlineDays &&
      plan.input.denial.noticeDate
    ) {
      withDeadline++;
    }
    events += eventsOf(plan);
    transactions += eventsOf(plan);
  }
  return { ...throughput(to - from, events, transactions, performance.now() - t0), withDeadline };
}

async function databaseBytes(runtime: Runtime, target: BenchTarget): Promise<number | null> {
  if (target.dialect === 'postgres') {
    const { rows } = await sql<{
      size: string;
    }>`select pg_database_size(current_database())::text as size`.execute(runtime.db);
    return rows[0] ? Number(rows[0].size) : null;
  }
  const file = target.where;
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  return size(file) + size(`${file}-wal`);
}

const withoutCount = ({ withDeadline: _, ...rest }: Throughput & { withDeadline: number }) => rest;

/** Seeds `target` (which must be empty) and reports the throughput of both ways. */
export async function seedCases(target: BenchTarget, options: SeedOptions): Promise<SeedResult> {
  const batchSize = options.batchSize ?? 1000;
  const sample = Math.min(options.serviceSample, options.cases);
  const bulkCount = options.cases - sample;
  const runtime = await openRuntime(loadConfig({ ...target.env }));
  try {
    log(`${target.dialect}: bulk seed of ${bulkCount} cases into ${target.where}`);
    const bulk = await bulkSeed(runtime.db, 0, bulkCount, options.cases, batchSize);
    log(`  ${bulk.casesPerSecond} cases/s, ${bulk.eventsPerSecond} events/s (${bulk.seconds} s)`);
    log(`${target.dialect}: ${sample} cases through the services, one transaction per call`);
    const service = await serviceSeed(runtime, bulkCount, options.cases, options.cases);
    log(
      `  ${service.casesPerSecond} cases/s, ${service.eventsPerSecond} events/s (${service.seconds} s)`,
    );

    if (target.dialect === 'postgres') {
      // A live server's autovacuum would have analyzed the tables after such a load; do it now so
      // the planner has statistics, as it would in use.
      await sql`analyze`.execute(runtime.db);
    } else {
      // Fold the write-ahead log into the file, as a long-running app eventually does.
      await sql`pragma wal_checkpoint(truncate)`.execute(runtime.db);
    }

    const counted = await runtime.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    const countedEvents = await runtime.db
      .selectFrom('timeline_events')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    if (
      Number(counted.n) !== options.cases ||
      Number(countedEvents.n) !== bulk.events + service.events
    ) {
      throw new Error(
        `seeded ${counted.n} cases and ${countedEvents.n} events, expected ${options.cases} and ${bulk.events + service.events}`,
      );
    }
    // The bulk rows must read back through the app like any other: a page, and a timeline.
    const page = await runtime.services.cases.list(localOwner, { sort: 'next-deadline', limit: 5 });
    const first = page.cases[0];
    if (first) await runtime.services.timeline.read(localOwner, first.id, { limit: 10 });

    return {
      dialect: target.dialect,
      cases: options.cases,
      events: bulk.events + service.events,
      casesWithDeadline: bulk.withDeadline + service.withDeadline,
      bulk: { ...withoutCount(bulk), batchSize },
      service: withoutCount(service),
      databaseBytes: await databaseBytes(runtime, target),
    };
  } finally {
    await runtime.close();
  }
}

// `node --import tsx bench/seed-cases.ts [--db sqlite|postgres] [--cases N] [--sample N] [--keep]`
if (isMain(import.meta.url)) {
  const flags = readFlags();
  const dialect = stringOption(flags, 'db', 'BENCH_DB', 'sqlite') as BenchDialect;
  if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error('--db: sqlite or postgres');
  const cases = intOption(flags, 'cases', 'BENCH_CASES', 100_000, { min: 1 });
  const serviceSample = intOption(flags, 'sample', 'BENCH_SERVICE_SAMPLE', Math.min(5000, cases));
  const target = await createTarget(dialect);
  const result = await seedCases(target, { cases, serviceSample });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (flags.has('keep')) {
    log(
      `kept: ${Object.entries(target.env)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
    );
  } else {
    await target.drop();
  }
}
