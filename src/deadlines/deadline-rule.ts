import type { Funding, NetworkType, Program } from '../cases/case-terms.js';
import type { UsState } from '../common/us-states.js';
import type { Actor, Confidence, NoticeStage, Urgency } from './deadline-terms.js';

/**
 * One row of the rule tables: who must do what, by how long after which event, under which law.
 * Rules are data (`deadline-rules.ts`); one engine (`compute-deadlines.ts`) applies all of them.
 */

/** Stable ids; they appear in the CLI contract, the API and calendar UIDs. */
export type DeadlineId =
  /** The deadline printed on the notice itself (cases only). */
  | 'notice-stated-deadline'
  | 'file-internal-appeal'
  | 'continue-benefits'
  | 'plan-decides-internal-appeal'
  | 'file-external-review'
  | 'send-information-to-reviewer'
  | 'reviewer-decides-external-review'
  | 'file-state-fair-hearing'
  | 'file-alj-hearing'
  | 'file-appeals-council-review'
  | 'file-federal-court';

/**
 * The event a limit counts from.
 * - `notice-received`: the day the person got the notice (the notice date when that is not known:
 *   the earlier, safe choice).
 * - `notice-date`: the date printed on the notice (Medicare and Medicaid count from it).
 * - `appeal-filed`: the day the plan got the appeal (its decision clock starts then).
 * - `appeal-decided`: the plan's answer to the appeal (the next notice).
 * - `review-filed`: the day the reviewer got the request for review.
 * - `reviewer-notice`: the reviewer's notice that it took the case.
 */
export type StartEvent =
  | 'notice-received'
  | 'notice-date'
  | 'appeal-filed'
  | 'appeal-decided'
  | 'review-filed'
  | 'reviewer-notice';

/** How a limit is counted (shared/reference/appeal-rules.md §8). */
export type Limit =
  /** Calendar days: every day counts, and a last day on a weekend stays where it is. */
  | { readonly unit: 'days'; readonly count: number }
  /** Only where the rule says "business days": weekends and federal holidays do not count. */
  | { readonly unit: 'business-days'; readonly count: number }
  /** Calendar months, as the rule defines a month that has no matching day. */
  | {
      readonly unit: 'months';
      readonly count: number;
      readonly whenNoSuchDay: 'first-of-next-month' | 'last-day-of-month';
      /** A last day on a weekend or federal holiday moves to the next business day. */
      readonly rollToBusinessDay: boolean;
    }
  /** Clock hours, running through nights, weekends and holidays. */
  | { readonly unit: 'hours'; readonly count: number };

/** Which external review process a plan uses: the state's own, or the federal one. */
export type ReviewProcess = 'state' | 'federal';

/**
 * The cases a rule applies to. A field left out matches every case; a rule with `state` is a
 * state row and, where it surely applies, wins over the federal floor.
 */
export interface RuleScope {
  readonly program: Program;
  readonly notice: NoticeStage;
  readonly state?: UsState;
  readonly funding?: Funding;
  readonly urgency?: readonly Urgency[];
  readonly networkTypes?: readonly NetworkType[];
  readonly reviewProcess?: ReviewProcess;
  /** The rule governs notices dated on or after this date (YYYY-MM-DD). */
  readonly noticeDatedFrom?: string;
  /** The rule governs notices dated before this date (YYYY-MM-DD). */
  readonly noticeDatedBefore?: string;
}

export interface DeadlineRule {
  readonly id: DeadlineId;
  readonly scope: RuleScope;
  readonly who: Actor;
  /** What must happen, in plain words, as a sentence without a final period. */
  readonly action: string;
  readonly limit: Limit;
  readonly countsFrom: StartEvent;
  readonly citation: string;
  readonly confidence: Confidence;
  /** Where the rule was read (shared/reference/appeal-rules.md section and its sources). */
  readonly source: string;
  readonly note?: string;
}
