import { openRuntime, type Runtime } from '../app/runtime.js';
import { loadConfig } from '../config/config.js';

/** Opens the configured database for one command, runs it, and always closes the database. */
export async function withRuntime<T>(action: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig());
  try {
    return await action(runtime);
  } finally {
    await runtime.close();
  }
}
