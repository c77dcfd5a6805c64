import { addDays, compareText } from '../common/dates.js';
import type { Lang } from '../common/lang.js';
import { addBusinessDays, addCalendarMonths, nextBusinessDay } from './date-counting.js';
import type { Deadline, DeadlineSchedule, LaterDeadline } from './deadline.js';
import { datePart, type DeadlineQuery } from './deadline-query.js';
import type { DeadlineId, DeadlineRule, Limit, StartEvent } from './deadline-rule.js';
import type { Actor, NoticeStage } from './deadline-terms.js';
import { federalDeadlineRules } from './federal-deadline-rules.js';
import { applicableRules, factsKey, type RuleOptions, type Unknown } from './rule-matching.js';
import { stateDeadlineRules } from './state-deadline-rules.js';
import { stateNote } from './state-notes.js';
import { deadlineWords, type DeadlineWords, type NextNotice } from './deadline-wording.js';
import { addHours, dateInZone } from './zoned-time.js';

/**
 * The deadline engine: picks the rows of the rule tables that apply to a denial and counts each
 * limit from its start. When a fact is unknown it shows the safe date: the earliest for what the
 * person must do, the latest for what the plan must do (so nobody is told a plan is late too soon).
 */

export const allDeadlineRules: readonly DeadlineRule[] = [
  ...federalDeadlineRules,
  ...stateDeadlineRules,
];

function startOf(event: StartEvent, query: DeadlineQuery): string | null {
  switch (event) {
    case 'notice-received':
      return query.receivedDate ?? query.noticeDate;
    case 'notice-date':
      return query.noticeDate;
    case 'appeal-filed':
      return query.appealFiledAt;
    case 'appeal-decided':
      return null;
    case 'review-filed':
      return query.reviewFiledAt;
    case 'reviewer-notice':
      return query.reviewerNoticeDate;
  }
}

interface Counted {
  readonly due: string;
  /** Sorts dates and date-times of one time zone together: a date ends at 24:00. */
  readonly key: string;
  /** Set for an hour limit counted from a day whose time is not known: whose clock it is. */
  readonly timeUnknown: 'patient' | 'other' | null;
}

/** The person's own date of a start: a moment written with an offset is read in their zone. */
function localDay(start: string, timeZone: string): string {
  return /T.*(Z|[+-]\d{2}:\d{2})$/.test(start)
    ? dateInZone(Date.parse(start), timeZone)
    : datePart(start);
}

function count(limit: Limit, start: string, rule: DeadlineRule, timeZone: string): Counted {
  const day = localDay(start, timeZone);
  const dated = (due: string): Counted => ({ due, key: `${due}T24:00:00`, timeUnknown: null });
  switch (limit.unit) {
    case 'days':
      return dated(addDays(day, limit.count));
    case 'business-days':
      return dated(addBusinessDays(day, limit.count));
    case 'months': {
      const end = addCalendarMonths(day, limit.count, limit.whenNoSuchDay);
      return dated(limit.rollToBusinessDay ? nextBusinessDay(end) : end);
    }
    case 'hours': {
      if (start.includes('T')) {
        const due = addHours(start, limit.count, timeZone);
        return { due, key: due.slice(0, 19), timeUnknown: null };
      }
      // Only the day is known: count from its start for the person, from its end for the plan.
      const patient = rule.who === 'patient';
      const due = addHours(`${patient ? day : addDays(day, 1)}T00:00`, limit.count, timeZone);
      return { due, key: due.slice(0, 19), timeUnknown: patient ? 'patient' : 'other' };
    }
  }
}

function sendByOf(rule: DeadlineRule, counted: Counted, start: string, query: DeadlineQuery) {
  if (rule.who !== 'patient' || rule.limit.unit === 'hours')
    return { sendBy: null, tooShortForMail: false };
  const earliest = localDay(start, query.timeZone);
  const ideal = addDays(counted.due, -query.sendByDays);
  // Post on the day the notice is dated and it still arrives days later: that is too late too.
  if (ideal > earliest) return { sendBy: ideal, tooShortForMail: false };
  return { sendBy: earliest, tooShortForMail: query.sendByDays > 0 };
}

interface Candidate {
  readonly rule: DeadlineRule;
  readonly unknowns: readonly Unknown[];
}

const candidatesOf = (options: RuleOptions): readonly Candidate[] =>
  options.certain
    ? [{ rule: options.certain, unknowns: [] }, ...options.possible]
    : options.possible;

/** The safe date among the rows that may apply: earliest for the person, latest for the plan. */
interface Resolved {
  readonly rule: DeadlineRule;
  readonly start: string;
  readonly counted: Counted;
  /** Set when another possible row gives another date: what it depends on. */
  readonly dependsOn: readonly Unknown[] | null;
}

function resolve(candidates: readonly Candidate[], query: DeadlineQuery): Resolved | null {
  const earliest = candidates[0]!.rule.who === 'patient';
  let best: Resolved | null = null;
  let varies = false;
  for (const { rule } of candidates) {
    const start = startOf(rule.countsFrom, query);
    if (start === null) return null;
    const counted = count(rule.limit, start, rule, query.timeZone);
    if (best && counted.key !== best.counted.key) varies = true;
    // Ties keep the first candidate: the rule that surely applies.
    if (!best || (earliest ? counted.key < best.counted.key : counted.key > best.counted.key))
      best = { rule, start, counted, dependsOn: null };
  }
  if (!best || !varies) return best;
  return { ...best, dependsOn: [...new Set(candidates.flatMap((c) => c.unknowns))] };
}

function notesOf(rule: DeadlineRule, w: DeadlineWords, ...more: (string | null)[]): string | null {
  return (
    [rule.note ? w.ruleNote(rule.note) : null, ...more, rule.confidence === 'low' ? w.verify : null]
      .filter(Boolean)
      .join(' ') || null
  );
}

function toLater(candidates: readonly Candidate[], w: DeadlineWords): LaterDeadline {
  const first = candidates[0]!.rule;
  const limits = [...new Set(candidates.map((c) => w.limit(c.rule.limit)))];
  return {
    id: first.id,
    who: first.who,
    action: w.ruleAction(first.action),
    limit: limits.join(w.or),
    startsWhen: w.startsWhen(first.countsFrom),
    citation: first.citation,
    confidence: first.confidence,
    note: notesOf(first, w),
  };
}

function toDeadline(resolved: Resolved, query: DeadlineQuery, w: DeadlineWords): Deadline {
  const { rule, start, counted, dependsOn } = resolved;
  const sendBy = sendByOf(rule, counted, start, query);
  return {
    id: rule.id,
    who: rule.who,
    action: w.ruleAction(rule.action),
    due: counted.due,
    sendBy: sendBy.sendBy,
    countedFrom: w.countedFrom(
      rule.countsFrom,
      query,
      rule.limit.unit === 'hours' && start.includes('T')
        ? start.replace('T', ' ').slice(0, 16)
        : localDay(start, query.timeZone),
    ),
    limit: w.limit(rule.limit),
    citation: rule.citation,
    confidence: rule.confidence,
    verify: rule.confidence === 'low',
    note: notesOf(
      rule,
      w,
      counted.timeUnknown ? w.timeUnknown(counted.timeUnknown) : null,
      sendBy.tooShortForMail ? w.tooShortForMail : null,
      dependsOn ? w.dependsOn(dependsOn, rule.who === 'patient' ? 'earliest' : 'latest') : null,
      stateNote(rule, query, w.state),
    ),
    source: rule.source,
  };
}

/**
 * Only the dates, without words: what the case list's "next deadline" needs on every write of a
 * case, for as many cases as there are.
 */
export function dueDates(
  query: DeadlineQuery,
  rules: readonly DeadlineRule[] = allDeadlineRules,
): { readonly id: DeadlineId; readonly who: Actor; readonly due: string }[] {
  const dates = [];
  for (const options of planFor(query, rules, 'en').options) {
    const resolved = resolve(candidatesOf(options), query);
    if (resolved)
      dates.push({ id: resolved.rule.id, who: resolved.rule.who, due: resolved.counted.due });
  }
  return dates;
}

/** The notice that comes next if the answer at this level is no. */
function nextNotice(query: DeadlineQuery): (NoticeStage & NextNotice) | null {
  switch (query.notice) {
    case 'initial-denial':
      return query.program === 'medicare-advantage' ? 'ire-decision' : 'final-internal-denial';
    case 'ire-decision':
      return 'alj-decision';
    case 'alj-decision':
      return 'council-decision';
    case 'final-internal-denial':
    case 'council-decision':
      return null;
  }
}

/** What the person will have to do after the next "no", so they see the road ahead. */
/**
 * What the facts of a notice decide, remembered per table: the rows that fit and the steps after
 * the next "no". Cases with the same facts (program, notice, state, funding, network, urgency,
 * notice-date era) share them; only the counting is done per case.
 */
interface Plan {
  readonly options: readonly RuleOptions[];
  readonly nextSteps: readonly LaterDeadline[];
}
const planMemo = new WeakMap<readonly DeadlineRule[], Map<string, Plan>>();

function planFor(query: DeadlineQuery, rules: readonly DeadlineRule[], lang: Lang): Plan {
  let memo = planMemo.get(rules);
  if (!memo) planMemo.set(rules, (memo = new Map<string, Plan>()));
  // The next steps are worded, so each language remembers its own.
  const key = lang === 'en' ? factsKey(rules, query) : `${lang}|${factsKey(rules, query)}`;
  let plan = memo.get(key);
  if (!plan) {
    plan = {
      options: applicableRules(rules, query),
      nextSteps: findNextSteps(query, rules, deadlineWords[lang]),
    };
    memo.set(key, plan);
  }
  return plan;
}

function findNextSteps(
  query: DeadlineQuery,
  rules: readonly DeadlineRule[],
  w: DeadlineWords,
): LaterDeadline[] {
  const notice = nextNotice(query);
  if (!notice) return [];
  return (
    applicableRules(rules, { ...query, notice, receivedDate: null })
      .map((options) => options.certain ?? options.possible[0]!.rule)
      // Only the steps the next notice itself starts; the rest wait for later events.
      .filter(
        (rule) =>
          rule.who === 'patient' &&
          (rule.countsFrom === 'notice-received' || rule.countsFrom === 'notice-date'),
      )
      .map((rule) => ({
        id: rule.id,
        who: rule.who,
        action: w.ruleAction(rule.action),
        limit: w.limit(rule.limit),
        startsWhen: w.nextNoticeWhen(notice),
        citation: rule.citation,
        confidence: rule.confidence,
        note: rule.note ? w.ruleNote(rule.note) : null,
      }))
  );
}

const sortKey = (d: Deadline) => (d.due.includes('T') ? d.due.slice(0, 19) : `${d.due}T24:00:00`);

/**
 * Every deadline that follows from a notice, soonest first, and the steps that come later, worded
 * in `lang` (citations stay as written).
 */
export function computeDeadlines(
  query: DeadlineQuery,
  rules: readonly DeadlineRule[] = allDeadlineRules,
  lang: Lang = 'en',
): DeadlineSchedule {
  const w = deadlineWords[lang];
  const deadlines: Deadline[] = [];
  const later: LaterDeadline[] = [];
  const plan = planFor(query, rules, lang);
  for (const options of plan.options) {
    const candidates = candidatesOf(options);
    const resolved = resolve(candidates, query);
    if (resolved) deadlines.push(toDeadline(resolved, query, w));
    else later.push(toLater(candidates, w));
  }
  deadlines.sort(
    (a, b) =>
      compareText(sortKey(a), sortKey(b)) ||
      Number(b.who === 'patient') - Number(a.who === 'patient'),
  );
  later.push(...plan.nextSteps);
  return { deadlines, later, timeZone: query.timeZone };
}
