import readline from 'node:readline';
import { openRuntime } from '../src/app/runtime.js';
import { startServer } from '../src/app/start-server.js';
import { loadConfig } from '../src/config/config.js';

/**
 * The real server, alone in its own process so that its memory can be measured by itself:
 * `node --import tsx bench/serve-for-bench.ts`, with OVERTURN_HOME or DATABASE_URL naming the
 * database. Listens on 127.0.0.1, on a free port, and prints one line of JSON with its URL once
 * it is ready. Stops cleanly on SIGTERM or SIGINT (and, with
 * `--exit-with-parent`, when its standard input closes; a line `memory` on standard input is then
 * answered with `process.memoryUsage()` as a line of JSON).
 */
const runtime = await openRuntime(loadConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0' }));
const { server, url } = await startServer(runtime, { host: '127.0.0.1', port: 0 });
process.stdout.write(
  `${JSON.stringify({ ready: true, url, pid: process.pid, database: runtime.config.database.kind })}\n`,
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.close();
  await runtime.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
if (process.argv.includes('--exit-with-parent')) {
  // Started by the benchmark: if it dies, its end of the pipe closes; do not outlive it. It asks
  // for the process's own view of its memory with a line "memory".
  process.stdin.on('end', () => void stop());
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'memory') {
      process.stdout.write(`${JSON.stringify({ memory: process.memoryUsage() })}\n`);
    }
  });
}
