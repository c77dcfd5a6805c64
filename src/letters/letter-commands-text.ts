import type { LetterGuidance } from './letter.js';
import type { StoredLetter } from './stored-letter.js';

/** What the terminal says after a letter is saved and written: where it went, and what to do next. */
export function savedLetterText(
  letter: StoredLetter,
  written: string,
  guidance: LetterGuidance,
  extra: readonly string[] = [],
): string {
  return [
    `Saved ${letter.document.title} (version ${letter.version}) and wrote ${written}.`,
    ...extra,
    '',
    'What to do next:',
    ...guidance.steps.map((step, index) => `  ${index + 1}. ${step}`),
    '',
    guidance.notLegalAdvice,
  ].join('\n');
}
