import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { summarizeProfile } from './cpu-profile.js';
import { round } from './options.js';

/**
 * CPU profiles of the deadline benchmark's own process, taken with the inspector around one piece
 * of work (no child process: the work is in-process calls). Each profile is written as a
 * `.cpuprofile` (Chrome DevTools opens it) and summarized twice: by self time
 * (`summarizeProfile`), and by total time of the project's functions, which says which call to
 * make cheaper.
 */

interface Node {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly Node[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface Share {
  readonly name: string;
  readonly percent: number;
}

export interface DeadlineProfile {
  readonly file: string;
  readonly busyMs: number;
  readonly garbageCollectionPercent: number;
  /** Self time, the top functions (percent of busy time). */
  readonly self: readonly Share[];
  /** Total time (self and callees) of functions in `src/`, the top ones. */
  readonly total: readonly Share[];
}

const where = (url: string) => url.replace(/^.*\/(node_modules|src|bench)\//, '$1/');

/**
 * Drops what the profiler itself costs, which would otherwise show as a fifth of a short profile:
 * the samples taken while it stops (`Profiler.stop` runs synchronously on this thread, under
 * `node:inspector` or, once optimized, in `profiled` itself, this module's only code on the stack),
 * and the time from its start to its first sample (`Profiler.start` returning). The timeline of
 * the written file is shorter by as much.
 */
function withoutProfilerCost(profile: Profile): Profile {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const isProfiler = (id: number) => {
    if (byId.get(id)!.callFrame.url === import.meta.url) return true;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (byId.get(at)!.callFrame.url === 'node:inspector') return true;
    }
    return false;
  };
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  profile.samples.forEach((id, i) => {
    if (isProfiler(id)) return;
    samples.push(id);
    timeDeltas.push(samples.length === 1 ? 0 : (profile.timeDeltas[i] ?? 0));
  });
  return { ...profile, samples, timeDeltas };
}

/** Percent of busy time spent in each `src/` function or below it. */
function totalShares(profile: Profile, top = 15): Share[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    if (byId.get(id)?.callFrame.functionName === '(idle)') return;
    busy += us;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
      if (!url.includes('/src/')) continue;
      const name = `${functionName || '(anonymous)'} ${where(url)}:${lineNumber + 1}`;
      if (seen.has(name)) continue; // recursion counts once
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + us);
    }
  });
  return [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({ name, percent: round((us / busy) * 100, 1) }));
}

/** Runs `work` under the CPU profiler and writes `<dir>/<name>.cpuprofile`. */
export async function profiled(
  dir: string,
  name: string,
  work: () => Promise<void> | void,
): Promise<DeadlineProfile> {
  fs.mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    // 100 µs (the default is 1 ms): finer, for runs of a fraction of a second.
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    await work();
    const { profile } = await session.post('Profiler.stop');
    const file = path.join(dir, `${name}.cpuprofile`);
    const kept = withoutProfilerCost(profile as Profile);
    fs.writeFileSync(file, JSON.stringify(kept));
    const summary = summarizeProfile(file);
    return {
      file,
      busyMs: summary.busyMs,
      garbageCollectionPercent: summary.busyShare['garbage collection'] ?? 0,
      self: summary.topFunctions,
      total: totalShares(kept),
    };
  } finally {
    session.disconnect();
  }
}
