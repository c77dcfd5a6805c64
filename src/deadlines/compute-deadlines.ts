import { addDays, compareText } from '../common/dates.js';
import { addBusinessDays, addCalendarMonths, nextBusinessDay } from './date-counting.js';
import type { Deadline, DeadlineSchedule, LaterDeadline } from './deadline.js';
import { datePart, type DeadlineQuery } from './deadline-query.js';
import type { DeadlineId, DeadlineRule, Limit, StartEvent } from './deadline-rule.js';
import type { Actor, NoticeStage } from './deadline-terms.js';
import { federalDeadlineRules } from './federal-deadline-rules.js';
import { applicableRules, factsKey, type RuleOptions, type Unknown } from './rule-matching.js';
import { stateDeadlineRules } from './state-deadline-rules.js';
import { stateNote } from './state-notes.js';
import {
  countedFromWords,
  dependsOnWords,
  limitWords,
  startsWhenWords,
  tooShortForMailWords,
  verifyWords,
} from './deadline-wording.js';
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
  readonly note: string | null;
}

/** The person's own date of a start: a moment written with an offset is read in their zone. */
function localDay(start: string, timeZone: string): string {
  return /T.*(Z|[+-]\d{2}:\d{2})$/.test(start)
    ? dateInZone(Date.parse(start), timeZone)
    : datePart(start);
}

function count(limit: Limit, start: string, rule: DeadlineRule, timeZone: string): Counted {
  const day = localDay(start, timeZone);
  const dated = (due: string): Counted => ({ due, key: `${due}T24:00:00`, note: null });
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
        return { due, key: due.slice(0, 19), note: null };
      }
      // Only the day is known: count from its start for the person, from its end for the plan.
      const patient = rule.who === 'patient';
      const due = addHours(`${patient ? day : addDays(day, 1)}T00:00`, limit.count, timeZone);
      const note = patient
        ? 'The time is not known, so this counts from the start of that day.'
        : 'The time is not known, so this counts from the end of that day: after this, the plan is surely late.';
      return { due, key: due.slice(0, 19), note };
    }
  }
}

function sendByOf(rule: DeadlineRule, counted: Counted, start: string, query: DeadlineQuery) {
  if (rule.who !== 'patient' || rule.limit.unit === 'hours') return { sendBy: null, note: null };
  const earliest = localDay(start, query.timeZone);
  const ideal = addDays(counted.due, -query.sendByDays);
  // Post on the day the notice is dated and it still arrives days later: that is too late too.
  if (ideal > earliest) return { sendBy: ideal, note: null };
  return { sendBy: earliest, note: query.sendByDays > 0 ? tooShortForMailWords : null };
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

function notesOf(rule: DeadlineRule, ...more: (string | null)[]): string | null {
  return (
    [rule.note ?? null, ...more, rule.confidence === 'low' ? verifyWords : null]
      .filter(Boolean)
      .join(' ') || null
  );
}

function toLater(candidates: readonly Candidate[]): LaterDeadline {
  const first = candidates[0]!.rule;
  const limits = [...new Set(candidates.map((c) => limitWords(c.rule.limit)))];
  return {
    id: first.id,
    who: first.who,
    action: first.action,
    limit: limits.join(' or '),
    startsWhen: startsWhenWords(first.countsFrom),
    citation: first.citation,
    confidence: first.confidence,
    note: notesOf(first),
  };
}

function toDeadline(resolved: Resolved, query: DeadlineQuery): Deadline {
  const { rule, start, counted, dependsOn } = resolved;
  const sendBy = sendByOf(rule, counted, start, query);
  return {
    id: rule.id,
    who: rule.who,
    action: rule.action,
    due: counted.due,
    sendBy: sendBy.sendBy,
    countedFrom: countedFromWords(
      rule.countsFrom,
      query,
      rule.limit.unit === 'hours' && start.includes('T')
        ? start.replace('T', ' ').slice(0, 16)
        : localDay(start, query.timeZone),
    ),
    limit: limitWords(rule.limit),
    citation: rule.citation,
    confidence: rule.confidence,
    verify: rule.confidence === 'low',
    note: notesOf(
      rule,
      counted.note,
      sendBy.note,
      dependsOn ? dependsOnWords(dependsOn, rule.who === 'patient' ? 'earliest' : 'latest') : null,
      stateNote(rule, query),
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
  for (const options of planFor(query, rules).options) {
    const resolved = resolve(candidatesOf(options), query);
    if (resolved)
      dates.push({ id: resolved.rule.id, who: resolved.rule.who, due: resolved.counted.due });
  }
  return dates;
}

/** The notice that comes next if the answer at this level is no. */
function nextNotice(query: DeadlineQuery): { notice: NoticeStage; when: string } | null {
  switch (query.notice) {
    case 'initial-denial':
      return query.program === 'medicare-advantage'
        ? {
            notice: 'ire-decision',
            when: 'the Independent Review Entity’s decision, if it says no',
          }
        : {
            notice: 'final-internal-denial',
            when: 'the plan’s final answer to your appeal, if it says no',
          };
    case 'ire-decision':
      return { notice: 'alj-decision', when: 'the judge’s decision, if it says no' };
    case 'alj-decision':
      return { notice: 'council-decision', when: 'the Council’s decision, if it says no' };
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

function planFor(query: DeadlineQuery, rules: readonly DeadlineRule[]): Plan {
  let memo = planMemo.get(rules);
  if (!memo) planMemo.set(rules, (memo = new Map<string, Plan>()));
  const key = factsKey(rules, query);
  let plan = memo.get(key);
  if (!plan) {
    plan = { options: applicableRules(rules, query), nextSteps: findNextSteps(query, rules) };
    memo.set(key, plan);
  }
  return plan;
}

function findNextSteps(query: DeadlineQuery, rules: readonly DeadlineRule[]): LaterDeadline[] {
  const next = nextNotice(query);
  if (!next) return [];
  return (
    applicableRules(rules, { ...query, notice: next.notice, receivedDate: null })
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
        action: rule.action,
        limit: limitWords(rule.limit),
        startsWhen: next.when,
        citation: rule.citation,
        confidence: rule.confidence,
        note: rule.note ?? null,
      }))
  );
}

const sortKey = (d: Deadline) => (d.due.includes('T') ? d.due.slice(0, 19) : `${d.due}T24:00:00`);

/** Every deadline that follows from a notice, soonest first, and the steps that come later. */
export function computeDeadlines(
  query: DeadlineQuery,
  rules: readonly DeadlineRule[] = allDeadlineRules,
): DeadlineSchedule {
  const deadlines: Deadline[] = [];
  const later: LaterDeadline[] = [];
  const plan = planFor(query, rules);
  for (const options of plan.options) {
    const candidates = candidatesOf(options);
    const resolved = resolve(candidates, query);
    if (resolved) deadlines.push(toDeadline(resolved, query));
    else later.push(toLater(candidates));
  }
  deadlines.sort(
    (a, b) =>
      compareText(sortKey(a), sortKey(b)) ||
      Number(b.who === 'patient') - Number(a.who === 'patient'),
  );
  later.push(...plan.nextSteps);
  return { deadlines, later, timeZone: query.timeZone };
}
