import type { CaseLetterKind, LetterTemplate } from './letter.js';
import { planLetterTemplates } from './templates/plan-letter-templates.js';
import { supportLetterTemplates } from './templates/support-letter-templates.js';

/**
 * Every kind of letter an appeal case writes, by kind: the letters to the plan, and those that
 * support the fight. (A second-opinion case writes its letters in src/opinions/.)
 */
export const letterTemplates = {
  ...planLetterTemplates,
  ...supportLetterTemplates,
} as const satisfies Record<CaseLetterKind, LetterTemplate>;
