import type { LetterKind, LetterTemplate } from '../letter.js';
import { expeditedAppeal } from './expedited-appeal.js';
import { externalReviewRequest } from './external-review-request.js';
import { internalAppeal } from './internal-appeal.js';
import { secondLevelAppeal } from './second-level-appeal.js';

/**
 * The letters that make the appeal to the plan (and the step after it): the internal appeal, the
 * expedited appeal, the external review request and the second-level appeal. The full registry
 * (src/letters/letter-templates.ts) spreads these in, beside the supporting letters.
 */
export const planLetterTemplates = {
  'internal-appeal': internalAppeal,
  'expedited-appeal': expeditedAppeal,
  'external-review-request': externalReviewRequest,
  'second-level-appeal': secondLevelAppeal,
} as const satisfies Partial<Record<LetterKind, LetterTemplate>>;
