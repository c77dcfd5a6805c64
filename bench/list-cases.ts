import autocannon, { type Result } from 'autocannon';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { summarizeProfile, type ProfileSummary } from './cpu-profile.js';
import type { BenchDialect } from './databases.js';
import {
  benchDir,
  intOption,
  isMain,
  log,
  median,
  readFlags,
  round,
  stringOption,
} from './options.js';

/**
 * `GET /api/cases` under load. The real server runs in a child process (bench/serve-for-bench.ts)
 * on an already seeded database, so its memory is its own; autocannon runs here, on the same two
 * cores, against 127.0.0.1 only, for a fixed time. While it runs, the server's resident memory
 * (VmRSS, and the kernel's own peak VmHWM) and CPU time are read from /proc every 100 ms.
 */

export interface ListBenchOptions {
  readonly runner: ServerRunner;
  /** Flags for node in the server process (e.g. V8 heap limits), before the script. */
  readonly serverNodeOptions: readonly string[];
  readonly connections: number;
  /** Seconds per measured run. */
  readonly duration: number;
  readonly runs: number;
  /** Seconds of load before each scenario's runs, not measured. */
  readonly warmup: number;
  /** How deep, in cases, the "deep page" starts (followed with nextCursor, 100 at a time). */
  readonly deepOffset: number;
  /** Seconds of first-page load on a second server started with --cpu-prof (0: no profile). */
  readonly profileSeconds: number;
}

export interface RunFigures {
  readonly p50Ms: number;
  readonly p97_5Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly meanMs: number;
  /** autocannon's average of its per-second samples. */
  readonly requestsPerSecond: number;
  readonly requests: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** Highest VmRSS sampled during the run. */
  readonly peakRssMB: number;
  /** The kernel's peak resident size, reset just before the run when /proc allows it. */
  readonly hwmMB: number;
  /** Server CPU time over wall time (100 = one core busy). */
  readonly serverCpuPercent: number;
  /** The load generator's (this process's) CPU time over wall time. */
  readonly clientCpuPercent: number;
}

export interface ScenarioResult {
  readonly name: string;
  readonly path: string;
  readonly description: string;
  readonly responseBytes: number;
  readonly items: number;
  readonly runs: readonly RunFigures[];
  /** Each figure's median over the runs. */
  readonly median: RunFigures;
  /** The server's own view of its memory just after the last run, in MB. */
  readonly memoryAfter: MemoryFigures | null;
}

export interface MemoryFigures {
  readonly rssMB: number;
  readonly heapTotalMB: number;
  readonly heapUsedMB: number;
  readonly externalMB: number;
  readonly arrayBuffersMB: number;
}

const memoryFigures = (m: NodeJS.MemoryUsage | null): MemoryFigures | null =>
  m && {
    rssMB: round(m.rss / 2 ** 20, 1),
    heapTotalMB: round(m.heapTotal / 2 ** 20, 1),
    heapUsedMB: round(m.heapUsed / 2 ** 20, 1),
    externalMB: round(m.external / 2 ** 20, 1),
    arrayBuffersMB: round(m.arrayBuffers / 2 ** 20, 1),
  };

export interface ListBenchResult {
  readonly dialect: BenchDialect;
  readonly options: ListBenchOptions;
  readonly server: {
    readonly startupMs: number;
    readonly idleRssMB: number;
    readonly idleMemory: MemoryFigures | null;
    /** VmHWM at the end: the most the server ever held, warm-ups and cursor walk included. */
    readonly lifetimeHwmMB: number;
  };
  readonly scenarios: readonly ScenarioResult[];
  /** Where the server's CPU time goes under first-page load, from a V8 CPU profile. */
  readonly profile: (ProfileSummary & { readonly file: string }) | null;
}

const repoRoot = path.resolve(benchDir, '..');
export const mb = (kb: number) => round(kb / 1024, 1);

interface ProcMemory {
  rssKb: number;
  hwmKb: number;
}

export function readMemory(pid: number): ProcMemory | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssKb: field('VmRSS'), hwmKb: field('VmHWM') };
  } catch {
    return null;
  }
}

/** User + system CPU seconds the process has used. */
function readCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime (14), stime (15)
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

/** Resets VmHWM to the current RSS (Linux: write 5 to clear_refs); false where not allowed. */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * How the server under test is run:
 * - `compiled` (the default): src/ and serve-for-bench.ts compiled by tsc with the build's settings
 *   (tsconfig.build.json) into node_modules/.cache/overturn-bench, and run by plain node, as
 *   `overturn serve` runs from dist/. Its memory is the shipped program's.
 * - `tsx`: the TypeScript run through tsx's loader, which itself holds some 60 MB more.
 */
export type ServerRunner = 'compiled' | 'tsx';

const compiledDir = path.join(repoRoot, 'node_modules', '.cache', 'overturn-bench', 'server');

/** Compiles the server for the `compiled` runner; returns node's arguments to start it. */
export function prepareServer(runner: ServerRunner): string[] {
  if (runner === 'tsx') {
    return ['--import', 'tsx', path.join(benchDir, 'serve-for-bench.ts'), '--exit-with-parent'];
  }
  fs.rmSync(compiledDir, { recursive: true, force: true });
  const tsc = spawnSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      path.join(benchDir, 'tsconfig.server.json'),
    ],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (tsc.status !== 0) {
    throw new Error(`tsc could not compile the server:\n${tsc.stdout}${tsc.stderr}`);
  }
  return [path.join(compiledDir, 'bench', 'serve-for-bench.js'), '--exit-with-parent'];
}

interface Server {
  readonly url: string;
  readonly pid: number;
  readonly startupMs: number;
  /** The server's own view of its memory (V8 heap, buffers). */
  memory(): Promise<NodeJS.MemoryUsage | null>;
  stop(): Promise<void>;
}

/** Starts bench/serve-for-bench.ts with `env` naming the database; resolves once it listens. */
export async function startBenchServer(
  nodeArgs: readonly string[],
  env: Record<string, string>,
): Promise<Server> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  delete childEnv.DATABASE_URL;
  delete childEnv.OVERTURN_HOME;
  Object.assign(childEnv, env);
  const t0 = performance.now();
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, nodeArgs, {
    cwd: repoRoot,
    env: childEnv,
    stdio: 'pipe',
  });
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[server] ${chunk.toString()}`));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = readline.createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
  const ready = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the server did not start within 60 s')),
      60_000,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}) before it was ready`));
    });
    void nextLine().then((line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line) as { url: string; pid: number });
      } catch {
        reject(new Error(`the server printed "${line}" instead of its address`));
      }
    });
  });
  return {
    url: ready.url,
    pid: child.pid!,
    startupMs: round(performance.now() - t0, 0),
    async memory() {
      const answer = nextLine();
      child.stdin.write('memory\n');
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000));
      const line = await Promise.race([answer, timeout]);
      return line ? (JSON.parse(line) as { memory: NodeJS.MemoryUsage }).memory : null;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function getJson(
  url: string,
): Promise<{ body: { items: unknown[]; nextCursor: string | null }; bytes: number }> {
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${text.slice(0, 300)}`);
  return {
    body: JSON.parse(text) as { items: unknown[]; nextCursor: string | null },
    bytes: Buffer.byteLength(text),
  };
}

/** Follows nextCursor from the first page until `offset` cases have been passed. */
async function cursorAt(
  baseUrl: string,
  offset: number,
): Promise<{ cursor: string; reached: number }> {
  let cursor: string | null = null;
  let reached = 0;
  while (reached < offset) {
    const limit = Math.min(100, offset - reached);
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const { body } = await getJson(`${baseUrl}/api/cases?limit=${limit}${query}`);
    reached += body.items.length;
    if (!body.nextCursor) break;
    cursor = body.nextCursor;
  }
  if (!cursor) throw new Error('the list has no second page: seed more cases');
  return { cursor, reached };
}

async function load(url: string, connections: number, duration: number): Promise<Result> {
  return autocannon({ url, connections, duration, timeout: 10 });
}

async function measuredRun(
  server: Server,
  url: string,
  options: ListBenchOptions,
): Promise<RunFigures> {
  resetPeak(server.pid);
  let peakRssKb = readMemory(server.pid)?.rssKb ?? 0;
  const sampler = setInterval(() => {
    const memory = readMemory(server.pid);
    if (memory && memory.rssKb > peakRssKb) peakRssKb = memory.rssKb;
  }, 100);
  const cpu0 = readCpuSeconds(server.pid);
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await load(url, options.connections, options.duration);
  const wall = (performance.now() - t0) / 1000;
  const cpu = readCpuSeconds(server.pid) - cpu0;
  const client = process.cpuUsage(client0);
  clearInterval(sampler);
  const memory = readMemory(server.pid);
  return {
    p50Ms: result.latency.p50,
    p97_5Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    meanMs: round(result.latency.mean, 2),
    requestsPerSecond: round(result.requests.average, 0),
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    peakRssMB: mb(Math.max(peakRssKb, memory?.rssKb ?? 0)),
    hwmMB: mb(memory?.hwmKb ?? 0),
    serverCpuPercent: round((cpu / wall) * 100, 0),
    clientCpuPercent: round(((client.user + client.system) / 1e6 / wall) * 100, 0),
  };
}

function medianFigures(runs: readonly RunFigures[]): RunFigures {
  const keys = Object.keys(runs[0]!) as (keyof RunFigures)[];
  return Object.fromEntries(
    keys.map((k) => [k, round(median(runs.map((r) => r[k])), 2)]),
  ) as unknown as RunFigures;
}

/** Runs every scenario against a server on the database that `env` names (already seeded). */
export async function benchList(
  dialect: BenchDialect,
  env: Record<string, string>,
  options: ListBenchOptions,
  serverArgs: readonly string[],
): Promise<ListBenchResult> {
  const server = await startBenchServer(serverArgs, env);
  try {
    const idle = readMemory(server.pid);
    const idleMemory = memoryFigures(await server.memory());
    log(
      `${dialect}: server pid ${server.pid} at ${server.url}, started in ${server.startupMs} ms, RSS ${mb(idle?.rssKb ?? 0)} MB`,
    );
    const deep = await cursorAt(server.url, options.deepOffset);
    const scenarios = [
      {
        name: 'first-page',
        path: '/api/cases?limit=50',
        description: 'The first page of the list, soonest deadline first',
      },
      {
        name: 'deep-page',
        path: `/api/cases?limit=50&cursor=${encodeURIComponent(deep.cursor)}`,
        description: `A page ${deep.reached} cases into the list, reached by following nextCursor`,
      },
      {
        name: 'status-filter',
        path: '/api/cases?status=internal-appeal-submitted&limit=50',
        description: 'The first page of cases waiting for an internal-appeal decision',
      },
    ];
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      const url = `${server.url}${scenario.path}`;
      const sample = await getJson(url);
      if (sample.body.items.length === 0) throw new Error(`${scenario.name}: the page is empty`);
      log(
        `${dialect} ${scenario.name}: ${sample.body.items.length} items, ${sample.bytes} bytes; warm-up ${options.warmup} s`,
      );
      if (options.warmup > 0) await load(url, options.connections, options.warmup);
      const runs: RunFigures[] = [];
      for (let i = 0; i < options.runs; i++) {
        const run = await measuredRun(server, url, options);
        log(
          `  run ${i + 1}: p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${run.requestsPerSecond} req/s, ` +
            `errors ${run.errors}, non-2xx ${run.non2xx}, peak RSS ${run.peakRssMB} MB, server CPU ${run.serverCpuPercent}%, client CPU ${run.clientCpuPercent}%`,
        );
        runs.push(run);
      }
      results.push({
        ...scenario,
        responseBytes: sample.bytes,
        items: sample.body.items.length,
        runs,
        median: medianFigures(runs),
        memoryAfter: memoryFigures(await server.memory()),
      });
    }
    const lifetimeHwmMB = mb(readMemory(server.pid)?.hwmKb ?? 0);
    await server.stop();
    const profile =
      options.profileSeconds > 0 ? await profileFirstPage(dialect, env, options, serverArgs) : null;
    return {
      dialect,
      options,
      profile,
      server: {
        startupMs: server.startupMs,
        idleRssMB: mb(idle?.rssKb ?? 0),
        idleMemory,
        lifetimeHwmMB,
      },
      scenarios: results,
    };
  } finally {
    await server.stop();
  }
}

const profileDir = path.join(repoRoot, 'node_modules', '.cache', 'overturn-bench', 'profiles');

/** First-page load on a server started with --cpu-prof; the profile is written when it stops. */
async function profileFirstPage(
  dialect: BenchDialect,
  env: Record<string, string>,
  options: ListBenchOptions,
  serverArgs: readonly string[],
): Promise<ProfileSummary & { file: string }> {
  const dir = path.join(profileDir, `${dialect}-${Date.now()}`);
  const server = await startBenchServer(
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-name=server.cpuprofile', ...serverArgs],
    env,
  );
  try {
    const url = `${server.url}/api/cases?limit=50`;
    log(
      `${dialect}: CPU profile of the server under ${options.profileSeconds} s of first-page load`,
    );
    if (options.warmup > 0) await load(url, options.connections, options.warmup);
    await load(url, options.connections, options.profileSeconds);
  } finally {
    await server.stop();
  }
  const file = path.join(dir, 'server.cpuprofile');
  return { file: path.relative(repoRoot, file), ...summarizeProfile(file) };
}

export function listOptionsFrom(flags: Map<string, string>, cases: number): ListBenchOptions {
  const runner = stringOption(flags, 'server', 'BENCH_SERVER', 'compiled');
  if (runner !== 'compiled' && runner !== 'tsx') throw new Error('--server: compiled or tsx');
  return {
    runner,
    serverNodeOptions: stringOption(flags, 'server-node-options', 'BENCH_SERVER_NODE_OPTIONS', '')
      .split(/\s+/)
      .filter(Boolean),
    connections: intOption(flags, 'connections', 'BENCH_CONNECTIONS', 10, { min: 1 }),
    duration: intOption(flags, 'duration', 'BENCH_DURATION', 20, { min: 1 }),
    runs: intOption(flags, 'runs', 'BENCH_RUNS', 3, { min: 1 }),
    warmup: intOption(flags, 'warmup', 'BENCH_WARMUP', 5),
    deepOffset: intOption(flags, 'deep', 'BENCH_DEEP_OFFSET', Math.floor(cases / 2), { min: 1 }),
    profileSeconds: intOption(flags, 'profile', 'BENCH_PROFILE_SECONDS', 10),
  };
}

// `node --import tsx bench/list-cases.ts --home DIR | --database-url URL [--duration 20] [--runs 3]`
// against a database seeded with `bench/seed-cases.ts --keep`.
if (isMain(import.meta.url)) {
  const flags = readFlags();
  const home = flags.get('home');
  const databaseUrl = flags.get('database-url');
  if (!home === !databaseUrl)
    throw new Error('name the seeded database: --home DIR or --database-url URL');
  const env: Record<string, string> = home
    ? { OVERTURN_HOME: home }
    : { DATABASE_URL: databaseUrl! };
  const cases = intOption(flags, 'cases', 'BENCH_CASES', 100_000, { min: 1 });
  const options = listOptionsFrom(flags, cases);
  const result = await benchList(home ? 'sqlite' : 'postgres', env, options, [
    ...options.serverNodeOptions,
    ...prepareServer(options.runner),
  ]);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
