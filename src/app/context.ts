import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../storage/schema.js';

/**
 * What every service needs from the world: the database, the time, and new ids. Passed in, so tests
 * can fix the clock and every service runs the same on SQLite and PostgreSQL.
 */
export interface ServiceContext {
  readonly db: Kysely<Database>;
  /** Now. */
  readonly clock: () => Date;
  /** A new unique id; UUIDv7, so ids sort by creation time. */
  readonly newId: () => string;
}

export function serviceContext(
  db: Kysely<Database>,
  { clock = () => new Date(), newId = () => uuidv7() }: Partial<Omit<ServiceContext, 'db'>> = {},
): ServiceContext {
  return { db, clock, newId };
}
