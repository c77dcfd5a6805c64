import type { LetterKind, Sender } from '../letters/letter.js';
import type { Coverage, QuestionKind } from './second-opinion.js';

/**
 * The letters of a second opinion, as data: which kinds a second-opinion case writes and the facts
 * they are written from. A second-opinion case is not an appeal `Case` (no claim, no denial), so
 * its letters have their own facts; they still make a `LetterDocument`, so the renderers and the
 * letters table serve them unchanged.
 */

export const opinionLetterKinds = [
  'second-opinion-referral-request',
  'records-request',
] as const satisfies readonly LetterKind[];
export type OpinionLetterKind = (typeof opinionLetterKinds)[number];

/**
 * Who the referral request is written to: the plan (to approve it), or the primary care doctor
 * (to refer, as an HMO or POS plan needs).
 */
export const referralAddressees = ['plan', 'primary-doctor'] as const;
export type ReferralAddressee = (typeof referralAddressees)[number];

/** The facts a second-opinion letter is written from. */
export interface OpinionLetterFacts {
  /** The date the letter carries, `YYYY-MM-DD` (the person's today). */
  readonly today: string;
  readonly patient: { readonly name: string; readonly dateOfBirth: string | null };
  /** Who writes and signs: the patient, or someone on their behalf. */
  readonly sender: Sender;
  readonly coverage: Coverage;
  /** The question to answer, in the person's words. */
  readonly question: string;
  readonly questionKind: QuestionKind;
  /** The condition, in the person's words, when known. */
  readonly condition: string | null;
  /** The first doctor's opinion, as far as it is known (all null when there is none yet). */
  readonly firstOpinion: {
    readonly doctor: string | null;
    readonly institution: string | null;
    readonly diagnosis: string | null;
    readonly treatment: string | null;
  };
  /** The specialist asked for, by name; null asks for "a qualified specialist". */
  readonly specialist: string | null;
  /** The recipient block as the person typed it; empty for the default (the plan, the office). */
  readonly recipient: readonly string[];
  /** Who the referral request asks: the plan or the primary doctor. */
  readonly addressee: ReferralAddressee;
}
