import type { Actor } from '../common/actor.js';
import type { Case } from './case.js';

/**
 * Who may see and change which case (after Outline's declarative policies). The local owner of a
 * single-user install sees everything in their own database; an advocate on a shared server sees
 * the cases they own. Sharing within a team will be added here, and nowhere else.
 */
export function canAccessCase(actor: Actor, c: Pick<Case, 'ownerId'>): boolean {
  switch (actor.role) {
    case 'owner':
      return true;
    case 'advocate':
      return c.ownerId === actor.id;
  }
}

/** The owner filter for listing: null means every case. */
export function caseListScope(actor: Actor): { ownerId: string | null } {
  switch (actor.role) {
    case 'owner':
      return { ownerId: null };
    case 'advocate':
      return { ownerId: actor.id };
  }
}
