import type { Actor } from '../common/actor.js';
import { invalidInput, notFound } from '../common/errors.js';
import type { Case } from './case.js';
import { canAccessCase } from './case-policy.js';
import type { Db } from '../storage/schema.js';
import { findCase, findCaseShell, type CaseShell } from './case-repository.js';

/**
 * Loads an appeal case the actor may see. A case they may not see is reported as not found, so its
 * existence is not revealed. `deleted` loads a deleted case instead (to restore it). A
 * second-opinion case asked for here (deadlines, the journey, appeal letters) gets a message that
 * says what it is, not "not found".
 */
export async function loadCaseFor(
  db: Db,
  actor: Actor,
  id: string,
  { deleted = false }: { deleted?: boolean } = {},
): Promise<Case> {
  const c = await findCase(db, id, { deleted });
  if (c && canAccessCase(actor, c)) return c;
  const shell = c ? null : await findCaseShell(db, id, { deleted });
  if (shell && shell.kind !== 'appeal' && canAccessCase(actor, shell))
    throw invalidInput(
      `Case "${id}" is a second-opinion case. This works on appeal cases only; open it under second opinions.`,
      'id',
      { kind: shell.kind },
    );
  throw notFound('case', id);
}

/**
 * Loads a case of any kind the actor may see, for what every kind shares: its timeline, documents,
 * tasks and saved letters.
 */
export async function loadCaseShellFor(
  db: Db,
  actor: Actor,
  id: string,
  { deleted = false }: { deleted?: boolean } = {},
): Promise<CaseShell> {
  const c = await findCaseShell(db, id, { deleted });
  if (!c || !canAccessCase(actor, c)) throw notFound('case', id);
  return c;
}
