import { z } from 'zod';
import { caseView, presentCase } from '../cases/case-presenter.js';
import type { Lang } from '../common/lang.js';
import { caseDeadlinesView, presentCaseDeadlines } from '../deadlines/deadline-presenter.js';
import { presentTimelineEvent, timelineEventView } from '../timeline/timeline-presenter.js';
import type { CaseOverview } from './case-overview.js';
import type { NextStep } from './next-step.js';
import { nextStepIds } from './next-step-words.js';

/** What leaves the server about the journey: the next step, and the case page's overview. */

export const nextStepView = z.object({
  caseId: z.string(),
  step: z.enum(nextStepIds).describe('Stable id of the step'),
  action: z.string().describe('What to do, in plain words'),
  why: z.string(),
  due: z.string().nullable().describe('The day to do it by (YYYY-MM-DD)'),
  citation: z.string().nullable(),
  verify: z.boolean().describe('Check the date or rule with the plan: it is not confirmed'),
  urgent: z.boolean(),
  href: z.string().describe("The web app's page for it"),
  command: z.string().nullable().describe('The CLI command that does it'),
  also: z.array(z.string()),
});
export type NextStepView = z.infer<typeof nextStepView>;

export const presentNextStep = (caseId: string, next: NextStep): NextStepView => ({
  caseId,
  ...next,
  also: [...next.also],
});

export const evidenceGapView = z.object({
  key: z.string(),
  label: z.string(),
  essential: z.boolean(),
});

export const caseOverviewView = z.object({
  case: caseView,
  deadlines: caseDeadlinesView,
  missingEvidence: z.array(evidenceGapView),
  next: nextStepView,
  timeline: z.array(timelineEventView).describe('The newest events, oldest first'),
});
export type CaseOverviewView = z.infer<typeof caseOverviewView>;

/** The overview; its words come worded in `lang` from the service, but for the disclaimer here. */
export function presentCaseOverview(o: CaseOverview, lang: Lang = 'en'): CaseOverviewView {
  return {
    case: presentCase(o.case),
    deadlines: presentCaseDeadlines({ ...o.deadlines, today: o.today }, lang),
    missingEvidence: o.missingEvidence.map((gap) => ({ ...gap })),
    next: presentNextStep(o.case.id, o.next),
    timeline: o.timeline.map(presentTimelineEvent),
  };
}
