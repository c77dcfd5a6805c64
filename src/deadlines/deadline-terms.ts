/**
 * The words the deadline rules are written in. Ids are stable: they appear in the CLI contract
 * (`overturn deadlines --json`), the API and the calendar.
 */

/**
 * Which notice the person holds. `initial-denial`: the plan's first "no" (a claim, a prior
 * authorization, an EOB line). `final-internal-denial`: the plan said no again after the internal
 * appeal. The Medicare Advantage levels after the plan have their own notices.
 */
export const noticeStages = {
  'initial-denial': 'The plan’s first denial',
  'final-internal-denial': 'The plan’s final answer after your internal appeal',
  'ire-decision': 'The Independent Review Entity’s decision (Medicare Advantage)',
  'alj-decision': 'The Administrative Law Judge’s decision (Medicare Advantage)',
  'council-decision': 'The Medicare Appeals Council’s decision (Medicare Advantage)',
} as const;
export type NoticeStage = keyof typeof noticeStages;
export const noticeStageIds = Object.keys(noticeStages) as [NoticeStage, ...NoticeStage[]];

/** How fast the care is needed; sets how long the plan may take to decide. */
export const urgencies = {
  urgent: 'Urgent: waiting could seriously harm the patient’s health',
  'pre-service': 'Care not yet received (approval needed before it happens)',
  'post-service': 'Care already received (a bill or claim)',
  concurrent: 'Ongoing care the plan wants to cut short or stop',
} as const;
export type Urgency = keyof typeof urgencies;
export const urgencyIds = Object.keys(urgencies) as [Urgency, ...Urgency[]];

/** How sure we are of a rule (shared/reference/appeal-rules.md, "Confidence key"). */
export type Confidence = 'high' | 'medium' | 'low';

/** Who must act by the date. */
export type Actor = 'patient' | 'plan' | 'reviewer';
