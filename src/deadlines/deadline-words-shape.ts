import type { DeadlineQuery } from './deadline-query.js';
import type { Limit, StartEvent } from './deadline-rule.js';
import type { Unknown } from './rule-matching.js';

/** The notice the next "no" would come as, for the steps it starts. */
export type NextNotice =
  'ire-decision' | 'final-internal-denial' | 'alj-decision' | 'council-decision';

/**
 * Every word the deadline engine writes, in one language. English is in `deadline-wording.ts`; Spanish
 * is in `deadline-wording-es.ts`. The rule rows' own actions and notes are in `deadline-rules-es.ts`.
 */
export interface DeadlineWords {
  readonly limit: (limit: Limit) => string;
  /** Joins the limits of rows that may apply: "30 days or 60 days". */
  readonly or: string;
  readonly countedFrom: (event: StartEvent, query: DeadlineQuery, start: string) => string;
  readonly startsWhen: (event: StartEvent) => string;
  /** What starts the clock of a step after the next "no". */
  readonly nextNoticeWhen: (notice: NextNotice) => string;
  readonly dependsOn: (unknowns: readonly Unknown[], safest: 'earliest' | 'latest') => string;
  readonly verify: string;
  readonly tooShortForMail: string;
  /** An hour limit counted from a day whose time is not known. */
  readonly timeUnknown: (who: 'patient' | 'other') => string;
  readonly ruleAction: (english: string) => string;
  readonly ruleNote: (english: string) => string;
  readonly state: StateNoteWords;
  readonly stated: StatedDeadlineWords;
  /** What a case must say before its deadlines can be counted. */
  readonly missingNoticeDate: string;
  readonly disclaimer: string;
}

/** The "check your state" notes (`state-notes.ts`). */
export interface StateNoteWords {
  readonly noState: string;
  readonly federalProcess: (
    name: string,
    source: { asOf: string; confidence: 'high' | 'medium' | 'low'; checked: string },
  ) => string;
  readonly ownProcess: (name: string, likely: boolean) => string;
  readonly mayGiveMore: (name: string, medicaid: boolean) => string;
}

/** The deadline printed on the notice itself (`case-deadlines.ts`). */
export interface StatedDeadlineWords {
  readonly action: string;
  readonly countedFrom: (noticeDate: string) => string;
  readonly citation: string;
  readonly laterByLaw: (due: string, citation: string) => string;
  readonly source: string;
}
