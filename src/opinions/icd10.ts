import type { LetterLang } from '../letters/letter.js';

/**
 * ICD-10-CM diagnosis codes as people type them. A code is a 3-character category (a letter, a
 * digit, a letter or digit: `C50`, `C4A`) and, after a dot, up to 4 more letters or digits for the
 * detail (`C50.911`). People often type it in lower case or leave the dot out, so both are read;
 * anything else is refused rather than guessed, because the comparison of opinions trusts the
 * category to tell whether two diagnoses are the same kind of condition.
 */

export interface Icd10 {
  /** Upper case, with its dot when there is a detail part: `C50.911`, `E11.9`, `C50`. */
  readonly code: string;
  /** The first 3 characters: the kind of condition (`C50`, breast cancer). */
  readonly category: string;
}

const icd10Pattern = /^([A-Z][0-9][A-Z0-9])\.?([A-Z0-9]{1,4})?$/;

/** Reads an ICD-10-CM code (`c50911` → `C50.911`); null when the text is not one. */
export function parseIcd10(input: string): Icd10 | null {
  const text = input.trim().toUpperCase();
  const match = icd10Pattern.exec(text);
  if (!match || text.endsWith('.')) return null;
  const [, category = '', detail] = match;
  return { code: detail ? `${category}.${detail}` : category, category };
}

/** The longest piece of a person's input quoted back in a message. */
const quotedLength = 40;

/** Why a code was refused, in plain words, with the way out (the code is optional). */
export function icd10Problem(input: string, lang: LetterLang): string {
  const chars = [...input.trim()];
  const quoted =
    chars.length > quotedLength ? `${chars.slice(0, quotedLength).join('')}…` : chars.join('');
  switch (lang) {
    case 'en':
      return `"${quoted}" is not an ICD-10 code. An ICD-10 code starts with a letter and two more characters, like C50.911 or M17.11. You can leave the code out.`;
    case 'es':
      return `"${quoted}" no es un código ICD-10. Un código ICD-10 empieza con una letra y dos caracteres más, como C50.911 o M17.11. Puede dejar el código en blanco.`;
    default:
      return lang satisfies never;
  }
}
