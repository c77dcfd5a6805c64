/**
 * How hard a text is to read, by the classic formulas: Flesch–Kincaid grade level for English and
 * Fernández-Huerta ease for Spanish. We use them to keep what patients read (the guidance that
 * comes with each letter) at about an 8th-grade level. They are rough measures: they count only
 * word length and sentence length, so a low grade is necessary for plain language, not sufficient.
 *
 * Pure functions, no dictionary: syllables are counted by a heuristic (below) that is within a
 * syllable or so of a dictionary for most English and Spanish words — close enough for a grade.
 */

export interface TextCounts {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

/**
 * Words are runs of letters (apostrophes and hyphens inside a word keep it whole) or of digits
 * ("2026", "$1,240.00", "164.524" count as one word). Letters are Unicode letters, so Spanish and
 * any name in another script count as words.
 */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|[\d][\d.,:/-]*/gu) ?? [];
}

/**
 * Sentences end at `.`, `!`, `?` (or `…`) followed by a space or the end, and at a line break.
 * A dot inside a number or a citation ("164.524", "2560.503-1") does not end one. Text with words
 * but no end mark is one sentence.
 */
function sentencesOf(text: string): number {
  const count = text
    .split(/(?<=[.!?…])["'”’)\]]*\s+|\n+/u)
    .filter((part) => wordsOf(part).length > 0).length;
  return Math.max(count, wordsOf(text).length > 0 ? 1 : 0);
}

/**
 * English syllables, by a heuristic: count groups of vowels (a e i o u y), then
 * - drop a silent final "e" ("make", "phone"), but not in "-le" after a consonant ("simple"),
 *   and not when it is the only vowel ("the", "be");
 * - drop the "e" of a final "-es"/"-ed" when it is not heard ("makes", "asked"), keeping it after
 *   the sounds that need it ("boxes", "wanted", "needed");
 * - at least one syllable per word. A number counts as one syllable per digit group, capped at 3,
 *   since "2026" is read "twenty twenty-six" but grade formulas should not punish dates much.
 */
export function englishSyllables(word: string): number {
  if (/^\d/.test(word)) return Math.min(3, word.split(/[.,:/-]/).filter(Boolean).length);
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  if (/[^aeiouy]le$/.test(w)) {
    w = w.slice(0, -2) + 'ul'; // "simple" → one more vowel group for the "-le"
  } else if (/[^aeiouy]es$/.test(w) && !/(s|x|z|ch|sh|ce|ge|se|ze)es$/.test(w)) {
    w = w.slice(0, -2); // "makes" → "mak"
  } else if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w)) {
    w = w.slice(0, -2); // "asked" → "ask"
  } else if (/[^aeiouy]e$/.test(w)) {
    w = w.slice(0, -1); // "make" → "mak"
  }
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  // "-ia", "-io" are often two ("media", "radio"), but not in "-tion", "-sion", "-cial", "-gion".
  const hiatus = w.match(/[^aeioucgstx]i[ao]/g)?.length ?? 0;
  return Math.max(1, groups + hiatus);
}

/**
 * Spanish syllables, by the vowel rules of Spanish spelling: each vowel nucleus is one syllable; a
 * weak vowel (i, u, ü, and y at the end of a word) next to another vowel forms a diphthong with it
 * ("bien", "cuidado", "hoy"), unless it carries an accent ("día", "país"); two strong vowels
 * (a, e, o, and accented ones) are in hiatus ("leer", "teatro"). A silent u in "que/qui/gue/gui"
 * falls inside a diphthong and so counts no extra syllable. At least one per word.
 */
export function spanishSyllables(word: string): number {
  if (/^\d/.test(word)) return Math.min(3, word.split(/[.,:/-]/).filter(Boolean).length);
  const w = word.toLowerCase().replace(/y$/, 'i');
  const isVowel = (c: string) => /[aeiouáéíóúü]/.test(c);
  const isWeak = (c: string) => /[iuü]/.test(c);
  let count = 0;
  let previous = '';
  for (const c of w) {
    if (!isVowel(c)) {
      previous = '';
      continue;
    }
    const joins = previous !== '' && (isWeak(c) || isWeak(previous)) && !(previous === c);
    if (!joins) count += 1;
    previous = c;
  }
  return Math.max(1, count);
}

export function countText(text: string, syllables: (word: string) => number): TextCounts {
  const words = wordsOf(text);
  return {
    words: words.length,
    sentences: sentencesOf(text),
    syllables: words.reduce((sum, word) => sum + syllables(word), 0),
  };
}

/**
 * Flesch–Kincaid grade level (Kincaid et al., 1975):
 * 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
 * About the US school grade needed to follow the text; 0 for an empty text.
 */
export function fleschKincaidGrade(text: string): number {
  const { words, sentences, syllables } = countText(text, englishSyllables);
  if (words === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * Fernández-Huerta reading ease for Spanish (1959), in its corrected form (Law, 2011):
 * 206.84 − 60 × (syllables ÷ words) − 1.02 × (words ÷ sentences).
 * Higher is easier: 90–100 very easy (4th grade), 80–90 easy (5th), 70–80 fairly easy (6th),
 * 60–70 standard (7th–8th), 50–60 fairly difficult (high school), below 50 difficult.
 * An empty text scores 100.
 */
export function fernandezHuertaEase(text: string): number {
  const { words, sentences, syllables } = countText(text, spanishSyllables);
  if (words === 0) return 100;
  return 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences);
}
