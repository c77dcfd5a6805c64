import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openSqlite } from './sqlite.js';

it('keeps answering right after its statement cache has turned over', async () => {
  const db = openSqlite(':memory:');
  try {
    const value = async (n: number) =>
      (await sql<{ v: number }>`select ${sql.lit(n)} + 0 as v`.execute(db)).rows[0]?.v;
    for (let n = 0; n < 450; n++) expect(await value(n)).toBe(n);
    // The first statements were evicted long ago, the last ones are cached: both still work.
    expect(await value(3)).toBe(3);
    expect(await value(449)).toBe(449);
    const pragmas = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(pragmas.rows[0]?.foreign_keys).toBe(1);
  } finally {
    await db.destroy();
  }
});
