/**
 * A phone call about a case: who called whom and when, the person on the line (name and ID), the
 * reference number, what was said, what was promised and by when, and whether it moved things on.
 * Logged because plans lose track and people forget: a reference number and a name are what make a
 * promise stick, and a call that is not written down never happened.
 */

export const callDirections = {
  outgoing: 'You called them',
  incoming: 'They called you',
} as const;
export type CallDirection = keyof typeof callDirections;
export const callDirectionIds = Object.keys(callDirections) as [CallDirection, ...CallDirection[]];

/** Who was on the other end, by kind; the name of the office is free text (`withParty`). */
export const partyKinds = {
  plan: 'The health plan',
  provider: 'A doctor, hospital or their billing office',
  reviewer: 'The external reviewer',
  regulator: 'The state insurance department or another regulator',
  other: 'Someone else',
} as const;
export type PartyKind = keyof typeof partyKinds;
export const partyKindIds = Object.keys(partyKinds) as [PartyKind, ...PartyKind[]];

/** Whether the call moved the question on. Left out when the person did not say. */
export const callOutcomes = {
  progress: 'Things moved forward',
  'no-progress': 'No progress',
  resolved: 'Solved',
} as const;
export type CallOutcome = keyof typeof callOutcomes;
export const callOutcomeIds = Object.keys(callOutcomes) as [CallOutcome, ...CallOutcome[]];

export interface Call {
  readonly id: string;
  readonly caseId: string;
  /** When the call happened, ISO 8601 in UTC. */
  readonly at: string;
  readonly direction: CallDirection;
  readonly partyKind: PartyKind;
  /** Who: "Acme Health member services". */
  readonly withParty: string;
  readonly personName: string | null;
  readonly personId: string | null;
  readonly reference: string | null;
  /** The question the call was about (a short key); calls on one topic are counted together. */
  readonly topic: string;
  readonly summary: string;
  readonly promised: string | null;
  /** `YYYY-MM-DD`: the day they said it would be done. */
  readonly promisedBy: string | null;
  readonly outcome: CallOutcome | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** "Prior auth status ", "prior  AUTH status" → "prior auth status": one key per question. */
export function topicKey(topic: string): string {
  return topic.trim().toLowerCase().replace(/\s+/g, ' ');
}
