import { runCli } from './program.js';

// A reader that stops early (`overturn extract … | head`) closes the pipe. Stop quietly, as other
// command-line tools do, rather than print a stack trace for output nobody will read.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE')
    process.stderr.write(`overturn: cannot write output (${error.code})\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

// `serve` keeps running: only set the exit code, and let the event loop decide when to end.
process.exitCode = await runCli(process.argv.slice(2));
