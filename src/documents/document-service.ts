import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { AppError, conflict, invalidInput, notFound } from '../common/errors.js';
import { isUniqueViolation } from '../storage/dialect.js';
import { loadCaseShellFor } from '../cases/case-access.js';
import type { CaseShell } from '../cases/case-repository.js';
import { timeZoneOfCase } from '../deadlines/case-deadlines.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import { mediaTypeOf } from '../intake/media-type.js';
import { sniffFormat } from '../intake/read-document.js';
import { caseEventRecorder } from '../timeline/timeline-repository.js';
import type { DocumentLabels, StoredDocument } from './document.js';
import type { DocumentAddInput, DocumentListQuery, DocumentPatchInput } from './document-input.js';
import {
  findDocument,
  findDocumentInfo,
  insertDocument,
  listCaseDocumentInfo,
  restoreDocuments,
  softDeleteDocuments,
  updateDocumentLabels,
} from './document-repository.js';
import { chainOf, documentEntries, type DocumentEntry } from './document-versions.js';
import { uploadTooLarge } from './upload-limit.js';

/** The file types the vault keeps: what a packet can enclose and a browser can show. */
export const acceptedFileWords = 'a PDF, a photo or scan (PNG or JPEG), or a plain-text file';

/**
 * The media type of a file, told by its first bytes only (a renamed program is not a PDF). Empty,
 * too large and unknown files are refused with a message that says what to do.
 */
export function acceptedMediaType(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.length === 0) throw invalidInput('The file is empty. Choose the file again.', 'file');
  if (bytes.length > maxBytes) throw uploadTooLarge(maxBytes, bytes.length);
  const format = sniffedFormat(bytes);
  if (format === null)
    throw new AppError(
      'unsupported-file',
      `Overturn keeps ${acceptedFileWords}. This file is none of these. Save or scan it as a PDF and upload it again.`,
      'file',
      { accepted: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] },
    );
  // A JSON file (a health-record export) is text to keep; intake is what reads it as data.
  return mediaTypeOf(bytes, format === 'json' ? 'text' : format);
}

/** The format told by the bytes alone (no name: the extension must not decide), or null. */
function sniffedFormat(bytes: Uint8Array): ReturnType<typeof sniffFormat> | null {
  try {
    return sniffFormat(bytes, '');
  } catch {
    return null;
  }
}

const nameOf = (document: StoredDocument) => document.title ?? document.originalName;

/**
 * The evidence vault: a case's documents, typed and dated, each file kept with its SHA-256 and never
 * overwritten (a new version is a new document), deleted only softly. Every change is on the
 * case's timeline, written in the same transaction.
 */
export function documentService(
  ctx: ServiceContext,
  { maxUploadBytes }: { maxUploadBytes: number },
) {
  const record = caseEventRecorder(ctx.newId);

  /** The date printed on a document is a day that has come (in the case's time zone). */
  function checkDate(c: Pick<CaseShell, 'plan'>, date: string | null | undefined): void {
    if (date && date > dateInZone(ctx.clock().getTime(), timeZoneOfCase(c)))
      throw invalidInput(
        `date: ${date} is in the future; give the date printed on the document`,
        'date',
      );
  }

  /** A document of a case the actor may see (by case, or by the document's own case). */
  async function load(actor: Actor, documentId: string, caseId?: string, deleted = false) {
    const document = await findDocumentInfo(ctx.db, documentId, { deleted });
    if (!document?.caseId || (caseId !== undefined && document.caseId !== caseId))
      throw notFound('document', documentId);
    const c = await loadCaseShellFor(ctx.db, actor, document.caseId).catch(() => {
      throw notFound('document', documentId);
    });
    return { c, document };
  }

  /** How documents of a case stand now, with their version numbers (deleted ones included). */
  async function entriesOf(caseId: string, ids: readonly string[]): Promise<DocumentEntry[]> {
    const all = await listCaseDocumentInfo(ctx.db, caseId, { deleted: true });
    return documentEntries(all, { allVersions: true, deleted: true }).filter((e) =>
      ids.includes(e.document.id),
    );
  }

  /** The version a new file replaces: the newest live version of a document of this case. */
  async function replaced(caseId: string, id: string): Promise<StoredDocument> {
    const all = await listCaseDocumentInfo(ctx.db, caseId, { deleted: true });
    const target = all.find((d) => d.id === id && d.deletedAt === null);
    if (!target) throw notFound('document', id);
    const newer = chainOf(all, id).filter(
      (d) => d.deletedAt === null && d.createdAt > target.createdAt,
    );
    if (newer.length > 0)
      throw conflict('A newer version of this document exists: replace that one instead.', {
        newest: newer[newer.length - 1]!.id,
      });
    return target;
  }

  return {
    /** The largest file accepted, for adapters that must refuse a bigger one before reading it. */
    maxUploadBytes,

    /** Keeps a new file with a case, or a new version of one of its documents. */
    async add(
      actor: Actor,
      caseId: string,
      file: { bytes: Uint8Array; name: string | null },
      input: DocumentAddInput,
    ): Promise<DocumentEntry> {
      const c = await loadCaseShellFor(ctx.db, actor, caseId);
      const mediaType = acceptedMediaType(file.bytes, maxUploadBytes);
      checkDate(c, input.date);
      const earlier = input.replaces ? await replaced(c.id, input.replaces) : null;
      const at = ctx.clock().toISOString();
      const added = await ctx.db
        .transaction()
        .execute(async (trx) => {
          const document = await insertDocument(
            trx,
            {
              id: ctx.newId(),
              caseId: c.id,
              mediaType,
              originalName: file.name,
              createdAt: at,
              createdBy: actor.id,
              // A new version is filed as the one it replaces unless the person says otherwise.
              docType: input.type ?? earlier?.docType ?? 'other',
              title: input.title ?? earlier?.title ?? null,
              documentDate: input.date ?? null,
              replacesId: earlier?.id ?? null,
            },
            file.bytes,
          );
          await record(
            trx,
            c,
            actor,
            {
              type: 'document-added',
              documentId: document.id,
              documentName: nameOf(document),
              docType: document.docType,
              replacesId: document.replacesId,
            },
            at,
          );
          return document;
        })
        .catch((error: unknown) => {
          // Someone else replaced the same version a moment ago (documents_replaces_idx).
          if (earlier && isUniqueViolation(error))
            throw conflict('A newer version of this document exists: replace that one instead.', {
              id: earlier.id,
            });
          throw error;
        });
      return (await entriesOf(c.id, [added.id]))[0]!;
    },

    /** A case's documents: the newest version of each, or every version, deleted ones on request. */
    async list(
      actor: Actor,
      caseId: string,
      query: DocumentListQuery = {},
    ): Promise<DocumentEntry[]> {
      const c = await loadCaseShellFor(ctx.db, actor, caseId);
      const all = await listCaseDocumentInfo(ctx.db, c.id, { deleted: true });
      return documentEntries(all, query);
    },

    /** Every version of one document, oldest first, deleted ones included. */
    async history(actor: Actor, caseId: string, documentId: string): Promise<DocumentEntry[]> {
      const { c } = await load(actor, documentId, caseId, true);
      const all = await listCaseDocumentInfo(ctx.db, c.id, { deleted: true });
      return entriesOf(
        c.id,
        chainOf(all, documentId).map((d) => d.id),
      );
    },

    /** Files a document anew (type, title, date); the bytes never change. */
    async change(
      actor: Actor,
      caseId: string,
      documentId: string,
      patch: DocumentPatchInput,
    ): Promise<DocumentEntry> {
      const { c, document } = await load(actor, documentId, caseId);
      checkDate(c, patch.date);
      const labels: DocumentLabels = {
        docType: patch.type ?? document.docType,
        title: patch.title === undefined ? document.title : patch.title,
        documentDate: patch.date === undefined ? document.documentDate : patch.date,
      };
      const changed = (
        [
          ['type', 'docType'],
          ['title', 'title'],
          ['date', 'documentDate'],
        ] as const
      )
        .filter(([, key]) => labels[key] !== document[key])
        .map(([field]) => field);
      const next = { ...document, ...labels };
      const at = ctx.clock().toISOString();
      if (changed.length > 0)
        await ctx.db.transaction().execute(async (trx) => {
          await updateDocumentLabels(trx, document.id, labels);
          await record(
            trx,
            c,
            actor,
            { type: 'document-changed', documentId, documentName: nameOf(next), changed },
            at,
          );
        });
      return (await entriesOf(c.id, [documentId]))[0]!;
    },

    /** Deletes a document softly, all its versions together; `restore` brings it back. */
    async remove(actor: Actor, documentId: string, caseId?: string): Promise<DocumentEntry[]> {
      const { c, document } = await load(actor, documentId, caseId);
      const all = await listCaseDocumentInfo(ctx.db, c.id, { deleted: true });
      const chain = chainOf(all, documentId).filter((d) => d.deletedAt === null);
      const at = ctx.clock().toISOString();
      const deleted = await ctx.db.transaction().execute(async (trx) => {
        const ids = await softDeleteDocuments(
          trx,
          chain.map((d) => d.id),
          { at, by: actor.id },
        );
        if (ids.length === 0) throw notFound('document', documentId);
        await record(
          trx,
          c,
          actor,
          {
            type: 'document-deleted',
            documentId,
            documentName: nameOf(document),
            versions: ids.length,
          },
          at,
        );
        return ids;
      });
      return entriesOf(c.id, deleted);
    },

    /** Brings back a deleted document with the versions deleted together with it. */
    async restore(actor: Actor, documentId: string, caseId?: string): Promise<DocumentEntry[]> {
      const { c, document } = await load(actor, documentId, caseId, true);
      if (document.deletedAt === null)
        throw conflict('This document is not deleted.', { id: documentId });
      const deletedAt = document.deletedAt;
      const all = await listCaseDocumentInfo(ctx.db, c.id, { deleted: true });
      const together = chainOf(all, documentId).filter((d) => d.deletedAt === deletedAt);
      const at = ctx.clock().toISOString();
      const restored = await ctx.db.transaction().execute(async (trx) => {
        const ids = await restoreDocuments(
          trx,
          together.map((d) => d.id),
          deletedAt,
        );
        if (ids.length === 0) throw conflict('This document is not deleted.', { id: documentId });
        await record(
          trx,
          c,
          actor,
          {
            type: 'document-restored',
            documentId,
            documentName: nameOf(document),
            versions: ids.length,
          },
          at,
        );
        return ids;
      });
      return entriesOf(c.id, restored);
    },

    /** A document's file, as it was stored (not a deleted one). */
    async file(
      actor: Actor,
      caseId: string,
      documentId: string,
    ): Promise<{ document: StoredDocument; content: Uint8Array }> {
      const c = await loadCaseShellFor(ctx.db, actor, caseId);
      const found = await findDocument(ctx.db, documentId);
      if (!found || found.document.caseId !== c.id) throw notFound('document', documentId);
      return found;
    },
  };
}

export type DocumentService = ReturnType<typeof documentService>;
