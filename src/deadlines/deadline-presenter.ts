import { z } from 'zod';
import { ladderFor } from '../cases/program-ladders.js';
import { statusLabel } from '../cases/appeal-ladder.js';
import type { Lang } from '../common/lang.js';
import { timeZoneOfCase, type CaseDeadlines, type DeadlineOfCase } from './case-deadlines.js';
import type { Deadline, DeadlineSchedule, LaterDeadline } from './deadline.js';
import { deadlineWords } from './deadline-wording.js';

/**
 * What leaves the server about deadlines. The fields of `deadlineView` are the CLI contract of
 * `overturn deadlines --json` (id, action, due, sendBy, countedFrom, citation, confidence, note),
 * plus who acts, the limit, whether to verify, and where the rule was read.
 */
export const deadlineView = z.object({
  id: z.string(),
  who: z.enum(['patient', 'plan', 'reviewer']),
  action: z.string(),
  due: z.string().describe('YYYY-MM-DD, or an ISO date-time with offset for limits in hours'),
  sendBy: z.string().nullable().describe('For the person’s own deadlines: the day to post it by'),
  countedFrom: z.string(),
  limit: z.string(),
  citation: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  verify: z
    .boolean()
    .describe('True when the rule is not confirmed: verify with the plan or state'),
  note: z.string().nullable(),
  source: z.string(),
});

export const laterDeadlineView = z.object({
  id: z.string(),
  who: z.enum(['patient', 'plan', 'reviewer']),
  action: z.string(),
  limit: z.string(),
  startsWhen: z.string(),
  citation: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
  note: z.string().nullable(),
});

/** Said with every list of deadlines. The deadlines' own words come worded from the engine. */
export const notLegalAdvice = deadlineWords.en.disclaimer;
export const notLegalAdviceIn = (lang: Lang) => deadlineWords[lang].disclaimer;

export const scheduleView = z.object({
  deadlines: z.array(deadlineView),
  later: z.array(laterDeadlineView),
  timeZone: z.string(),
  today: z.string(),
  disclaimer: z.string(),
});

const presentDeadline = (d: Deadline): z.infer<typeof deadlineView> => ({
  id: d.id,
  who: d.who,
  action: d.action,
  due: d.due,
  sendBy: d.sendBy,
  countedFrom: d.countedFrom,
  limit: d.limit,
  citation: d.citation,
  confidence: d.confidence,
  verify: d.verify,
  note: d.note,
  source: d.source,
});
const presentLater = (d: LaterDeadline): z.infer<typeof laterDeadlineView> => ({ ...d });

export function presentSchedule(
  s: DeadlineSchedule & { today: string },
  lang: Lang = 'en',
): z.infer<typeof scheduleView> {
  return {
    deadlines: s.deadlines.map(presentDeadline),
    later: s.later.map(presentLater),
    timeZone: s.timeZone,
    today: s.today,
    disclaimer: notLegalAdviceIn(lang),
  };
}

export const caseDeadlineView = deadlineView.extend({
  state: z.enum(['open', 'done', 'missed']),
  daysLeft: z.number().int(),
});

export const caseDeadlinesView = scheduleView.extend({
  deadlines: z.array(caseDeadlineView),
  missing: z
    .array(z.string())
    .describe('What the case must say before its deadlines can be counted'),
});

export function presentCaseDeadlines(
  s: CaseDeadlines & { today: string },
  lang: Lang = 'en',
): z.infer<typeof caseDeadlinesView> {
  return {
    ...presentSchedule(s, lang),
    deadlines: s.deadlines.map((d) => ({
      ...presentDeadline(d),
      state: d.state,
      daysLeft: d.daysLeft,
    })),
    missing: [...s.missing],
  };
}

export const deadlineOfCaseView = z.object({
  case: z.object({
    id: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    patientName: z.string(),
    insurer: z.string(),
    claimNumber: z.string().nullable(),
    timeZone: z.string().describe('The time zone the case’s hour limits are shown in'),
  }),
  deadline: caseDeadlineView,
});

export function presentDeadlineOfCase({
  case: c,
  deadline,
}: DeadlineOfCase): z.infer<typeof deadlineOfCaseView> {
  return {
    case: {
      id: c.id,
      status: c.status,
      statusLabel: statusLabel(ladderFor(c.plan.program), c.status),
      patientName: c.patient.name,
      insurer: c.plan.insurer,
      claimNumber: c.claim.claimNumber,
      timeZone: timeZoneOfCase(c),
    },
    deadline: { ...presentDeadline(deadline), state: deadline.state, daysLeft: deadline.daysLeft },
  };
}
