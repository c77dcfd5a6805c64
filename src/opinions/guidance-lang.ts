import type { LetterLang } from '../letters/letter.js';

/**
 * A patient-facing text in both languages Overturn speaks. The second-opinion guidance keeps its
 * English and Spanish side by side in one table row, so a rule can never be changed in one language
 * and forgotten in the other.
 */
export type Bilingual = Readonly<Record<LetterLang, string>>;

/** Picks each text's words in one language, keeping the order. */
export function inLang(texts: readonly Bilingual[], lang: LetterLang): string[] {
  return texts.map((text) => text[lang]);
}
