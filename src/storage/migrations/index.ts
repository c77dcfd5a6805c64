import type { Migration } from 'kysely';
import * as m20261127_01 from './2026-11-27-01-cases-timeline-documents.js';
import * as m20261127_02 from './2026-11-27-02-deadline-facts.js';
import * as m20261127_03 from './2026-11-27-03-intake-drafts.js';
import * as m20261127_04 from './2026-11-27-04-letters.js';

/**
 * Every migration, by name. Names sort in the order they apply: `YYYY-MM-DD-NN-what`.
 * Listed here (not read from the folder) so the same list works from source and from `dist/`.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-27-01-cases-timeline-documents': m20261127_01,
  '2026-11-27-02-deadline-facts': m20261127_02,
  '2026-11-27-03-intake-drafts': m20261127_03,
  '2026-11-27-04-letters': m20261127_04,
};
