import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createEmptyDatabase, dialects } from '../testing/test-databases.js';
import { migrateToEmpty, migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

describe.each(dialects)('migrations [%s]', (dialect) => {
  it('are named so they sort in the order they apply', () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-\d{2}-[a-z0-9-]+$/);
  });

  it('apply to an empty database, undo cleanly, and apply again', async () => {
    const { db, close } = await createEmptyDatabase(dialect);
    try {
      await migrateToLatest(db);
      const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
      expect(tables).toEqual(expect.arrayContaining(['cases', 'documents', 'timeline_events']));
      // Running again at start-up is a no-op.
      await migrateToLatest(db);

      await migrateToEmpty(db);
      const left = (await db.introspection.getTables()).map((t) => t.name);
      expect(left.filter((t) => !t.startsWith('kysely_'))).toEqual([]);

      await migrateToLatest(db);
      const count = await db
        .selectFrom('cases')
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(0);
    } finally {
      await close();
    }
  });
});
