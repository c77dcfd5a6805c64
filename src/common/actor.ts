/**
 * Who is acting. Every service call takes one so that authorization and several users slot in
 * without reshaping the services. In single-user mode (a patient's laptop) everything is done by
 * the local owner.
 */
export type ActorRole = 'owner' | 'advocate';

export interface Actor {
  readonly id: string;
  readonly name: string;
  /** `owner` sees every case in this database; `advocate` sees the cases they own. */
  readonly role: ActorRole;
}

export const localOwner: Actor = { id: 'local-owner', name: 'You', role: 'owner' };
