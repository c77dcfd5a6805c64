import { z } from 'zod';
import type { StoredDocument } from './document.js';

/** What leaves the server about a stored document: its facts and where its file is. */
export const documentView = z.object({
  id: z.string(),
  originalName: z.string().nullable(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
  url: z.string(),
});

export function presentDocument(caseId: string, document: StoredDocument) {
  return {
    id: document.id,
    originalName: document.originalName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    createdAt: document.createdAt,
    url: `/api/cases/${caseId}/documents/${document.id}`,
  } satisfies z.infer<typeof documentView>;
}
