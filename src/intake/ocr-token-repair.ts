/**
 * OCR reads a digit as the letter of the same shape (0→O, 1→I or l, 5→S, 8→B, 2→Z) and a
 * hyphen as a colon. Inside a word that is mostly digits — an ID, a claim number, a code, a
 * date — only one reading makes sense, so it is put back there; names and prose, which are
 * letters, are never touched. A letter prefix ("CRHB79426142") is kept as printed: a letter
 * there may be real. Every repair keeps the text's length, so offsets into the page stay true.
 */

const digitFor: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  I: '1',
  l: '1',
  '|': '1',
  S: '5',
  B: '8',
  Z: '2',
};
const confusable = /[OoIl|SBZ]/;

/**
 * A number that OCR sprinkled with letters: every other character is a digit or a separator
 * ("6834-O592-7391", "O3/14/2026"). A first letter is kept when no separator follows it closely,
 * since "B12345" is a common shape for a real ID.
 */
function repairNumber(token: string): string | null {
  const letters = token.replace(/[\d/-]/g, '');
  if (letters === '' || letters.length > 2 || !/^[OoIl|SBZ]+$/.test(letters)) return null;
  if (token.replace(/\D/g, '').length < 4) return null;
  if (confusable.test(token.charAt(0)) && !/^.\d?[/-]/.test(token)) return null;
  return [...token].map((c) => digitFor[c] ?? c).join('');
}

/**
 * A letter between two digits (or a digit and a date's slash: "03/1l/2026") of a word that has
 * at least four digits is a digit.
 */
function repairDigitRun(token: string): string {
  const number = repairNumber(token);
  if (number !== null) return number;
  const digits = token.replace(/\D/g, '').length;
  if (digits < 4) return token;
  const chars = [...token];
  let repaired = 0;
  for (let i = 1; i < chars.length - 1; i += 1) {
    const c = chars[i] ?? '';
    if (!confusable.test(c)) continue;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (/[\d/]/.test(before) && /[\d/]/.test(after) && /\d/.test(before + after)) {
      chars[i] = digitFor[c] ?? c;
      repaired += 1;
    }
  }
  // More than two would mean a word, not a misread number.
  return repaired > 0 && repaired <= 2 ? chars.join('') : token;
}

/** "APL-25:147905": in a hyphenated ID a colon or semicolon before more digits is a hyphen. */
function repairIdSeparators(text: string): string {
  return text.replace(/(?<=\b[A-Z0-9]+-[A-Z0-9]+)[:;](?=[A-Z0-9]*\d{3})/g, '-');
}

/** OCR text with digits put back inside number-like words; same length as `text`. */
export function repairOcrTokens(text: string): string {
  return repairIdSeparators(text).replace(/[A-Za-z0-9|/-]*\d[A-Za-z0-9|/-]*/g, repairDigitRun);
}
