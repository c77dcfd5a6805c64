import type { DeadlineQuery } from './deadline-query.js';
import type { DeadlineRule } from './deadline-rule.js';
import { externalReviewProcessesVerifiedOn, reviewProcessOf } from './external-review-processes.js';
import { reviewProcessFor } from './rule-matching.js';
import { englishDeadlineWords, stateName, type StateNoteWords } from './deadline-wording.js';

/**
 * What to say when a federal row stands in for a state: the federal floor is a minimum, and a
 * state may give more time (appeal-rules.md, preamble). Medicare Advantage is federal only.
 */
export function stateNote(
  rule: DeadlineRule,
  query: DeadlineQuery,
  words: StateNoteWords = englishDeadlineWords.state,
): string | null {
  if (rule.who !== 'patient' || rule.scope.state || query.program === 'medicare-advantage')
    return null;
  // ERISA governs self-funded plans; state insurance law does not reach them.
  if (query.program === 'employer-group' && query.funding === 'self-funded') return null;
  const medicaid = query.program === 'medicaid-managed-care';
  if (!query.state) return words.noState;
  const name = stateName(query.state);
  if (rule.id === 'file-external-review' && !medicaid && !rule.scope.funding) {
    const byState = reviewProcessOf(query.state);
    if (reviewProcessFor(query) === 'federal' || byState.process === 'federal')
      return words.federalProcess(name, {
        asOf: byState.asOf,
        confidence: byState.confidence,
        checked: externalReviewProcessesVerifiedOn,
      });
    return words.ownProcess(name, byState.confidence === 'low');
  }
  return words.mayGiveMore(name, medicaid);
}
