import type { Kysely } from 'kysely';
import type { Config } from '../config/config.js';
import { openDatabase } from '../storage/open-database.js';
import { refreshStaleNextDeadlines } from '../cases/case-repository.js';
import type { Database } from '../storage/schema.js';
import { serviceContext } from './context.js';
import { createServices, type Services } from './services.js';

/** The program's composition root: configuration → database → services. */
export interface Runtime {
  readonly config: Config;
  readonly db: Kysely<Database>;
  readonly services: Services;
  close(): Promise<void>;
}

export async function openRuntime(config: Config): Promise<Runtime> {
  const db = await openDatabase(config.database);
  try {
    await refreshStaleNextDeadlines(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    config,
    db,
    services: createServices(serviceContext(db), { maxUploadBytes: config.maxUploadBytes }),
    close: () => db.destroy(),
  };
}
