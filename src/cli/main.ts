import { runCli } from './program.js';

// `serve` keeps running: only set the exit code, and let the event loop decide when to end.
process.exitCode = await runCli(process.argv.slice(2));
