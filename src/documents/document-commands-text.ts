import { textTable } from '../cli/text-table.js';
import type { DocumentView } from './document-presenter.js';
import { megabytes } from './upload-limit.js';

/** A document in one line: its title (or file name), type and date. */
export const documentLine = (d: DocumentView) =>
  `${d.title ?? d.originalName ?? 'Document'} (${d.typeLabel}${d.documentDate ? `, ${d.documentDate}` : ''})`;

/** A case's documents as a table for a terminal. */
export function documentTable(documents: readonly DocumentView[]): string {
  if (documents.length === 0)
    return 'No documents yet. Add one with: overturn doc add CASE_ID FILE';
  return textTable(
    ['ID', 'TYPE', 'DATE', 'VERSION', 'SIZE', 'TITLE'],
    documents.map((d) => [
      d.id,
      d.type,
      d.documentDate ?? '—',
      `${d.version} of ${d.versionCount}${d.deletedAt ? ' (deleted)' : ''}`,
      `${megabytes(d.sizeBytes)} MB`,
      d.title ?? d.originalName ?? '—',
    ]),
  );
}
