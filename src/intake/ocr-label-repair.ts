/**
 * OCR misreads the words of a form's labels the way it misreads any word ("Meriiber" for
 * "Member", "Sefvice" for "Service", "1D" for "ID"), and then the label is not found at all.
 * Only a label's own words are put back here, never its value: a label's vocabulary is small and
 * known, while a value (a name, an ID) could be anything, so a "repair" there would be a guess.
 * Repairs keep the text's length (padding with spaces), so offsets into the page stay true.
 */

/** Letter shapes OCR confuses, applied before comparing a word with the vocabulary. */
const confusions: readonly (readonly [RegExp, string])[] = [
  [/rn|rii|iii|nn(?=b)/g, 'm'],
  [/vv/g, 'w'],
  [/[1l|!]/g, 'i'],
  [/0/g, 'o'],
  [/5/g, 's'],
  [/8/g, 'b'],
];

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The vocabulary word `word` was most likely printed as, or `null` when none is close enough. */
export function repairLabelWord(word: string, vocabulary: ReadonlySet<string>): string | null {
  const lower = word.toLowerCase();
  if (vocabulary.has(lower) || !/^[\p{L}\d|!]+$/u.test(word)) return null;
  let mapped = lower;
  for (const [pattern, letter] of confusions) mapped = mapped.replace(pattern, letter);
  if (vocabulary.has(mapped)) return mapped;
  // One more slip is allowed only in a long word: "Sefvice", not "Dale" for "date".
  if (mapped.length < 5) return null;
  for (const known of vocabulary) {
    if (known.length >= 5 && withinOneEdit(mapped, known)) return known;
  }
  return null;
}

/**
 * `segment` with the words before its separator (where a label stands) put back to the
 * vocabulary's spelling, padded to their original length; the same text when nothing needed
 * repair. Words after a colon or a wide gap are the value, and stay as printed.
 */
export function repairLabelWords(
  segment: string,
  vocabulary: ReadonlySet<string>,
  { words = 4 } = {},
): string {
  const head = /^[^:;#]*?(?=[:;#]|\s{2,}|$)/.exec(segment)?.[0] ?? '';
  let seen = 0;
  const repaired = head.replace(/[^\s.,]+/g, (word: string) => {
    seen += 1;
    if (seen > words) return word;
    const known = repairLabelWord(word, vocabulary);
    if (known === null || known.length > word.length) return word;
    const shaped =
      known === 'id'
        ? 'ID'
        : /^\p{Lu}/u.test(word)
          ? `${known.charAt(0).toUpperCase()}${known.slice(1)}`
          : known;
    return shaped.padEnd(word.length, ' ');
  });
  return repaired + segment.slice(head.length);
}
