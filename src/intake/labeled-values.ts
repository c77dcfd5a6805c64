import { labelTable, type LabelKey } from './label-variants.js';

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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
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

const keyBySource = new Map(entries.map((e) => [e.source, e.key]));

const lineRe = new RegExp(
  `^[ \\t]*(${entries.map((e) => `(?:${e.source})`).join('|')})(?![\\w/])[ \\t]*(?::|\\.{2,}|-(?=\\s))?[ \\t]*`,
  'i',
);

function keyOf(label: string): LabelKey {
  for (const entry of entries) {
    if (new RegExp(`^(?:${entry.source})$`, 'i').test(label))
      return keyBySource.get(entry.source) ?? 'ignored';
  }
  return 'ignored';
}

/** Lines ending like this continue on the next line ("Linden Park Rehab &"). */
const continues = /(?:&|\band|,|\bof|\bfor|-)$/i;

interface Segment {
  readonly text: string;
  readonly start: number;
}

/** Columns of a line: runs of 3+ spaces separate them (aligned text, two-column PDF layouts). */
function segmentsOf(line: string, offset: number): Segment[] {
  const segments: Segment[] = [];
  for (const m of line.matchAll(/\S(?:.*?\S)?(?=\s{3,}|\s*$)/g)) {
    segments.push({ text: m[0], start: offset + m.index });
  }
  return segments;
}

const inlineRe = new RegExp(`\\s(${entries.map((e) => `(?:${e.source})`).join('|')}):\\s`, 'i');

const labelOnlyRe = new RegExp(
  `^(?:${entries.map((e) => `(?:${e.source})`).join('|')})[ \\t]*[:#.]*$`,
  'i',
);

/** Every labeled value in `text`, in reading order. */
export function findLabeledValues(text: string): LabeledValue[] {
  const found: LabeledValue[] = [];
  const lines = text.split(/[\n\f]/);
  let offset = 0;
  lines.forEach((line, index) => {
    const segments = segmentsOf(line, offset);
    for (let i = 0; i < segments.length; i += 1) {
      const segment = segments[i];
      if (segment === undefined) continue;
      const m = lineRe.exec(segment.text);
      if (m?.[1] === undefined) continue;
      const label = m[1];
      let value = segment.text.slice(m[0].length).trim();
      let start = segment.start + m[0].length;
      let end = segment.start + segment.text.length;
      const next = segments[i + 1];
      if (
        value === '' &&
        labelOnlyRe.test(segment.text) &&
        next !== undefined &&
        !lineRe.test(next.text)
      ) {
        value = next.text;
        start = next.start;
        end = next.start + next.text.length;
        i += 1;
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
      if (second?.[1] !== undefined && second.index > 0) {
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
