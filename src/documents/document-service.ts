import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { notFound } from '../common/errors.js';
import { loadCaseFor } from '../cases/case-access.js';
import type { StoredDocument } from './document.js';
import { findDocument, listCaseDocumentInfo } from './document-repository.js';

/** A case's documents: what the person can enclose in a packet, and each file as it was stored. */
export function documentService(ctx: ServiceContext) {
  return {
    async list(actor: Actor, caseId: string): Promise<StoredDocument[]> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      return listCaseDocumentInfo(ctx.db, c.id);
    },

    async file(
      actor: Actor,
      caseId: string,
      documentId: string,
    ): Promise<{ document: StoredDocument; content: Uint8Array }> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const found = await findDocument(ctx.db, documentId);
      if (!found || found.document.caseId !== c.id) throw notFound('document', documentId);
      return found;
    },
  };
}
