import { z } from 'zod';
import type { StoredDocument } from './document.js';
import { documentTypeIds, documentTypeLabel } from './document-types.js';
import type { DocumentEntry } from './document-versions.js';

/** What leaves the server about a stored document: its facts, how it is filed, where its file is. */
export const documentView = z.object({
  id: z.string(),
  originalName: z.string().nullable(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
  type: z.enum(documentTypeIds),
  typeLabel: z.string(),
  title: z.string().nullable(),
  /** The date on the paper, `YYYY-MM-DD`. */
  documentDate: z.string().nullable(),
  replacesId: z.string().nullable(),
  /** 1 for the first version; numbers count deleted versions too, so they never move. */
  version: z.number(),
  /** How many live versions the document has. */
  versionCount: z.number(),
  deletedAt: z.string().nullable(),
  /** The file, shown in the browser. */
  url: z.string(),
  /** The file, as a download. */
  downloadUrl: z.string(),
});
export type DocumentView = z.output<typeof documentView>;

export function presentDocument(
  caseId: string,
  document: StoredDocument,
  versions: Pick<DocumentEntry, 'version' | 'versionCount'> = { version: 1, versionCount: 1 },
): DocumentView {
  const url = `/api/cases/${caseId}/documents/${document.id}`;
  return {
    id: document.id,
    originalName: document.originalName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    createdAt: document.createdAt,
    type: document.docType,
    typeLabel: documentTypeLabel(document.docType),
    title: document.title,
    documentDate: document.documentDate,
    replacesId: document.replacesId,
    version: versions.version,
    versionCount: versions.versionCount,
    deletedAt: document.deletedAt,
    url,
    downloadUrl: `${url}/content`,
  };
}

export const presentEntry = (caseId: string, entry: DocumentEntry) =>
  presentDocument(caseId, entry.document, entry);
