import type { Command } from 'commander';
import { openRuntime } from '../app/runtime.js';
import { AppError } from '../common/errors.js';
import { loadConfig } from '../config/config.js';
import { isLoopback } from '../config/loopback.js';
import type { CliIo } from './cli-io.js';

/** `overturn serve`: the web app and the API, on this computer only unless told otherwise. */
export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('start the web app and the API (http://127.0.0.1:4173 by default)')
    .option('--port <n>', 'port to listen on (default: PORT or 4173)')
    .option(
      '--host <host>',
      'address to listen on (default: HOST or 127.0.0.1, this computer only)',
    )
    .action(async (options: { port?: string; host?: string }) => {
      const config = loadConfig({
        ...process.env,
        ...(options.port !== undefined && { PORT: options.port }),
        ...(options.host !== undefined && { HOST: options.host }),
      });
      // Loaded here, not at the top: other commands start faster without the web server's code.
      const { startServer } = await import('../app/start-server.js');
      const runtime = await openRuntime(config);
      let started;
      try {
        started = await startServer(runtime);
      } catch (error) {
        await runtime.close();
        if ((error as { code?: string }).code === 'EADDRINUSE') {
          throw new AppError(
            'invalid-input',
            `Port ${config.port} is already in use. Choose another with --port.`,
          );
        }
        throw error;
      }
      const where =
        config.database.kind === 'sqlite'
          ? `SQLite, ${config.database.file}`
          : 'PostgreSQL (DATABASE_URL)';
      io.out(
        `Overturn is running at ${started.url}\nOpen it in your browser. Data: ${where}. Press Ctrl+C to stop.`,
      );
      if (!isLoopback(config.host)) {
        io.err(
          `Warning: listening on ${config.host}, so other computers can reach it. Overturn has no sign-in yet.`,
        );
      }
      const stop = () => {
        void started.server
          .close()
          .then(() => runtime.close())
          .then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
