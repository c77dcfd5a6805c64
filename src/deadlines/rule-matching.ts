import type { DeadlineQuery } from './deadline-query.js';
import type { DeadlineId, DeadlineRule, ReviewProcess, RuleScope } from './deadline-rule.js';
import { reviewProcessOf } from './external-review-processes.js';

/**
 * Which rows of the rule tables apply to a query. A fact the person has not given (funding,
 * urgency, network type) makes a row "maybe": the engine then works out every possible date and
 * shows the safe one, saying what it depends on.
 */

export type Unknown = 'funding' | 'urgency' | 'networkType' | 'state';
type Match = { readonly fits: 'yes' | 'maybe' | 'no'; readonly unknowns: readonly Unknown[] };

const no: Match = { fits: 'no', unknowns: [] };
const yes: Match = { fits: 'yes', unknowns: [] };

/** Every individual-market plan is insured; funding matters only for job-based plans. */
function fundingOf(query: DeadlineQuery) {
  return query.program === 'individual-market' ? 'fully-insured' : query.funding;
}

/**
 * Self-funded job-based plans use the federal process in every state (appeal-rules.md §2c);
 * insured plans use their state's process, or the federal one where the state has none.
 */
export function reviewProcessFor(query: DeadlineQuery): ReviewProcess | null {
  const funding = fundingOf(query);
  if (funding === 'self-funded') return 'federal';
  if (!query.state) return null;
  const byState = reviewProcessOf(query.state).process;
  if (byState === 'federal') return 'federal';
  return funding === 'fully-insured' ? 'state' : null;
}

export function matchScope(scope: RuleScope, query: DeadlineQuery): Match {
  if (scope.program !== query.program || scope.notice !== query.notice) return no;
  if (scope.noticeDatedFrom && query.noticeDate < scope.noticeDatedFrom) return no;
  if (scope.noticeDatedBefore && query.noticeDate >= scope.noticeDatedBefore) return no;
  // State rows add to the federal floor; without a state, the floor and an "add your state" note.
  if (scope.state && scope.state !== query.state) return no;
  // Written out rather than looped: this runs for every row and every case (100,000 in bench/).
  let unknowns: Unknown[] | null = null;
  const unknown = (fact: Unknown) => {
    if (!unknowns) unknowns = [fact];
    else if (!unknowns.includes(fact)) unknowns.push(fact);
  };
  if (scope.funding) {
    const funding = fundingOf(query);
    if (funding === null) unknown('funding');
    else if (funding !== scope.funding) return no;
  }
  if (scope.urgency) {
    if (query.urgency === null) unknown('urgency');
    else if (!scope.urgency.includes(query.urgency)) return no;
  }
  if (scope.networkTypes) {
    const networkType = query.networkType === 'other' ? null : query.networkType;
    if (networkType === null) unknown('networkType');
    else if (!scope.networkTypes.includes(networkType)) return no;
  }
  if (scope.reviewProcess) {
    const process = reviewProcessFor(query);
    if (process === null) unknown(query.state ? 'funding' : 'state');
    else if (process !== scope.reviewProcess) return no;
  }
  return unknowns ? { fits: 'maybe', unknowns } : yes;
}

/** How narrowly a row is drawn: a state row outranks the federal floor. */
const specificityCache = new WeakMap<RuleScope, number>();
function specificity(scope: RuleScope): number {
  let value = specificityCache.get(scope);
  if (value === undefined) {
    value = countSet(scope);
    specificityCache.set(scope, value);
  }
  return value;
}

function countSet(scope: RuleScope): number {
  return [
    scope.state,
    scope.funding,
    scope.urgency,
    scope.networkTypes,
    scope.reviewProcess,
    scope.noticeDatedFrom ?? scope.noticeDatedBefore,
  ].filter((v) => v !== undefined).length;
}

/** The tables indexed by program and notice, built once per table: a case looks at its rows only. */
const indexes = new WeakMap<readonly DeadlineRule[], Map<string, DeadlineRule[]>>();
function rowsFor(rules: readonly DeadlineRule[], query: DeadlineQuery): readonly DeadlineRule[] {
  let index = indexes.get(rules);
  if (!index) {
    index = new Map();
    for (const rule of rules) {
      const key = `${rule.scope.program}|${rule.scope.notice}`;
      const list = index.get(key) ?? [];
      list.push(rule);
      index.set(key, list);
    }
    indexes.set(rules, index);
  }
  return index.get(`${query.program}|${query.notice}`) ?? [];
}

export interface RuleOptions {
  readonly id: DeadlineId;
  /** The rule that surely applies, if one does. */
  readonly certain: DeadlineRule | null;
  /** Rules that apply only if an unknown fact turns out one way; with what they depend on. */
  readonly possible: readonly {
    readonly rule: DeadlineRule;
    readonly unknowns: readonly Unknown[];
  }[];
}

/**
 * For each deadline id, the most specific row that surely applies, and the more specific rows
 * that might apply instead. Ids keep the order of the tables.
 */
export function applicableRules(
  rules: readonly DeadlineRule[],
  query: DeadlineQuery,
): readonly RuleOptions[] {
  return matchRules(rules, query);
}

const boundaryMemo = new WeakMap<readonly DeadlineRule[], readonly string[]>();

/**
 * The facts that decide which rows fit: queries with the same key match the same rows, so the
 * engine can remember the answer (100,000 cases share a few thousand keys).
 */
export function factsKey(rules: readonly DeadlineRule[], query: DeadlineQuery): string {
  const { program, notice, state, funding, networkType, urgency, noticeDate } = query;
  return `${program}|${notice}|${state}|${funding}|${networkType}|${urgency}|${dateBucket(rules, noticeDate)}`;
}

/** Which of the tables' notice-date boundaries a date is past: dates in one bucket match alike. */
function dateBucket(rules: readonly DeadlineRule[], date: string): number {
  let boundaries = boundaryMemo.get(rules);
  if (!boundaries) {
    const dates = rules.flatMap((r) => [r.scope.noticeDatedFrom, r.scope.noticeDatedBefore]);
    boundaries = [...new Set(dates.filter((d) => d !== undefined))].sort();
    boundaryMemo.set(rules, boundaries);
  }
  let bucket = 0;
  for (const boundary of boundaries) if (boundary <= date) bucket++;
  return bucket;
}

function matchRules(rules: readonly DeadlineRule[], query: DeadlineQuery): RuleOptions[] {
  const byId = new Map<DeadlineId, { rule: DeadlineRule; match: Match }[]>();
  for (const rule of rowsFor(rules, query)) {
    const match = matchScope(rule.scope, query);
    if (match.fits === 'no') continue;
    const list = byId.get(rule.id) ?? [];
    list.push({ rule, match });
    byId.set(rule.id, list);
  }
  return [...byId].map(([id, candidates]) => {
    let certain: DeadlineRule | null = null;
    for (const { rule, match } of candidates)
      if (
        match.fits === 'yes' &&
        (!certain || specificity(rule.scope) > specificity(certain.scope))
      )
        certain = rule;
    const floor = certain ? specificity(certain.scope) : -1;
    const possible = candidates
      .filter(({ match, rule }) => match.fits === 'maybe' && specificity(rule.scope) > floor)
      .map(({ rule, match }) => ({ rule, unknowns: match.unknowns }));
    return { id, certain, possible };
  });
}
