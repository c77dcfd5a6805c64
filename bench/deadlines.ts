import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Case } from '../src/cases/case.js';
import { localOwner } from '../src/common/actor.js';
import {
  adminQuery,
  benchDatabaseName,
  createTarget,
  dialectsOption,
  postgresAdminUrl,
  postgresReachable,
  type BenchDialect,
} from './databases.js';
import { loadDeadlineCode, type CodeKind, type DeadlineCode } from './deadline-code.js';
import { deadlineCase, fixtureToday, openDeadlineCases } from './deadline-fixtures.js';
import { profiled, type DeadlineProfile } from './deadline-profile.js';
import {
  benchDir,
  intOption,
  log,
  median,
  readFlags,
  round,
  stringOption,
  machine,
} from './options.js';

/**
 * Deadlines and the calendar (`npm run bench:deadlines`, or `npx tsx bench/deadlines.ts`).
 *
 * 1. Pure compute: N cases built from the benchmark's fixtures (with notice stages, urgencies and
 *    appeal dates), then `caseDeadlines(c, today)` and `nextDeadlineOf(c)` over all of them.
 * 2. The calendar end to end: M open cases in a fresh SQLite database (and PostgreSQL when one
 *    answers), then `services.calendar.ics(localOwner)` and `services.deadlines.acrossCases`,
 *    with the time split into database read, deadline computation and ICS rendering.
 * Each figure is the median of `--runs` runs after one warm-up. Options (flag, or variable):
 *   --cases N           BENCH_CASES           cases for the pure compute (default 100000)
 *   --calendar-cases N  BENCH_CALENDAR_CASES  open cases in the calendar's database (default 10000)
 *   --runs N            BENCH_RUNS            measured runs (default 5)
 *   --db LIST           BENCH_DB              sqlite,postgres (default; PostgreSQL if it answers)
 *   --code MODE         BENCH_CODE            compiled (default: tsc, as shipped) or tsx
 *   --profile 0|1       BENCH_PROFILE         CPU-profile one more run of each (default 1)
 * The issue's goals: deadlines for 100,000 cases "well under a second" (read here as ≤ 500 ms)
 * and the calendar of 10,000 open cases under a second.
 */

export const goals = {
  /** caseDeadlines over 100,000 cases: "well under a second", read as at most half of one. */
  computeMsPer100k: 500,
  /** services.calendar.ics over 10,000 open cases. */
  calendarMsPer10k: 1000,
} as const;

/** The services' clock: the fixtures' last day, in the afternoon in every US time zone. */
const calendarClock = new Date(`${fixtureToday}T20:00:00Z`);
const calendarName = 'Overturn deadlines';

interface Options {
  readonly cases: number;
  readonly calendarCases: number;
  readonly runs: number;
  readonly dialects: readonly BenchDialect[];
  readonly code: CodeKind;
  readonly profile: boolean;
}

function optionsFrom(flags: Map<string, string>): Options {
  const dialects = dialectsOption(flags);
  const code = stringOption(flags, 'code', 'BENCH_CODE', 'compiled');
  if (code !== 'compiled' && code !== 'tsx') throw new Error(`--code: compiled or tsx`);
  return {
    cases: intOption(flags, 'cases', 'BENCH_CASES', 100_000, { min: 1 }),
    calendarCases: intOption(flags, 'calendar-cases', 'BENCH_CALENDAR_CASES', 10_000, { min: 1 }),
    runs: intOption(flags, 'runs', 'BENCH_RUNS', 5, { min: 1 }),
    dialects,
    code,
    profile: intOption(flags, 'profile', 'BENCH_PROFILE', 1) > 0,
  };
}

const elapsed = (t0: number) => performance.now() - t0;
const count = <K extends string>(keys: Iterable<K>) => {
  const out: Partial<Record<K, number>> = {};
  for (const key of keys) out[key] = (out[key] ?? 0) + 1;
  return out;
};

/** What the fixtures hold: enough variety that every kind of rule is counted. */
function mixOf(cases: readonly Case[]) {
  const share = (n: number) => round((n / cases.length) * 100, 1);
  const filed = cases.map((c) => c.denial.appealFiledAt).filter((v) => v !== null);
  return {
    programs: count(cases.map((c) => c.plan.program)),
    noticeTypes: count(cases.map((c) => c.denial.noticeType ?? 'none')),
    noticeStages: count(cases.map((c) => c.denial.noticeStage ?? 'from the notice type')),
    urgencies: count(cases.map((c) => c.denial.urgency ?? 'not given')),
    statePercent: share(cases.filter((c) => c.plan.state).length),
    fundingPercent: share(cases.filter((c) => c.plan.funding).length),
    statedDeadlinePercent: share(cases.filter((c) => c.denial.statedDeadlineDays).length),
    appealFiledPercent: share(filed.length),
    appealFiledWithTimePercent: share(filed.filter((v) => v.includes('T')).length),
  };
}

// ——— 1. Pure compute ———

function benchCompute(code: DeadlineCode, cases: readonly Case[], runs: number) {
  const deadlinesMs: number[] = [];
  const nextMs: number[] = [];
  let produced = -1;
  for (let run = 0; run <= runs; run++) {
    let t0 = performance.now();
    let n = 0;
    for (const c of cases) n += code.caseDeadlines(c, fixtureToday).deadlines.length;
    const ms = elapsed(t0);
    if (produced >= 0 && n !== produced)
      throw new Error(`run ${run}: ${n} deadlines, not ${produced}`);
    produced = n;
    t0 = performance.now();
    let known = 0;
    for (const c of cases) if (code.nextDeadlineOf(c) !== null) known++;
    const next = elapsed(t0);
    if (known === 0) throw new Error('nextDeadlineOf found no deadline at all');
    if (run > 0) {
      deadlinesMs.push(ms);
      nextMs.push(next);
    }
    log(
      `  run ${run || 'warm-up'}: caseDeadlines ${round(ms, 0)} ms, nextDeadlineOf ${round(next, 0)} ms`,
    );
  }

  // What was produced (counted once, outside the timed runs).
  const states = { open: 0, done: 0, missed: 0 };
  let hourBased = 0;
  let later = 0;
  let withoutNoticeDate = 0;
  let withNext = 0;
  for (const c of cases) {
    const result = code.caseDeadlines(c, fixtureToday);
    for (const d of result.deadlines) {
      states[d.state]++;
      if (d.due.includes('T')) hourBased++;
    }
    later += result.later.length;
    if (result.missing.length > 0) withoutNoticeDate++;
    if (code.nextDeadlineOf(c) !== null) withNext++;
  }
  const per = (ms: number) => round((ms * 1000) / cases.length, 2);
  const deadlines = median(deadlinesMs);
  const next = median(nextMs);
  return {
    cases: cases.length,
    today: fixtureToday,
    caseDeadlines: {
      medianMs: round(deadlines, 1),
      minMs: round(Math.min(...deadlinesMs), 1),
      usPerCase: per(deadlines),
      runsMs: deadlinesMs.map((ms) => round(ms, 1)),
    },
    nextDeadlineOf: {
      medianMs: round(next, 1),
      minMs: round(Math.min(...nextMs), 1),
      usPerCase: per(next),
      runsMs: nextMs.map((ms) => round(ms, 1)),
    },
    produced: {
      deadlines: produced,
      perCase: round(produced / cases.length, 2),
      ...states,
      hourBased,
      laterSteps: later,
      casesWithoutNoticeDate: withoutNoticeDate,
      casesWithNextDeadline: withNext,
    },
  };
}

// ——— 2. The calendar, end to end ———

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/** The bench database on PostgreSQL is shared by name with `npm run bench`: never drop it under one. */
async function postgresInUse(): Promise<boolean> {
  const [row] = await adminQuery<{ n: string }>(
    postgresAdminUrl(),
    'select count(*)::text as n from pg_stat_activity where datname = $1',
    [benchDatabaseName],
  );
  return Number(row?.n ?? 0) > 0;
}

/** The timed parts of the calendar: the whole, the dashboard, and the three steps of the whole. */
const parts = ['ics', 'acrossCases', 'read', 'events', 'render'] as const;
type Part = (typeof parts)[number];

const rowsPerInsert = 500; // SQLite allows 32,766 bound values per statement; cases have 35 columns
const casesPerTransaction = 1000;

async function benchCalendar(
  code: DeadlineCode,
  dialect: BenchDialect,
  cases: readonly Case[],
  runs: number,
  profileDir: string | null,
) {
  const target = await createTarget(dialect);
  try {
    const db = await code.openDatabase(code.loadConfig({ ...target.env }).database);
    try {
      // The services as the app builds them (src/app/runtime.ts), on a fixed clock.
      const services = code.createServices(code.serviceContext(db, { clock: () => calendarClock }));
      let t0 = performance.now();
      const rows = cases.map(code.caseToRow); // computes each case's next deadline, as a write does
      for (let i = 0; i < rows.length; i += casesPerTransaction) {
        const batch = rows.slice(i, i + casesPerTransaction);
        await db.transaction().execute(async (trx) => {
          for (let j = 0; j < batch.length; j += rowsPerInsert) {
            await trx
              .insertInto('cases')
              .values(batch.slice(j, j + rowsPerInsert))
              .execute();
          }
        });
      }
      // As after seed-cases.ts: planner statistics on PostgreSQL, the WAL folded in on SQLite.
      await (dialect === 'postgres' ? sql`analyze` : sql`pragma wal_checkpoint(truncate)`).execute(
        db,
      );
      const seedSeconds = round(elapsed(t0) / 1000, 2);
      log(`${dialect}: ${cases.length} open cases written to ${target.where} (${seedSeconds} s)`);

      const ms: Record<Part, number[]> = {
        ics: [],
        acrossCases: [],
        read: [],
        events: [],
        render: [],
      };
      const scope = code.caseListScope(localOwner).ownerId;
      let last = { openCases: 0, items: 0, events: 0, past: 0, bytes: 0, vevents: 0, same: false };
      for (let run = 0; run <= runs; run++) {
        const took: Record<Part, number> = {
          ics: 0,
          acrossCases: 0,
          read: 0,
          events: 0,
          render: 0,
        };
        t0 = performance.now();
        const ics = await services.calendar.ics(localOwner);
        took.ics = elapsed(t0);
        t0 = performance.now();
        const items = await services.deadlines.acrossCases(localOwner);
        took.acrossCases = elapsed(t0);
        t0 = performance.now();
        const open = await code.listOpenCases(db, scope);
        took.read = elapsed(t0);
        t0 = performance.now();
        const events = code.deadlineEvents(items);
        took.events = elapsed(t0);
        t0 = performance.now();
        const text = code.renderCalendar(events, {
          name: calendarName,
          generatedAt: calendarClock,
        });
        took.render = elapsed(t0);
        if (run > 0) for (const key of parts) ms[key].push(took[key]);
        last = {
          openCases: open.length,
          items: items.length,
          events: events.length,
          past: events.filter((e) => e.date < fixtureToday).length,
          bytes: Buffer.byteLength(ics),
          vevents: occurrences(ics, 'BEGIN:VEVENT'),
          same: text === ics,
        };
        log(
          `  run ${run || 'warm-up'}: ics ${round(took.ics, 0)} ms; acrossCases ${round(took.acrossCases, 0)} ms ` +
            `(read ${round(took.read, 0)} ms); events ${round(took.events, 0)} ms, render ${round(took.render, 0)} ms`,
        );
      }
      if (last.openCases !== cases.length) {
        throw new Error(`${dialect}: read ${last.openCases} open cases, wrote ${cases.length}`);
      }
      if (last.vevents !== last.events) {
        throw new Error(
          `${dialect}: the file has ${last.vevents} events, deadlineEvents made ${last.events}`,
        );
      }
      const m = (key: Part) => round(median(ms[key]), 1);
      const profile = profileDir
        ? await profiled(profileDir, `calendar-${dialect}`, async () => {
            for (let i = 0; i < 3; i++) await services.calendar.ics(localOwner);
          })
        : null;
      return {
        dialect,
        seedSeconds,
        openCases: last.openCases,
        deadlineItems: last.items,
        events: last.events,
        /** Events dated before today: reminders of deadlines already missed. */
        pastEvents: last.past,
        bytes: last.bytes,
        /** Rendering the service's items again gives the very file the service wrote. */
        renderMatchesService: last.same,
        medianMs: {
          ics: m('ics'),
          acrossCases: m('acrossCases'),
          read: m('read'),
          /** acrossCases less the read: caseDeadlines for every case, and the sort. */
          compute: round(m('acrossCases') - m('read'), 1),
          events: m('events'),
          render: m('render'),
        },
        runsMs: Object.fromEntries(
          Object.entries(ms).map(([key, values]) => [key, values.map((v) => round(v, 1))]),
        ),
        profile,
      };
    } finally {
      await db.destroy();
    }
  } finally {
    await target.drop();
  }
}

// ——— The run ———

/** Which version of the deadline and calendar code was measured (src/ changes often). */
function sourcesDigest(): string {
  const hash = createHash('sha256');
  for (const dir of ['deadlines', 'calendar', 'cases', 'common']) {
    const folder = path.join(benchDir, '..', 'src', dir);
    for (const file of fs.readdirSync(folder).sort()) {
      if (file.endsWith('.ts') && !file.endsWith('.test.ts')) {
        hash.update(file).update(fs.readFileSync(path.join(folder, file)));
      }
    }
  }
  return hash.digest('hex').slice(0, 12);
}

type CalendarReport = Awaited<ReturnType<typeof benchCalendar>>;

function verdicts(
  compute: ReturnType<typeof benchCompute>,
  calendars: readonly CalendarReport[],
  options: Options,
) {
  // Measured at other sizes, the figures are scaled to the goal's size (and say so).
  const computeMs = round((compute.caseDeadlines.medianMs * 100_000) / options.cases, 1);
  const datesMs = round((compute.nextDeadlineOf.medianMs * 100_000) / options.cases, 1);
  return {
    // The dates alone (what the case list and its sort need on every write).
    deadlineDates100k: {
      goalMs: goals.computeMsPer100k,
      measuredMs: datesMs,
      scaled: options.cases !== 100_000,
      pass: datesMs <= goals.computeMsPer100k,
    },
    computeDeadlines100k: {
      goalMs: goals.computeMsPer100k,
      measuredMs: computeMs,
      scaled: options.cases !== 100_000,
      pass: computeMs <= goals.computeMsPer100k,
    },
    calendar10k: calendars.map((c) => {
      const ms = round((c.medianMs.ics * 10_000) / options.calendarCases, 1);
      return {
        dialect: c.dialect,
        goalMs: goals.calendarMsPer10k,
        measuredMs: ms,
        scaled: options.calendarCases !== 10_000,
        pass: ms < goals.calendarMsPer10k,
      };
    }),
  };
}

function printTable(summary: {
  compute: ReturnType<typeof benchCompute>;
  calendars: readonly CalendarReport[];
  verdicts: ReturnType<typeof verdicts>;
}) {
  const { compute, calendars } = summary;
  const out: string[] = [];
  const ms = (v: number) => `${v.toLocaleString('en-US')} ms`;
  out.push(
    `pure compute, ${compute.cases.toLocaleString('en-US')} cases (${compute.produced.deadlines.toLocaleString('en-US')} deadlines, ${compute.produced.hourBased} hour-based)`,
    `  caseDeadlines   ${ms(compute.caseDeadlines.medianMs).padStart(10)}  ${compute.caseDeadlines.usPerCase} µs/case`,
    `  nextDeadlineOf  ${ms(compute.nextDeadlineOf.medianMs).padStart(10)}  ${compute.nextDeadlineOf.usPerCase} µs/case`,
  );
  for (const c of calendars) {
    const t = c.medianMs;
    out.push(
      `calendar, ${c.dialect}, ${c.openCases.toLocaleString('en-US')} open cases → ${c.events.toLocaleString('en-US')} events (${c.pastEvents.toLocaleString('en-US')} before today), ${round(c.bytes / 2 ** 20, 1)} MB`,
      `  calendar.ics    ${ms(t.ics).padStart(10)}  = read ${t.read} + compute ${t.compute} + events ${t.events} + render ${t.render} ms`,
      `  acrossCases     ${ms(t.acrossCases).padStart(10)}  (the dashboard)`,
    );
  }
  const v = summary.verdicts;
  const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');
  out.push(
    `${verdict(v.deadlineDates100k.pass)}  deadline dates for 100,000 cases ≤ ${goals.computeMsPer100k} ms: ${ms(v.deadlineDates100k.measuredMs)}${v.deadlineDates100k.scaled ? ' (scaled)' : ''}`,
    `${verdict(v.computeDeadlines100k.pass)}  full deadline schedules (with every note) for 100,000 cases ≤ ${goals.computeMsPer100k} ms: ${ms(v.computeDeadlines100k.measuredMs)}${v.computeDeadlines100k.scaled ? ' (scaled)' : ''}`,
  );
  for (const c of v.calendar10k) {
    out.push(
      `${verdict(c.pass)}  calendar of 10,000 open cases < ${goals.calendarMsPer10k} ms (${c.dialect}): ${ms(c.measuredMs)}${c.scaled ? ' (scaled)' : ''}`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main() {
  const options = optionsFrom(readFlags());
  const started = new Date();
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const loadAtStart = os.loadavg().map((l) => round(l, 2));
  const profileDir = options.profile
    ? path.join(
        benchDir,
        '..',
        'node_modules',
        '.cache',
        'overturn-bench',
        'profiles',
        `deadlines-${stamp}`,
      )
    : null;

  log(`Loading the code (${options.code})…`);
  const code = await loadDeadlineCode(options.code);

  log(`Building ${options.cases} cases from the fixtures…`);
  let t0 = performance.now();
  // Shaped as the services read them from the database (rowToCase), not as the fixtures build them.
  const cases = Array.from({ length: options.cases }, (_, i) =>
    code.rowToCase(code.caseToRow(deadlineCase(i, options.cases))),
  );
  log(`  ${round(elapsed(t0) / 1000, 1)} s`);
  log(`Pure compute: ${options.runs} runs after a warm-up`);
  const compute = benchCompute(code, cases, options.runs);
  const computeProfiles: Record<string, DeadlineProfile> = {};
  if (profileDir) {
    computeProfiles.caseDeadlines = await profiled(profileDir, 'case-deadlines', () => {
      for (const c of cases) code.caseDeadlines(c, fixtureToday);
    });
    computeProfiles.nextDeadlineOf = await profiled(profileDir, 'next-deadline', () => {
      for (const c of cases) code.nextDeadlineOf(c);
    });
  }
  const mix = mixOf(cases);
  cases.length = 0; // let the 100,000 go before the databases fill

  log(`Building ${options.calendarCases} open cases for the calendar…`);
  t0 = performance.now();
  const openCases = openDeadlineCases(options.calendarCases);
  log(`  ${round(elapsed(t0) / 1000, 1)} s`);
  const calendars: CalendarReport[] = [];
  const skipped: Record<string, string> = {};
  for (const dialect of options.dialects) {
    if (dialect === 'postgres') {
      if (!(await postgresReachable(postgresAdminUrl()))) {
        skipped.postgres = `no PostgreSQL server answered at ${postgresAdminUrl()} (set BENCH_POSTGRES_URL)`;
      } else if (await postgresInUse()) {
        skipped.postgres = `the database ${benchDatabaseName} is in use (is npm run bench running?)`;
      }
      if (skipped.postgres) {
        log(`Skipping PostgreSQL: ${skipped.postgres}`);
        continue;
      }
    }
    calendars.push(await benchCalendar(code, dialect, openCases, options.runs, profileDir));
  }

  const summary = {
    started: started.toISOString(),
    minutes: round(elapsed(0) / 60_000, 1),
    machine: {
      ...machine(),
      loadAverage: { atStart: loadAtStart, atEnd: os.loadavg().map((l) => round(l, 2)) },
    },
    sources: sourcesDigest(),
    options: { ...options, code: code.kind, compileSeconds: round(code.compileSeconds, 1) },
    goals,
    fixtures: { today: fixtureToday, calendarClock: calendarClock.toISOString(), mix },
    compute: { ...compute, profiles: computeProfiles },
    calendars,
    skipped,
    verdicts: verdicts(compute, calendars, options),
  };
  const dir = path.join(benchDir, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `deadlines-${stamp}.json`);
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  log('');
  printTable(summary);
  log(
    `Written: ${path.relative(process.cwd(), file)}${profileDir ? `; profiles in ${path.relative(process.cwd(), profileDir)}` : ''}`,
  );
}

await main();
