import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openRuntime, type Runtime } from '../src/app/runtime.js';
import { localOwner } from '../src/common/actor.js';
import { loadConfig } from '../src/config/config.js';
import { buildCaseInput } from '../src/testing/case-factory.js';
import { bigScannedPdf } from './big-pdf.js';
import {
  createTarget,
  dialectsOption,
  postgresAdminUrl,
  postgresReachable,
  type BenchDialect,
  type BenchTarget,
} from './databases.js';
import { buildLoadedCase } from './journey-case.js';
import {
  mb,
  prepareServer,
  readMemory,
  resetPeak,
  startBenchServer,
  type ServerRunner,
} from './list-cases.js';
import {
  benchDir,
  intOption,
  log,
  machine,
  median,
  readFlags,
  round,
  stringOption,
} from './options.js';
import { seedCases } from './seed-cases.js';

/**
 * The case page and the upload (issue 6): `npm run bench:journey`, or `npm run bench -- --only journey`.
 *
 * For SQLite, then PostgreSQL: 100,000 cases in the database (almost all in bulk, with their
 * timelines, by bench/seed-cases.ts), and one case loaded as a worked appeal is
 * (bench/journey-case.ts: 60 timeline events, 10 documents, 3 letters, 5 calls, 2 ticks). The real
 * server then runs alone in a child process (bench/serve-for-bench.ts) on 127.0.0.1, and this
 * process times, over HTTP one request after another:
 * - `GET /api/cases/:id/overview` (the case page: case, deadlines, checklist gaps, next step and
 *   the newest 50 events) and `GET /api/cases/:id/next`: --warmup-requests unmeasured (20), then
 *   --requests timed (200), median and p95;
 * - `POST /api/cases/:id/documents` of a 20 MB scanned PDF (multipart, as the web app sends it),
 *   --uploads times (5), from the start of the request to the 201 and its body received, with the
 *   server's peak RSS (VmRSS sampled every 20 ms, and the kernel's VmHWM).
 * The same file is also kept through the service in this process, to split database from HTTP.
 * Targets: overview median ≤ 20 ms; upload median ≤ 1 s. Write-up: docs/benchmarks.md.
 */

export const targets = { overviewMedianMs: 20, uploadMedianMs: 1000 } as const;

interface Timing {
  readonly requests: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
  readonly maxMs: number;
}

function timing(values: readonly number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
  return {
    requests: values.length,
    medianMs: round(median(values), 2),
    p95Ms: round(p95, 2),
    minMs: round(sorted[0]!, 2),
    maxMs: round(sorted[sorted.length - 1]!, 2),
  };
}

async function timedGet(url: string): Promise<{ ms: number; text: string }> {
  const t0 = performance.now();
  const response = await fetch(url);
  const text = await response.text();
  const ms = performance.now() - t0;
  if (response.status !== 200)
    throw new Error(`GET ${url}: ${response.status} ${text.slice(0, 300)}`);
  return { ms, text };
}

/** `warmup` requests unmeasured, then `runs` timed one after another on a kept-alive connection. */
async function timeGets(url: string, warmup: number, runs: number) {
  let last = '';
  for (let i = 0; i < warmup; i += 1) last = (await timedGet(url)).text;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { ms, text } = await timedGet(url);
    times.push(ms);
    last = text;
  }
  return {
    ...timing(times),
    responseBytes: Buffer.byteLength(last),
    body: JSON.parse(last) as unknown,
  };
}

/** Posts the PDF `runs` times as the web app does; the server's memory is watched meanwhile. */
async function timeUploads(url: string, pdf: Uint8Array, runs: number, pid: number) {
  resetPeak(pid);
  let peakRssKb = readMemory(pid)?.rssKb ?? 0;
  const sampler = setInterval(() => {
    peakRssKb = Math.max(peakRssKb, readMemory(pid)?.rssKb ?? 0);
  }, 20);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  // The file as a browser holds it once picked (copied once, outside the timing).
  const file = new Blob([new Uint8Array(pdf)], { type: 'application/pdf' });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const form = new FormData();
      form.set('type', 'provider-notes');
      form.set('title', `Scanned records ${i + 1}`);
      form.set('file', file, `records-${i + 1}.pdf`);
      const t0 = performance.now();
      const response = await fetch(url, { method: 'POST', body: form });
      const text = await response.text();
      times.push(performance.now() - t0);
      if (response.status !== 201)
        throw new Error(`POST ${url}: ${response.status} ${text.slice(0, 300)}`);
      const stored = JSON.parse(text) as { sizeBytes: number; sha256: string };
      if (stored.sizeBytes !== pdf.length || stored.sha256 !== sha256)
        throw new Error(`the server stored ${stored.sizeBytes} bytes of ${pdf.length}, or others`);
    }
  } finally {
    clearInterval(sampler);
  }
  const memory = readMemory(pid);
  return {
    megabytes: round(pdf.length / 2 ** 20, 2),
    timesMs: times.map((t) => round(t, 0)),
    ...timing(times),
    megabytesPerSecond: round(pdf.length / 2 ** 20 / (median(times) / 1000), 0),
    serverPeakRssMB: mb(Math.max(peakRssKb, memory?.rssKb ?? 0)),
    serverHwmMB: mb(memory?.hwmKb ?? 0),
  };
}

/**
 * The same file kept through the service in this process (sniff, hash, one INSERT and its timeline
 * event in a transaction): what the upload costs without HTTP and multipart. Not on the case page
 * measured after: these documents go to a case of their own.
 */
async function timeServiceAdds(
  { services }: Runtime,
  pdf: Uint8Array,
  runs: number,
): Promise<Timing> {
  const other = await services.cases.create(localOwner, buildCaseInput());
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await services.documents.add(
      localOwner,
      other.id,
      { bytes: pdf, name: 'records.pdf' },
      { type: 'provider-notes' },
    );
    times.push(performance.now() - t0);
  }
  return timing(times);
}

interface JourneyOptions {
  readonly cases: number;
  readonly warmup: number;
  readonly runs: number;
  readonly uploads: number;
  readonly uploadBytes: number;
  readonly runner: ServerRunner;
}

/**
 * Seeds the database: all cases in bulk but the loaded case and the one the in-process uploads go
 * to, which go through the services.
 */
async function prepareDatabase(target: BenchTarget, options: JourneyOptions, pdf: Uint8Array) {
  const seed = await seedCases(target, {
    cases: options.cases - 2,
    serviceSample: Math.min(100, Math.floor(options.cases / 10)),
  });
  const runtime = await openRuntime(loadConfig({ ...target.env }));
  try {
    const loaded = await buildLoadedCase(runtime);
    const inProcess = await timeServiceAdds(runtime, pdf, options.uploads);
    return {
      seed,
      loaded,
      inProcess,
      cases: seed.cases + 2,
      // The in-process case: "case-created" and one event per document.
      timelineEvents: seed.events + loaded.events + 1 + options.uploads,
    };
  } finally {
    await runtime.close();
  }
}

/** Seeds one database, loads the measured case, and times the server on it. */
async function benchDialect(
  dialect: BenchDialect,
  options: JourneyOptions,
  serverArgs: readonly string[],
  pdf: Uint8Array,
) {
  const target = await createTarget(dialect);
  try {
    const { seed, loaded, inProcess, ...stored } = await prepareDatabase(target, options, pdf);
    execFileSync('sync');
    const server = await startBenchServer(serverArgs, target.env);
    try {
      const idle = readMemory(server.pid);
      const base = `${server.url}/api/cases/${loaded.caseId}`;
      log(`${dialect}: server pid ${server.pid}; overview of a case with ${loaded.events} events`);
      const { body, ...overview } = await timeGets(
        `${base}/overview`,
        options.warmup,
        options.runs,
      );
      const shown = body as { timeline: unknown[]; next: { step: string } };
      if (shown.timeline.length !== 50) throw new Error('the overview did not hold 50 events');
      log(`  overview: median ${overview.medianMs} ms, p95 ${overview.p95Ms} ms`);
      const { body: _, ...next } = await timeGets(`${base}/next`, options.warmup, options.runs);
      log(`  next: median ${next.medianMs} ms, p95 ${next.p95Ms} ms`);
      const upload = {
        ...(await timeUploads(`${base}/documents`, pdf, options.uploads, server.pid)),
        serviceInProcess: inProcess,
      };
      log(
        `  upload: ${upload.megabytes} MB, median ${upload.medianMs} ms (${upload.timesMs.join(', ')} ms); ` +
          `through the service in-process ${inProcess.medianMs} ms`,
      );
      return {
        dialect,
        ...stored,
        bulkCasesPerSecond: seed.bulk.casesPerSecond,
        databaseBytes: seed.databaseBytes,
        loadedCase: loaded,
        nextStep: shown.next.step,
        server: {
          runner: options.runner,
          startupMs: server.startupMs,
          idleRssMB: mb(idle?.rssKb ?? 0),
        },
        overview,
        next,
        upload,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await target.drop();
  }
}

function optionsFrom(flags: Map<string, string>): JourneyOptions {
  const runner = stringOption(flags, 'server', 'BENCH_SERVER', 'compiled');
  if (runner !== 'compiled' && runner !== 'tsx') throw new Error('--server: compiled or tsx');
  return {
    cases: intOption(flags, 'cases', 'BENCH_CASES', 100_000, { min: 10 }),
    warmup: intOption(flags, 'warmup-requests', 'BENCH_WARMUP_REQUESTS', 20),
    runs: intOption(flags, 'requests', 'BENCH_REQUESTS', 200, { min: 1 }),
    uploads: intOption(flags, 'uploads', 'BENCH_UPLOADS', 5, { min: 1 }),
    uploadBytes: intOption(flags, 'upload-mb', 'BENCH_UPLOAD_MB', 20, { min: 1 }) * 2 ** 20,
    runner,
  };
}

async function main() {
  const flags = readFlags();
  const options = optionsFrom(flags);
  const at = new Date().toISOString();
  log(`Compiling the server (${options.runner})…`);
  const serverArgs = prepareServer(options.runner);
  const pdf = await bigScannedPdf(options.uploadBytes);
  const results = [];
  const skipped: Record<string, string> = {};
  for (const dialect of dialectsOption(flags)) {
    if (dialect === 'postgres' && !(await postgresReachable(postgresAdminUrl()))) {
      skipped.postgres = `no PostgreSQL server answered at ${postgresAdminUrl()}`;
      log(`Skipping PostgreSQL: ${skipped.postgres}`);
      continue;
    }
    results.push(await benchDialect(dialect, options, serverArgs, pdf));
  }
  const summary = {
    at,
    machine: machine(),
    options: { ...options, uploadBytes: pdf.length },
    targets,
    results,
    skipped,
    met: Object.fromEntries(
      results.map((r) => [
        r.dialect,
        {
          overview: r.overview.medianMs <= targets.overviewMedianMs,
          upload: r.upload.medianMs <= targets.uploadMedianMs,
        },
      ]),
    ),
  };
  const dir = path.join(benchDir, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `journey-${at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  log(`saved ${path.relative(process.cwd(), file)}`);
  const missed = Object.values(summary.met).some((m) => !m.overview || !m.upload);
  if (missed) process.exitCode = 1;
}

await main();
