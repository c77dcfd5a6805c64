import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Options for the benchmark scripts: `--name value` / `--name=value` flags, else BENCH_* variables. */
export function readFlags(argv: readonly string[] = process.argv.slice(2)): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--'))
      throw new Error(`unexpected argument "${arg}" (flags are --name value)`);
    const eq = arg.indexOf('=');
    if (eq > 0) {
      flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    } else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) {
      flags.set(arg.slice(2), argv[++i]!);
    } else {
      flags.set(arg.slice(2), 'true');
    }
  }
  return flags;
}

/** A whole number from `--flag`, else the environment variable, else the default. */
export function intOption(
  flags: Map<string, string>,
  flag: string,
  envName: string,
  fallback: number,
  { min = 0 } = {},
): number {
  const raw = flags.get(flag) ?? process.env[envName];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`--${flag} / ${envName}: must be a whole number ≥ ${min}, not "${raw}"`);
  }
  return value;
}

export function stringOption(
  flags: Map<string, string>,
  flag: string,
  envName: string,
  fallback: string,
): string {
  return flags.get(flag) ?? (process.env[envName] || fallback);
}

/** True when this module is the script node was asked to run. */
export const isMain = (metaUrl: string) =>
  process.argv[1] !== undefined && metaUrl === pathToFileURL(path.resolve(process.argv[1])).href;

/** The folder holding the bench scripts. */
export const benchDir = path.dirname(fileURLToPath(import.meta.url));

export const log = (message: string) => process.stderr.write(`${message}\n`);

/** The median of some numbers (the mean of the middle two for an even count). */
/** How long `work` took, in ms, and what it gave. */
export async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const round = (value: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** The machine a result was measured on, saved with every result (load: was it busy?). */
export function machine() {
  return {
    nproc: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((load) => round(load, 2)),
  };
}
