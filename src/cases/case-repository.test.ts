import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createEmptyDatabase, dialects } from '../testing/test-databases.js';
import { migrateTo, migrateToLatest } from '../storage/migrate.js';
import { listCases, refreshStaleNextDeadlines } from './case-repository.js';

describe.each(dialects)(
  'next deadlines of cases written before the deadline rules [%s]',
  (dialect) => {
    it('are marked stale by the upgrade and recomputed from the rules when the program opens the database', async () => {
      const { db, close } = await createEmptyDatabase(dialect);
      try {
        await migrateTo(db, '2026-11-27-01-cases-timeline-documents');
        // A case as the first version wrote it: its sort key was the notice's own deadline.
        const at = '2026-11-01T10:00:00.000Z';
        await sql`insert into cases (id, owner_id, status, patient_name, plan_insurer, plan_program,
        plan_state, notice_date, received_date, denial_stated_deadline_days, sort_due, version,
        created_at, updated_at)
        values ('old-case', 'local-owner', 'denied', 'Ana Ruiz', 'Acme Health', 'employer-group',
        'TX', '2026-10-01', '2026-10-06', 200, '2027-04-19', 1, ${at}, ${at})`.execute(db);

        await migrateToLatest(db);
        const page = () =>
          listCases(db, {
            ownerId: null,
            statuses: undefined,
            sort: 'next-deadline',
            limit: 10,
            after: undefined,
          });
        expect((await page()).cases.map((c) => c.nextDeadline)).toEqual([null]);

        expect(await refreshStaleNextDeadlines(db)).toBe(1);
        // 29 CFR 2560.503-1(h)(3)(i): 180 days from receipt, sooner than the notice's 200 days.
        expect((await page()).cases.map((c) => c.nextDeadline)).toEqual(['2027-04-04']);
        expect(await refreshStaleNextDeadlines(db)).toBe(0);
      } finally {
        await close();
      }
    });
  },
);
