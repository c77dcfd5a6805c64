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
  const unknowns: Unknown[] = [];
  const check = <T>(
    wanted: T | undefined,
    actual: T | null,
    unknown: Unknown,
    anyOf?: readonly T[],
  ) => {
    if (wanted === undefined && !anyOf) return true;
    if (actual === null) {
      unknowns.push(unknown);
      return true;
    }
    return anyOf ? anyOf.includes(actual) : wanted === actual;
  };
  const networkType = query.networkType === 'other' ? null : query.networkType;
  const fits =
    check(scope.funding, fundingOf(query), 'funding') &&
    check(undefined, query.urgency, 'urgency', scope.urgency) &&
    check(undefined, networkType, 'networkType', scope.networkTypes) &&
    check(scope.reviewProcess, reviewProcessFor(query), query.state ? 'funding' : 'state');
  if (!fits) return no;
  return { fits: unknowns.length ? 'maybe' : 'yes', unknowns: [...new Set(unknowns)] };
}

/** How narrowly a row is drawn: a state row outranks the federal floor. */
function specificity(scope: RuleScope): number {
  return [
    scope.state,
    scope.funding,
    scope.urgency,
    scope.networkTypes,
    scope.reviewProcess,
    scope.noticeDatedFrom ?? scope.noticeDatedBefore,
  ].filter((v) => v !== undefined).length;
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
): RuleOptions[] {
  const byId = new Map<DeadlineId, { rule: DeadlineRule; match: Match }[]>();
  for (const rule of rules) {
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
