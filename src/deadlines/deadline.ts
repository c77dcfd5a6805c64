import type { DeadlineId } from './deadline-rule.js';
import type { Actor, Confidence } from './deadline-terms.js';

/** A dated deadline: what the CLI contract (`overturn deadlines --json`) prints for each. */
export interface Deadline {
  readonly id: DeadlineId;
  readonly who: Actor;
  /** What must happen, in plain words. */
  readonly action: string;
  /** `YYYY-MM-DD`, or an ISO date-time with the person's offset for limits in hours. */
  readonly due: string;
  /** For the person's own deadlines: the day to post it by, ahead of `due`. */
  readonly sendBy: string | null;
  /** What the limit counts from, in plain words, with the date. */
  readonly countedFrom: string;
  /** The limit, e.g. "180 days" or "4 months". */
  readonly limit: string;
  readonly citation: string;
  readonly confidence: Confidence;
  /** True when the rule is not confirmed: the person should verify the date with the plan or state. */
  readonly verify: boolean;
  readonly note: string | null;
  readonly source: string;
}

/** A step whose clock has not started yet: it counts from something that has not happened. */
export interface LaterDeadline {
  readonly id: DeadlineId;
  readonly who: Actor;
  readonly action: string;
  readonly limit: string;
  /** What starts the clock, in plain words. */
  readonly startsWhen: string;
  readonly citation: string;
  readonly confidence: Confidence;
  readonly note: string | null;
}

export interface DeadlineSchedule {
  /** Soonest first. */
  readonly deadlines: readonly Deadline[];
  readonly later: readonly LaterDeadline[];
  /** The time zone hour limits are shown in. */
  readonly timeZone: string;
}
