import { caseTermLabels } from '../../../../src/cases/case-terms-es.js';
import { comparisonWords } from '../../../../src/opinions/comparison-words.js';
import {
  checkReasons,
  conditionKinds,
  coveragePrograms,
  questionKinds,
  referralStatuses,
  secondOpinionStatuses,
} from '../../../../src/opinions/second-opinion.js';

/**
 * The second-opinion lists' labels, by their stable ids, in English: the server's own words
 * (second-opinion.ts), so the two never drift. The Spanish twin is ../es/opinions-labels.ts.
 * Network types, goals, urgencies and ratings already have Spanish on the server
 * (case-terms-es.ts, comparison-words.ts) and come from there in both languages.
 */
const table = <K extends string>(
  labels: Readonly<Record<K, string>>,
): Readonly<Record<K, string>> => labels;

export const labels = {
  questionKinds: table(questionKinds),
  conditionKinds: table(conditionKinds),
  checkReasons: table(checkReasons),
  coveragePrograms: table(coveragePrograms),
  networkTypes: caseTermLabels('en').networkTypes,
  referralStatuses: table(referralStatuses),
  statuses: table(secondOpinionStatuses),
  /** How strongly the check suggests a second opinion (the server's `level`). */
  levels: {
    'strongly-recommended': 'Strongly recommended',
    recommended: 'Recommended',
    'your-choice': 'Your choice',
  },
  goals: comparisonWords.en.goals,
  urgencies: comparisonWords.en.urgencies,
  ratings: comparisonWords.en.ratings,
};
