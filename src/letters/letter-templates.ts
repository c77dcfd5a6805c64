import type { LetterKind, LetterTemplate } from './letter.js';
import { planLetterTemplates } from './templates/plan-letter-templates.js';
import { supportLetterTemplates } from './templates/support-letter-templates.js';

/** Every kind of letter, by kind: the letters to the plan, and those that support the fight. */
export const letterTemplates = {
  ...planLetterTemplates,
  ...supportLetterTemplates,
} as const satisfies Record<LetterKind, LetterTemplate>;
