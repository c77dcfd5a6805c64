import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDir, log } from './options.js';

/** The parts of `npm run bench`, in the order they run. */
export const benchParts = ['database', 'journey', 'extraction', 'intake'] as const;
export type BenchPart = (typeof benchParts)[number];

/** `--only LIST` / BENCH_ONLY: some of database,journey,extraction,intake (default all). */
export function partsOption(flags: Map<string, string>): ReadonlySet<BenchPart> {
  const raw = flags.get('only') ?? process.env.BENCH_ONLY;
  if (!raw) return new Set(benchParts);
  const asked = raw.split(',').map((part) => part.trim());
  const unknown = asked.filter((part) => !(benchParts as readonly string[]).includes(part));
  if (unknown.length > 0)
    throw new Error(
      `--only / BENCH_ONLY: ${unknown.join(', ')}? (one or more of ${benchParts.join(', ')})`,
    );
  return new Set(benchParts.filter((part) => asked.includes(part)));
}

const root = path.join(benchDir, '..');
const corpus = path.join(root, '..', 'shared', 'corpus', 'denials');
const scorer = path.join(root, '..', 'shared', 'tools', 'score-extraction.mjs');
const extractCommand = 'node bin/overturn.js extract {file} --json';

/** Runs a step in its own process (its memory is its own), output straight to the terminal. */
export function step(title: string, command: string, args: readonly string[], env = {}): boolean {
  log(`\n=== ${title} ===`);
  const run = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (run.status === 0) return true;
  log(`${title}: exited with ${run.status ?? run.signal}`);
  return false;
}

/**
 * The intake parts of the benchmark, after the database part: field accuracy of the `extract`
 * command over the corpus (the scorer also prints each document's cold CLI time), then the warm
 * timing of the intake service, then the accuracy on the scanned PDFs that timing made. Both need
 * the corpus in ../shared, which is not part of the repository: without it they are skipped.
 * Returns false when a step failed or was skipped.
 */
export function runIntakeSteps(parts: ReadonlySet<BenchPart>): boolean {
  if (!parts.has('extraction') && !parts.has('intake')) return true;
  if (!fs.existsSync(corpus) || !fs.existsSync(scorer)) {
    log(`\nSkipping extraction and intake: no corpus at ${corpus} or no scorer at ${scorer}.`);
    return false;
  }
  // The scorer runs the built CLI: build it from the sources being measured.
  let ok = step('Build the CLI', 'npm', ['run', '--silent', 'build:server']);
  if (ok && parts.has('extraction'))
    ok = step('Extraction accuracy (npm run bench:extraction)', 'npm', [
      'run',
      '--silent',
      'bench:extraction',
    ]);
  if (parts.has('intake')) {
    const scans = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-scans-'));
    try {
      ok =
        step('Intake timing (npm run bench:intake)', 'npx', ['tsx', 'bench/intake.ts'], {
          BENCH_SCANS_DIR: scans,
        }) && ok;
      ok =
        step('Extraction accuracy on scanned PDFs', 'node', [
          scorer,
          '--dir',
          scans,
          '--cmd',
          extractCommand,
        ]) && ok;
    } finally {
      fs.rmSync(scans, { recursive: true, force: true });
    }
  }
  return ok;
}
