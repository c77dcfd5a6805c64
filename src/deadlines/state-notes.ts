import type { DeadlineQuery } from './deadline-query.js';
import type { DeadlineRule } from './deadline-rule.js';
import { externalReviewProcessesVerifiedOn, reviewProcessOf } from './external-review-processes.js';
import { reviewProcessFor } from './rule-matching.js';
import { stateName } from './deadline-wording.js';

/**
 * What to say when a federal row stands in for a state: the federal floor is a minimum, and a
 * state may give more time (appeal-rules.md, preamble). Medicare Advantage is federal only.
 */
export function stateNote(rule: DeadlineRule, query: DeadlineQuery): string | null {
  if (rule.who !== 'patient' || rule.scope.state || query.program === 'medicare-advantage')
    return null;
  // ERISA governs self-funded plans; state insurance law does not reach them.
  if (query.program === 'employer-group' && query.funding === 'self-funded') return null;
  const medicaid = query.program === 'medicaid-managed-care';
  if (!query.state)
    return 'This is the federal minimum. Add your state to see its own rules, which may give you more time.';
  const name = stateName(query.state);
  if (rule.id === 'file-external-review' && !medicaid && !rule.scope.funding) {
    const byState = reviewProcessOf(query.state);
    if (reviewProcessFor(query) === 'federal' || byState.process === 'federal')
      return `${name} uses the federal external review process for insured plans (source dated ${byState.asOf}; ${byState.confidence} confidence; list checked ${externalReviewProcessesVerifiedOn}). Check with ${name}’s insurance department if unsure.`;
    const runs =
      byState.confidence === 'low'
        ? `${name} is not on any list of federal-process states Overturn has read, so it likely runs its own external review`
        : `${name} runs its own external review`;
    return `${runs}. A state process must allow at least 4 months and may allow more: check your notice or ${name}’s insurance department.`;
  }
  const whom = medicaid ? `${name}’s Medicaid agency` : `${name}’s insurance department`;
  return `This is the federal minimum. ${name} may give you more time: check your notice or ${whom}.`;
}
