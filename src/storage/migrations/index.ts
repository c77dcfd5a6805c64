import type { Migration } from 'kysely';
import * as m20261127_01 from './2026-11-27-01-cases-timeline-documents.js';
import * as m20261127_02 from './2026-11-27-02-deadline-facts.js';
import * as m20261127_03 from './2026-11-27-03-intake-drafts.js';
import * as m20261127_04 from './2026-11-27-04-letters.js';
import * as m20261127_05 from './2026-11-27-05-state-help-corrections.js';
import * as m20261127_06 from './2026-11-27-06-calls-tasks.js';
import * as m20261127_07 from './2026-11-27-07-evidence-vault.js';
import * as m20261127_08 from './2026-11-27-08-outcomes.js';
import * as m20261127_09 from './2026-11-27-09-uncompressed-files.js';
import * as m20261127_10 from './2026-11-27-10-one-newer-version.js';
import * as m20261128_01 from './2026-11-28-01-second-opinions.js';

/**
 * Every migration, by name. Names sort in the order they apply: `YYYY-MM-DD-NN-what`.
 * Listed here (not read from the folder) so the same list works from source and from `dist/`.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-27-01-cases-timeline-documents': m20261127_01,
  '2026-11-27-02-deadline-facts': m20261127_02,
  '2026-11-27-03-intake-drafts': m20261127_03,
  '2026-11-27-04-letters': m20261127_04,
  '2026-11-27-05-state-help-corrections': m20261127_05,
  '2026-11-27-06-calls-tasks': m20261127_06,
  '2026-11-27-07-evidence-vault': m20261127_07,
  '2026-11-27-08-outcomes': m20261127_08,
  '2026-11-27-09-uncompressed-files': m20261127_09,
  '2026-11-27-10-one-newer-version': m20261127_10,
  '2026-11-28-01-second-opinions': m20261128_01,
};
