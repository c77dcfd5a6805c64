import { levelAndPhase, type LevelId } from '../cases/appeal-ladder.js';
import type { Case } from '../cases/case.js';
import type { NoticeType, Program } from '../cases/case-terms.js';
import { ladderFor } from '../cases/program-ladders.js';
import { addDays, compareText } from '../common/dates.js';
import type { Lang } from '../common/lang.js';
import { computeDeadlines, dueDates } from './compute-deadlines.js';
import type { Deadline, LaterDeadline } from './deadline.js';
import type { DeadlineId } from './deadline-rule.js';
import { datePart, defaultSendByDays, type DeadlineQuery } from './deadline-query.js';
import type { NoticeStage, Urgency } from './deadline-terms.js';
import { daysBetween } from './date-counting.js';
import { deadlineWords, type DeadlineWords } from './deadline-wording.js';
import { defaultTimeZone, timeZoneOfState } from './state-time-zones.js';

/**
 * A case's deadlines: the rules applied to the case's own fields, recomputed whenever they
 * change, each marked open, done (the step was taken) or missed.
 */

export type CaseForDeadlines = Pick<Case, 'status' | 'plan' | 'denial'>;

export interface CaseDeadline extends Deadline {
  readonly state: 'open' | 'done' | 'missed';
  /** Days from the person's today to the due date; negative once passed. */
  readonly daysLeft: number;
}

/** One deadline of one case, for views across cases (the dashboard, the calendar). */
export interface DeadlineOfCase {
  readonly case: Pick<Case, 'id' | 'status' | 'patient' | 'plan' | 'claim' | 'version'>;
  readonly deadline: CaseDeadline;
}

export interface CaseDeadlines {
  readonly deadlines: readonly CaseDeadline[];
  readonly later: readonly LaterDeadline[];
  readonly timeZone: string;
  /** What the case must say before its deadlines can be counted (empty when they can). */
  readonly missing: readonly string[];
}

export const timeZoneOfCase = (c: { readonly plan: Pick<Case['plan'], 'state'> }) =>
  c.plan.state ? timeZoneOfState[c.plan.state] : defaultTimeZone;

/** A final denial notice is the plan's answer after the internal appeal; anything else is a first denial. */
export function noticeStageOf(denial: Case['denial']): NoticeStage {
  return (
    denial.noticeStage ??
    (denial.noticeType === 'final-internal-appeal-denial'
      ? 'final-internal-denial'
      : 'initial-denial')
  );
}

/** A prior-authorization denial is about care not yet given; a claim or EOB, about care already given. */
const urgencyOfNotice: Record<NoticeType, Urgency | null> = {
  'prior-authorization-denial': 'pre-service',
  'claim-denial': 'post-service',
  eob: 'post-service',
  'final-internal-appeal-denial': null,
};

export function deadlineQueryOf(
  c: CaseForDeadlines,
  sendByDays = defaultSendByDays,
): DeadlineQuery | null {
  const { denial, plan } = c;
  if (!denial.noticeDate) return null;
  return {
    program: plan.program,
    state: plan.state,
    notice: noticeStageOf(denial),
    noticeDate: denial.noticeDate,
    receivedDate: denial.receivedDate,
    urgency: denial.urgency ?? (denial.noticeType ? urgencyOfNotice[denial.noticeType] : null),
    funding: plan.funding,
    networkType: plan.networkType,
    appealFiledAt: denial.appealFiledAt,
    reviewFiledAt: null,
    reviewerNoticeDate: null,
    timeZone: timeZoneOfCase(c),
    sendByDays,
  };
}

/** The ladder step that fulfils each deadline: the level, and whether it must be sent or decided. */
const fulfilledBy: Record<DeadlineId, { level: LevelId | 'first'; by: 'sent' | 'decided' } | null> =
  {
    'notice-stated-deadline': { level: 'first', by: 'sent' },
    'file-internal-appeal': { level: 'first', by: 'sent' },
    'continue-benefits': { level: 'first', by: 'sent' },
    'plan-decides-internal-appeal': { level: 'first', by: 'decided' },
    'file-external-review': { level: 'external-review', by: 'sent' },
    'send-information-to-reviewer': null,
    'reviewer-decides-external-review': { level: 'external-review', by: 'decided' },
    'file-state-fair-hearing': { level: 'state-fair-hearing', by: 'sent' },
    'file-alj-hearing': { level: 'alj-hearing', by: 'sent' },
    'file-appeals-council-review': { level: 'appeals-council', by: 'sent' },
    'file-federal-court': { level: 'federal-court', by: 'sent' },
  };

const levelIds = new Map<Program, readonly LevelId[]>();
function levelIdsOf(program: Program): readonly LevelId[] {
  let ids = levelIds.get(program);
  if (!ids) levelIds.set(program, (ids = ladderFor(program).levels.map((l) => l.id)));
  return ids;
}

/** True once the case has reached the step that fulfils the deadline. */
export function isFulfilled(c: CaseForDeadlines, id: DeadlineId): boolean {
  // After the plan's final denial, benefits continue only with a fair hearing asked for in time
  // (42 CFR 438.420(c)); before it, with the plan appeal.
  const target =
    id === 'continue-benefits' && noticeStageOf(c.denial) !== 'initial-denial'
      ? ({ level: 'state-fair-hearing', by: 'sent' } as const)
      : fulfilledBy[id];
  if (!target) return false;
  if (c.status === 'paid' || c.status === 'closed' || c.status === 'withdrawn') return true;
  const at = levelAndPhase(c.status);
  if (!at) return false;
  const levels = levelIdsOf(c.plan.program);
  const targetIndex = target.level === 'first' ? 0 : levels.indexOf(target.level);
  const index = levels.indexOf(at.level);
  if (targetIndex < 0 || index < 0) return false;
  if (index !== targetIndex) return index > targetIndex;
  return target.by === 'sent'
    ? at.phase !== 'drafted'
    : !['drafted', 'submitted'].includes(at.phase);
}

/** The date the notice's own deadline falls on, when it states a number of days. */
function statedDueOf({ denial }: CaseForDeadlines): string | null {
  const { noticeDate, statedDeadlineDays } = denial;
  return noticeDate && statedDeadlineDays !== null ? addDays(noticeDate, statedDeadlineDays) : null;
}

/**
 * The deadline the notice itself gives, when it gives one: follow it if it is the earlier date.
 * Not listed when it falls on the law's own day: two names for one date only confuse.
 */
function statedDeadline(
  c: CaseForDeadlines,
  legal: Deadline | undefined,
  sendByDays: number,
  w: DeadlineWords,
): Deadline | null {
  const due = statedDueOf(c);
  const { noticeDate, statedDeadlineDays } = c.denial;
  if (!due || !noticeDate || statedDeadlineDays === null) return null;
  if (legal && datePart(legal.due) === due) return null;
  const sendBy = addDays(due, -sendByDays);
  return {
    id: 'notice-stated-deadline',
    who: 'patient',
    action: w.stated.action,
    due,
    sendBy: sendBy < noticeDate ? noticeDate : sendBy,
    countedFrom: w.stated.countedFrom(noticeDate),
    limit: w.limit({ unit: 'days', count: statedDeadlineDays }),
    citation: w.stated.citation,
    confidence: 'high',
    verify: false,
    note: legal && legal.due > due ? w.stated.laterByLaw(legal.due, legal.citation) : null,
    source: w.stated.source,
  };
}

/** A case's deadlines as of the person's `today`, worded in `lang`. */
export function caseDeadlines(
  c: CaseForDeadlines,
  today: string,
  sendByDays = defaultSendByDays,
  lang: Lang = 'en',
): CaseDeadlines {
  const w = deadlineWords[lang];
  const query = deadlineQueryOf(c, sendByDays);
  if (!query)
    return {
      deadlines: [],
      later: [],
      timeZone: timeZoneOfCase(c),
      missing: [w.missingNoticeDate],
    };
  const schedule = computeDeadlines(query, undefined, lang);
  const stated =
    query.notice === 'initial-denial'
      ? statedDeadline(
          c,
          schedule.deadlines.find((d) => d.id === 'file-internal-appeal'),
          sendByDays,
          w,
        )
      : null;
  const all = stated ? [stated, ...schedule.deadlines] : schedule.deadlines;
  const deadlines = all
    .map((d): CaseDeadline => {
      const daysLeft = daysBetween(today, datePart(d.due));
      const state: CaseDeadline['state'] = isFulfilled(c, d.id)
        ? 'done'
        : daysLeft < 0
          ? 'missed'
          : 'open';
      // The deadlines were made for this call alone: mark them in place. (Copying a dozen fields
      // with a spread is slow across 100,000 cases.)
      return Object.assign(d, { state, daysLeft });
    })
    .sort((a, b) => compareText(datePart(a.due), datePart(b.due)));
  return { deadlines, later: schedule.later, timeZone: schedule.timeZone, missing: [] };
}

/**
 * The next date the person must not miss: the soonest of their own deadlines not yet met, for the
 * case list and its sort order. Null when none is known.
 */
export function nextDeadlineOf(c: CaseForDeadlines): string | null {
  const query = deadlineQueryOf(c);
  if (!query) return null;
  let next: string | null = null;
  for (const d of dueDates(query)) {
    if (d.who !== 'patient' || isFulfilled(c, d.id)) continue;
    const day = datePart(d.due);
    if (!next || day < next) next = day;
  }
  if (query.notice === 'initial-denial' && !isFulfilled(c, 'notice-stated-deadline')) {
    const stated = statedDueOf(c);
    if (stated && (!next || stated < next)) next = stated;
  }
  return next;
}
