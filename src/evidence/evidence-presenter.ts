import { z } from 'zod';
import { documentView, presentDocument } from '../documents/document-presenter.js';
import type { DocumentEntry } from '../documents/document-versions.js';
import type { ChecklistEntry } from './evidence-checklist.js';

/** Said beside a rule the project is not sure of (appeal-rules.md marks it low confidence). */
export const verifyNote = 'We are not sure of this rule. Check it with your plan.';

/** What leaves the server about one checklist item. */
export const checklistItemView = z.object({
  key: z.string(),
  label: z.string(),
  labelEs: z.string(),
  why: z.string(),
  weight: z.enum(['essential', 'helpful']),
  state: z.enum(['have', 'marked-done', 'not-needed', 'missing']),
  /** The document types that tick it off; empty when it is ticked by hand only. */
  satisfiedBy: z.array(z.string()),
  /** The type an "add this document" upload sets (the first that satisfies it), if any. */
  addAs: z.string().nullable(),
  documents: z.array(documentView),
  mark: z
    .object({ state: z.enum(['done', 'not-needed']), note: z.string().nullable(), at: z.string() })
    .nullable(),
  source: z
    .object({
      citation: z.string(),
      confidence: z.enum(['high', 'medium', 'low']),
      note: z.string().nullable(),
    })
    .nullable(),
  letterKind: z.string().nullable(),
});

export const checklistView = z.object({
  items: z.array(checklistItemView),
  /** Missing essentials: what stands at the top of the case page. */
  missingEssential: z.number(),
  missing: z.number(),
});
export type ChecklistView = z.output<typeof checklistView>;

export function presentChecklist(
  caseId: string,
  entries: readonly ChecklistEntry[],
  /** Each document's version numbers, by id. */
  versions: ReadonlyMap<string, DocumentEntry> = new Map(),
): ChecklistView {
  const items = entries.map(({ item, state, documents, mark }) => ({
    key: item.key,
    label: item.label.en,
    labelEs: item.label.es,
    why: item.why,
    weight: item.weight,
    state,
    satisfiedBy: [...item.satisfiedBy],
    addAs: item.satisfiedBy[0] ?? null,
    documents: documents.map((d) => presentDocument(caseId, d, versions.get(d.id))),
    mark: mark && { state: mark.state, note: mark.note, at: mark.createdAt },
    source: item.source && {
      ...item.source,
      note: item.source.confidence === 'low' ? verifyNote : null,
    },
    letterKind: item.letterKind,
  }));
  const missing = items.filter((i) => i.state === 'missing');
  return {
    items,
    missingEssential: missing.filter((i) => i.weight === 'essential').length,
    missing: missing.length,
  };
}
