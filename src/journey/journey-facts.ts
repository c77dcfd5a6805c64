import type { Case } from '../cases/case.js';
import type { CaseDeadline } from '../deadlines/case-deadlines.js';
import type { LetterKind } from '../letters/letter.js';

/**
 * Everything the next-step engine weighs, gathered from the other capabilities by the journey
 * service: the case, its deadlines, what evidence is missing, the letters written, the calls and
 * follow-ups. Plain data, so the engine stays pure and its tests need no database.
 */
export interface JourneyFacts {
  readonly case: Case;
  /** The person's today (`YYYY-MM-DD`, in the case's time zone). */
  readonly today: string;
  readonly deadlines: readonly CaseDeadline[];
  /** What the case must say before its deadlines can be counted (empty when they can). */
  readonly missingForDeadlines: readonly string[];
  /** Evidence that usually wins this kind of denial and is not on the case yet. */
  readonly missingEvidence: readonly EvidenceGap[];
  /** The kinds of letter saved on the case, newest first. */
  readonly letters: readonly { readonly kind: LetterKind; readonly createdAt: string }[];
  readonly followUps: FollowUps;
}

export interface EvidenceGap {
  readonly key: string;
  /** Plain words: "A letter from your doctor". */
  readonly label: string;
  /** Essential: the appeal is weak without it. Otherwise it helps. */
  readonly essential: boolean;
}

export interface FollowUps {
  /** Promised call-backs and follow-ups whose day has passed, oldest first. */
  readonly overdue: readonly { readonly title: string; readonly due: string }[];
  /** Several calls on one question without progress: time to ask for a supervisor. */
  readonly supervisorSuggested: boolean;
}
