import { z } from 'zod';
import { caseView, type CaseView } from '../cases/case-presenter.js';
import { caseDeadlinesView } from '../deadlines/deadline-presenter.js';
import { documentView } from '../documents/document-presenter.js';
import { letterView } from '../letters/letter-presenter.js';
import { timelineEventView } from '../timeline/timeline-presenter.js';

/**
 * One case as a single JSON file the person can keep or take elsewhere: the case, its timeline, its
 * deadlines as computed today, its documents' facts (each with its SHA-256, not the bytes), its
 * letters as data and as plain text, and every row of any other table that belongs to the case
 * (any table with a `case_id`), so what later capabilities add to a case is in it too.
 */
export const caseExportFormat = 'overturn-case-export';

/** A stored file inside another table's row: named by its hash and size, not copied. */
export const fileReference = z.object({ sha256: z.string(), sizeBytes: z.number() });

export const caseExportView = z.object({
  format: z.literal(caseExportFormat),
  version: z.literal(1),
  exportedAt: z.string(),
  app: z.string(),
  case: caseView,
  timeline: z.array(timelineEventView),
  deadlines: caseDeadlinesView,
  documents: z.array(documentView),
  letters: z.array(letterView.extend({ text: z.string().describe('The letter as plain text') })),
  related: z
    .record(z.string(), z.array(z.record(z.string(), z.unknown())))
    .describe('Rows of other tables that belong to the case, by table, as stored'),
});
export type CaseExport = z.infer<typeof caseExportView>;

/** Tables the export shows in their own, presented form; any other table with `case_id` is "related". */
export const presentedTables: readonly string[] = [
  'cases',
  'timeline_events',
  'documents',
  'letters',
];

export function buildCaseExport(
  parts: Omit<CaseExport, 'format' | 'version' | 'case'> & { case: CaseView },
): CaseExport {
  return { format: caseExportFormat, version: 1, ...parts };
}

/** A file name for the export: the case's id, nothing personal. */
export const caseExportFileName = (caseId: string) =>
  `overturn-case-${caseId.replace(/[^A-Za-z0-9-]/g, '')}.json`;
