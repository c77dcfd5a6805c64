import type { CorrectionMark } from './state-help.js';

/**
 * A person's own fix to one field of the shipped directory (a phone that changed, a moved page).
 * Corrections are kept apart from the shipped data and laid over it, newest last; removing one
 * (softly) brings back the value below it. They are marked in every answer, so nobody mistakes a
 * local fix for the directory's.
 */
export interface StateHelpCorrection {
  readonly id: string;
  readonly state: string;
  readonly key: CorrectionKey;
  readonly value: string;
  readonly note: string | null;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  readonly createdBy: string;
  readonly createdByName: string;
}

export type FieldKind = 'text' | 'phone' | 'url';

const contactFields = { name: 'text', phone: 'phone', url: 'url' } as const;

/** Each entry a person may correct, and the kind of each of its fields. */
export const correctableEntries = {
  insuranceDepartment: { ...contactFields, officePhone: 'phone', complaintUrl: 'url' },
  consumerAssistance: contactFields,
  ship: contactFields,
  medicaid: contactFields,
  'medicaid.ombudsman': contactFields,
  'medicaid.legalHelp': contactFields,
  'regulators.dmhc': { ...contactFields, complaintUrl: 'url' },
  'regulators.ebsa': { ...contactFields, complaintUrl: 'url' },
  externalReview: { infoUrl: 'url' },
} as const satisfies Record<string, Record<string, FieldKind>>;
export type CorrectableEntry = keyof typeof correctableEntries;

export const correctionKeys = Object.entries(correctableEntries).flatMap(([entry, fields]) =>
  Object.keys(fields).map((field) => `${entry}.${field}`),
) as [string, ...string[]];
export type CorrectionKey = string;

/** `medicaid.ombudsman.phone` → the entry and the field; null for a key that is not correctable. */
export function splitCorrectionKey(
  key: string,
): { entry: CorrectableEntry; field: string; kind: FieldKind } | null {
  const at = key.lastIndexOf('.');
  const entry = key.slice(0, at);
  const field = key.slice(at + 1);
  if (!(entry in correctableEntries)) return null;
  const fields: Record<string, FieldKind> = correctableEntries[entry as CorrectableEntry];
  const kind = fields[field];
  return kind ? { entry: entry as CorrectableEntry, field, kind } : null;
}

/** The words of a mark, in the answer's language: "Corrected locally on DATE by NAME." */
export type MarkWords = (on: string, by: string) => string;

const markOf = (
  c: StateHelpCorrection,
  field: string,
  shipped: string | null,
  wordsOf: MarkWords,
): CorrectionMark => {
  const on = c.createdAt.slice(0, 10);
  return {
    id: c.id,
    field,
    shipped,
    note: c.note,
    on,
    by: c.createdByName,
    words: wordsOf(on, c.createdByName),
  };
};

/**
 * The entry with the corrections of its fields laid over it (the newest correction of a field
 * wins) and each marked. `corrections` are the state's live corrections, oldest first.
 */
export function withCorrections<T extends { readonly corrections: readonly CorrectionMark[] }>(
  entry: CorrectableEntry,
  base: T,
  corrections: readonly StateHelpCorrection[],
  wordsOf: MarkWords,
): T {
  const newest = new Map<string, StateHelpCorrection>();
  for (const c of corrections) {
    const parts = splitCorrectionKey(c.key);
    if (parts?.entry === entry) newest.set(parts.field, c);
  }
  if (newest.size === 0) return base;
  const shipped = base as unknown as Record<string, string | null>;
  const values: Record<string, string> = {};
  const marks: CorrectionMark[] = [];
  for (const [field, c] of newest) {
    values[field] = c.value;
    marks.push(markOf(c, field, shipped[field] ?? null, wordsOf));
  }
  return { ...base, ...values, corrections: [...base.corrections, ...marks] };
}
