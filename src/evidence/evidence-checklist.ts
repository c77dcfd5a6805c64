import type { DenialCategory, Program } from '../cases/case-terms.js';
import type { StoredDocument } from '../documents/document.js';
import type { EvidenceItem } from './evidence-item.js';
import { itemsFor } from './evidence-items.js';

/** A checklist item ticked by hand: done ("I sent the form"), or not needed for this case. */
export interface EvidenceMark {
  readonly id: string;
  readonly caseId: string;
  readonly itemKey: string;
  readonly state: 'done' | 'not-needed';
  readonly note: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** The facts of a case the checklist depends on. */
export interface EvidenceCaseFacts {
  /** Unknown reads as "other": the always-items and a doctor's letter still apply. */
  readonly category: DenialCategory | null;
  readonly program: Program;
}

export type EvidenceState = 'have' | 'marked-done' | 'not-needed' | 'missing';

export interface ChecklistEntry {
  readonly item: EvidenceItem;
  readonly state: EvidenceState;
  /** The documents that tick it off (state `have`), oldest first. */
  readonly documents: readonly StoredDocument[];
  /** The hand tick, when there is one (it stays visible even once a document arrives). */
  readonly mark: EvidenceMark | null;
}

const order: Record<EvidenceState, number> = {
  missing: 0,
  have: 1,
  'marked-done': 1,
  'not-needed': 2,
};

/** Missing essentials first, then missing helpful items, then what is done, then not needed. */
function rank(entry: ChecklistEntry): number {
  const weight = entry.item.weight === 'essential' ? 0 : 1;
  return entry.state === 'missing' ? weight : 2 + order[entry.state];
}

/**
 * The evidence checklist of a case: each item that usually wins its kind of denial, ticked off by
 * the case's current documents of a type that satisfies it, or by a hand tick. A document counts
 * over a hand tick: what is on file is what a packet can enclose. Stable order within each group.
 */
export function evidenceChecklist(
  facts: EvidenceCaseFacts,
  documents: readonly StoredDocument[],
  marks: readonly EvidenceMark[],
): ChecklistEntry[] {
  const live = documents.filter((d) => d.deletedAt === null);
  const entries = itemsFor(facts.category ?? 'other', facts.program).map((item) => {
    const satisfying = live.filter((d) => item.satisfiedBy.includes(d.docType));
    const mark = marks.find((m) => m.itemKey === item.key) ?? null;
    const state: EvidenceState =
      satisfying.length > 0
        ? 'have'
        : mark?.state === 'done'
          ? 'marked-done'
          : mark?.state === 'not-needed'
            ? 'not-needed'
            : 'missing';
    return { item, state, documents: satisfying, mark };
  });
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The items a case's checklist can be ticked by hand for (unknown keys are refused). */
export const checklistItemKeys = (facts: EvidenceCaseFacts): string[] =>
  itemsFor(facts.category ?? 'other', facts.program).map((item) => item.key);
