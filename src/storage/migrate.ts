import { Migrator, NO_MIGRATIONS, type Kysely, type MigrationResultSet } from 'kysely';
import { AppError } from '../common/errors.js';
import { migrations } from './migrations/index.js';

const migratorFor = <DB>(db: Kysely<DB>) =>
  new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });

const describe = (error: unknown) =>
  error instanceof Error ? error.message : JSON.stringify(error);

function check({ error, results }: MigrationResultSet, what: string): void {
  if (!error) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
  throw new AppError(
    'internal',
    `The database could not be ${what} (migration ${failed}): ${describe(error)}`,
  );
}

/** Brings the database up to the newest schema. Run at every start; does nothing when current. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<void> {
  check(await migratorFor(db).migrateToLatest(), 'upgraded');
}

/** Brings the database to one named migration (for tests of upgrades with data in place). */
export async function migrateTo<DB>(db: Kysely<DB>, name: string): Promise<void> {
  check(await migratorFor(db).migrateTo(name), 'migrated');
}

/** Undoes every migration (for tests of the down steps). */
export async function migrateToEmpty<DB>(db: Kysely<DB>): Promise<void> {
  check(await migratorFor(db).migrateTo(NO_MIGRATIONS), 'emptied');
}
