import type { FastifyInstance } from 'fastify';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { builtWebRoot } from '../app/paths.js';
import { openRuntime } from '../app/runtime.js';
import { startServer } from '../app/start-server.js';
import { loadConfig } from '../config/config.js';

export interface E2eServer {
  /** Where the browser goes: `http://127.0.0.1:PORT`. */
  readonly url: string;
  readonly server: FastifyInstance;
  /** Stops the server, closes the database and deletes its folder. */
  close(): Promise<void>;
}

/**
 * The real program for browser tests: the web app and the API on 127.0.0.1 (a free port), over a
 * fresh SQLite database in a temporary OVERTURN_HOME, exactly as `overturn serve` runs it.
 */
export async function startE2eServer({ webRoot = builtWebRoot() } = {}): Promise<E2eServer> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'overturn-e2e-'));
  const runtime = await openRuntime(loadConfig({ OVERTURN_HOME: home }));
  try {
    const { server, url } = await startServer(runtime, { host: '127.0.0.1', port: 0, webRoot });
    return {
      url,
      server,
      async close() {
        await server.close();
        await runtime.close();
        await fs.rm(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await runtime.close();
    await fs.rm(home, { recursive: true, force: true });
    throw error;
  }
}
