import { labelTable, type LabelKey } from './label-variants.js';
import { repairLabelWords } from './ocr-label-repair.js';

export type { LabelKey };

/**
 * "Label: value" pairs at the start of a line, whatever the separator: a colon, a `#`, dot
 * leaders, aligned columns, or (in PDF text layers) a single space. Labels are matched longest
 * first, so "Member name" never reads as "Member" and "Patient account" never as "Patient".
 */

export interface LabeledValue {
  readonly key: LabelKey;
  readonly label: string;
  readonly value: string;
  /** Offsets of `value` in the text. */
  readonly start: number;
  readonly end: number;
}

/** A label's words, each of which may take a possessive: "Member's ID", "Patient’s Name". */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, "(?:['’]s)?\\s+");
}

/** "claim number" also matches "Claim #", "Claim No." and "Claim Nbr". */
function variantsOf(label: string): string[] {
  if (!label.endsWith(' number')) return [escape(label)];
  const stem = escape(label.slice(0, -' number'.length));
  return [`${stem}\\s+number`, `${stem}\\s*#`, `${stem}\\s+no\\.?`, `${stem}\\s+nbr\\.?`];
}

const entries = (Object.entries(labelTable) as [LabelKey, readonly string[]][])
  .flatMap(([key, labels]) =>
    labels.flatMap((label) => variantsOf(label).map((source) => ({ key, source }))),
  )
  .sort((a, b) => b.source.length - a.source.length);

/** Every word of every label, for putting back labels that OCR misread. */
const labelWords: ReadonlySet<string> = new Set(
  Object.values(labelTable).flatMap((labels) =>
    labels.flatMap((label) => label.split(/[^a-z]+/).filter((w) => w.length >= 2)),
  ),
);

const keyBySource = new Map(entries.map((e) => [e.source, e.key]));

// A label may follow a bullet ("• Member ID") or a table's bar, and carry its abbreviation or a
// "#" ("Medical Record Number (MRN):", "Medicaid ID#:"); the separator is a colon (which OCR also
// reads as ";" or a lone "." or ","), dot leaders, a dash, or a table's "|".
const lineRe = new RegExp(
  `^[ \\t]*(?:[•·▪*|-][ \\t]*)?(${entries.map((e) => `(?:${e.source})`).join('|')})(?![\\w/])(?:[ \\t]*\\([A-Z]{2,5}\\))?#?[ \\t]*(?::|\\.{2,}|-(?=\\s)|\\|(?=\\s)|[;.,](?=\\s|$))?[ \\t]*`,
  'i',
);

/**
 * A member ID labeled with the plan's own name ("Oscar ID:", "Aetna Member ID:", "Health Net
 * Member ID:"): one to three capitalized words before "ID", then a colon. Not when those words
 * name some other party or number ("Provider ID", "Tax ID", "Rx BIN ID").
 */
const brandedIdRe =
  /^[ \t]*((?:[A-Z][\w&.'’-]*[ \t]+){1,3}(?:member[ \t]+)?ID(?:[ \t]*(?:#|number|no\.?))?)[ \t]*:[ \t]*/;
const notAMembersId =
  /\b(?:provider|tax|employer|payer|payee|claim|group|rx|bin|pcn|check|account|case|reference|request|appeal|npi|facility|pharmacy|prescriber|physician|vendor|transaction|document|tracking|user|login|email|patient account|authorization|auth)\b/i;

function brandedId(text: string): RegExpExecArray | null {
  const m = brandedIdRe.exec(text);
  return m?.[1] !== undefined && !notAMembersId.test(m[1]) ? m : null;
}

/**
 * A number label not in the table, read by its words: "Coverage Determination Request #",
 * "Grievance & Appeals Case #", "Member Medicaid #", "Case Reference #". Up to four words, then
 * "#", "number", "No." or "ID", then a colon. The words say whose number it is, the first kind
 * that fits winning; a number of someone else (the provider's, an earlier claim's) is ignored.
 */
const numberLabelRe =
  /^[ \t]*((?:[A-Za-z&][\w&/'’-]*[ \t]+){1,4}(?:#|number|no\.|nbr\.?|id))[ \t]*:[ \t]*/i;
const numberKinds: readonly (readonly [RegExp, LabelKey])[] = [
  [
    /\b(?:original|previous|prior claim|account|provider|tax|npi|check|phone|fax|payee|document)\b/i,
    'ignored',
  ],
  [/\b(?:appeals?|grievances?|reconsideration|redetermination|complaint)\b/i, 'appealNumber'],
  [/\bclaim\b/i, 'claimNumber'],
  [
    /\b(?:authori[sz]ation|request|case|reference|review|determination|tracking|certification)\b/i,
    'authorizationNumber',
  ],
  [
    /\b(?:member|subscriber|enrollee|medicaid|medicare|customer|recipient|beneficiary|benefits|insured|cardholder|participant|employee)\b/i,
    'memberId',
  ],
];

function numberLabelKey(label: string): LabelKey | null {
  return numberKinds.find(([words]) => words.test(label))?.[1] ?? null;
}

function numberLabel(text: string): RegExpExecArray | null {
  const m = numberLabelRe.exec(text);
  return m?.[1] !== undefined && numberLabelKey(m[1]) !== null ? m : null;
}

function keyOf(label: string): LabelKey {
  for (const entry of entries) {
    if (new RegExp(`^(?:${entry.source})$`, 'i').test(label))
      return keyBySource.get(entry.source) ?? 'ignored';
  }
  if (brandedId(`${label}:`) !== null) return 'memberId';
  return numberLabelKey(label) ?? 'ignored';
}

/** Lines ending like this continue on the next line ("Linden Park Rehab &"). */
const continues = /(?:&|\band|,|\bof|\bfor|-)$/i;

interface Segment {
  readonly text: string;
  readonly start: number;
}

/**
 * Columns of a line: runs of 3+ spaces (or a tab) separate them (aligned text, two-column PDF
 * layouts). A column of only punctuation, or one stray character, is a scan's speck or a
 * table's rule, never a value: it is dropped so that a label still finds the value beside it.
 */
function segmentsOf(line: string, offset: number): Segment[] {
  const segments: Segment[] = [];
  // A bar between spaces ("Member: Owen Kaczmarek  |  Member ID: 7001") parts columns too.
  for (const m of line.matchAll(/\|(?=\s|$)|\S+(?: {1,2}(?!\|(?:\s|$))\S+)*/g)) {
    if (/^(?:[^\p{L}\d]+|\p{L})$/u.test(m[0])) continue;
    segments.push({ text: m[0], start: offset + m.index });
  }
  return segments;
}

const inlineRe = new RegExp(`\\s(${entries.map((e) => `(?:${e.source})`).join('|')}):\\s`, 'i');

const labelOnlyRe = new RegExp(
  `^(?:${entries.map((e) => `(?:${e.source})`).join('|')})[ \\t]*[:;#.,]*$`,
  'i',
);

/**
 * The value printed under a "Label:" that ends its line, as scans and narrow forms do
 * ("Member ID:" / "XKH482913"): the first column of the next non-blank line, within two lines,
 * unless that line is itself a label or a sentence.
 */
function valueBelow(
  lines: readonly string[],
  index: number,
  nextOffset: number,
): { value: string; start: number; end: number } | null {
  let offset = nextOffset;
  for (let k = index + 1; k <= index + 2 && k < lines.length; k += 1) {
    const line = lines[k] ?? '';
    const first = segmentsOf(line, offset)[0];
    offset += line.length + 1;
    if (first === undefined) continue;
    // A label, or a sentence, is not a value.
    if (lineRe.test(first.text) || /[.!?:]$/.test(first.text) || first.text.split(' ').length > 6)
      return null;
    return { value: first.text, start: first.start, end: first.start + first.text.length };
  }
  return null;
}

/**
 * A segment that starts with a label. In OCR text the label's words are repaired first, so that
 * "Member 1D: X" reads as "Member ID", not as "Member" with the value "1D: X".
 */
function labelAt(segment: Segment, ocr: boolean): { match: RegExpExecArray; text: string } | null {
  const repaired = ocr ? repairLabelWords(segment.text, labelWords) : segment.text;
  const fixed = repaired === segment.text ? null : lineRe.exec(repaired);
  if (fixed !== null) return { match: fixed, text: repaired };
  const known = lineRe.exec(segment.text);
  // "Member Medicaid #:" is one label, not "Member" with the value "Medicaid #: …".
  const numbered = numberLabel(segment.text);
  const match =
    numbered !== null && (known === null || numbered[0].length > known[0].length)
      ? numbered
      : (known ?? brandedId(segment.text));
  return match === null ? null : { match, text: segment.text };
}

/**
 * Every labeled value in `text`, in reading order. `ocr`: the text was read from an image, so
 * labels whose words OCR misread are tried again after a repair of those words only.
 */
export function findLabeledValues(text: string, { ocr = false } = {}): LabeledValue[] {
  const found: LabeledValue[] = [];
  const lines = text.split(/[\n\f]/);
  let offset = 0;
  lines.forEach((line, index) => {
    const segments = segmentsOf(line, offset);
    for (let i = 0; i < segments.length; i += 1) {
      const segment = segments[i];
      if (segment === undefined) continue;
      const at = labelAt(segment, ocr);
      const m = at?.match;
      if (at === null || m?.[1] === undefined) continue;
      const label = m[1];
      let value = at.text.slice(m[0].length).trim();
      let start = segment.start + m[0].length;
      let end = segment.start + at.text.length;
      const next = segments[i + 1];
      if (
        value === '' &&
        (labelOnlyRe.test(at.text) ||
          brandedId(at.text) !== null ||
          numberLabel(at.text) !== null) &&
        next !== undefined &&
        !lineRe.test(next.text)
      ) {
        value = next.text;
        start = next.start;
        end = next.start + next.text.length;
        i += 1;
      }
      if (value === '' && /[:;]$/.test(at.text) && i === segments.length - 1) {
        const below = valueBelow(lines, index, offset + line.length + 1);
        if (below !== null) ({ value, start, end } = below);
      }
      const following = lines[index + 1];
      const preceding = lines[index - 1];
      // PDF layouts centre a one-word label between the two lines of a wrapped value.
      if (
        value === '' &&
        segments.length === 1 &&
        preceding !== undefined &&
        following !== undefined &&
        preceding.trim() !== '' &&
        following.trim() !== '' &&
        !lineRe.test(preceding) &&
        !lineRe.test(following) &&
        !/[.:]$/.test(preceding.trim())
      ) {
        value = `${preceding.trim()} ${following.trim()}`;
        start = offset - preceding.length - 1;
        end = offset + line.length + 1 + following.length;
      } else if (
        i === segments.length - 1 &&
        continues.test(value) &&
        following !== undefined &&
        following.trim() !== '' &&
        !lineRe.test(following)
      ) {
        value = `${value} ${following.trim()}`;
        end = offset + line.length + 1 + following.length;
      }
      // Page footers run into values in some PDF text layers ("SM1995956-43Page 1 of 1").
      value = value.replace(/\s*Page \d+ of \d+.*$/i, '');
      // Two "Label: value" pairs on one line, single-spaced ("Date: 08/11/2026 Member number: 7480").
      const second = inlineRe.exec(value);
      // Not inside prose: "Your share for this claim: $0.00" is one value, not two.
      const prose = second !== null && /\b[a-z]+$/.test(value.slice(0, second.index));
      if (second?.[1] !== undefined && second.index > 0 && !prose) {
        const secondStart = start + second.index + second[0].length;
        const secondValue = value.slice(second.index + second[0].length).trim();
        value = value.slice(0, second.index).trim();
        if (secondValue !== '') {
          found.push({ key: keyOf(label), label, value, start, end: start + value.length });
          found.push({
            key: keyOf(second[1]),
            label: second[1],
            value: secondValue,
            start: secondStart,
            end,
          });
          continue;
        }
      }
      if (value !== '') found.push({ key: keyOf(label), label, value, start, end });
    }
    offset += line.length + 1;
  });
  return found;
}

/** The first value under any of `keys` (in the order given) that `accept` turns into a result. */
export function firstLabeled<T>(
  values: readonly LabeledValue[],
  keys: readonly LabelKey[],
  accept: (value: string) => T | null,
): { readonly result: T; readonly at: LabeledValue } | null {
  for (const key of keys) {
    for (const at of values) {
      if (at.key !== key) continue;
      const result = accept(at.value);
      if (result !== null) return { result, at };
    }
  }
  return null;
}
