import type { Actor } from '../common/actor.js';
import { notFound } from '../common/errors.js';
import type { Case } from './case.js';
import { canAccessCase } from './case-policy.js';
import type { Db } from '../storage/schema.js';
import { findCase } from './case-repository.js';

/**
 * Loads a case the actor may see. A case they may not see is reported as not found, so its
 * existence is not revealed. `deleted` loads a deleted case instead (to restore it).
 */
export async function loadCaseFor(
  db: Db,
  actor: Actor,
  id: string,
  { deleted = false }: { deleted?: boolean } = {},
): Promise<Case> {
  const c = await findCase(db, id, { deleted });
  if (!c || !canAccessCase(actor, c)) throw notFound('case', id);
  return c;
}
