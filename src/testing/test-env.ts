import { afterAll, beforeAll, describe } from 'vitest';
import { serviceContext, type ServiceContext } from '../app/context.js';
import { createServices, type Services } from '../app/services.js';
import type { Actor } from '../common/actor.js';
import type { DialectName } from '../storage/dialect.js';
import { createTestDatabase, dialects, type TestDatabase } from './test-databases.js';

export interface TestEnv {
  readonly dialect: DialectName;
  readonly database: TestDatabase;
  readonly ctx: ServiceContext;
  readonly services: Services;
  /** A new advocate: a tenant of their own, who sees only the cases they create. */
  readonly newActor: (name?: string) => Actor;
}

let actors = 0;

/** A clock that starts at a fixed instant and moves one millisecond each time it is read. */
export function steppingClock(start = '2026-11-27T12:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date(t++);
}

export async function openTestEnv(dialect: DialectName): Promise<TestEnv> {
  const database = await createTestDatabase(dialect);
  const ctx = serviceContext(database.db, { clock: steppingClock() });
  return {
    dialect,
    database,
    ctx,
    services: createServices(ctx),
    newActor: (name = 'Test Advocate') => ({ id: `advocate-${++actors}`, name, role: 'advocate' }),
  };
}

/**
 * Runs the same tests on SQLite and on PostgreSQL. Each dialect gets its own fresh database for the
 * file; tests stay apart by acting as their own advocate (`env().newActor()`).
 */
export function describeOnEachDatabase(title: string, body: (env: () => TestEnv) => void): void {
  describe.each(dialects)(`${title} [%s]`, (dialect) => {
    let env: TestEnv | undefined;
    beforeAll(async () => {
      env = await openTestEnv(dialect);
    }, 60_000);
    afterAll(async () => {
      await env?.database.close();
    });
    body(() => {
      if (!env) throw new Error('test database is not open');
      return env;
    });
  });
}
