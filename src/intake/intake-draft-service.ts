import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { conflict, invalidInput, notFound } from '../common/errors.js';
import { findInconsistency, type Case } from '../cases/case.js';
import { detailsFromInput } from '../cases/case-details.js';
import type { CasePatchInput } from '../cases/case-input.js';
import { canAccessCase, caseListScope } from '../cases/case-policy.js';
import type { CaseService } from '../cases/case-service.js';
import type { StoredDocument } from '../documents/document.js';
import {
  attachDocument,
  findDocument,
  findDocumentInfo,
  insertDocument,
} from '../documents/document-repository.js';
import { isUniqueViolation } from '../storage/dialect.js';
import { caseEventRecorder } from '../timeline/timeline-repository.js';
import { confirmedInput, correctedPaths, proposalFrom } from './draft-proposal.js';
import type { IntakeDraft } from './intake-draft.js';
import {
  discardDraft,
  findDraft,
  insertDraft,
  listOpenDrafts,
  markDraftConfirmed,
} from './intake-draft-repository.js';
import type { ExtractedDocument } from './extraction.js';
import { intakeService, type IntakeOptions } from './intake-service.js';
import { mediaTypeOf } from './media-type.js';

/** How many waiting drafts a list shows at most: a person has a handful, not thousands. */
const draftListLimit = 100;

/**
 * Intake that keeps what it reads: a document becomes a draft (the original stored with its
 * SHA-256, the reading beside it), the person checks and corrects the fields, and confirming makes
 * the case. A document that cannot be read, or is not a denial, stores nothing.
 */
export function intakeDraftService(
  ctx: ServiceContext,
  cases: CaseService,
  { maxUploadBytes }: { maxUploadBytes: number },
) {
  const reader = intakeService({ maxUploadBytes });
  const record = caseEventRecorder(ctx.newId);

  async function loadDraftFor(actor: Actor, id: string): Promise<IntakeDraft> {
    const draft = await findDraft(ctx.db, id);
    // A draft the actor may not see is "not found", like a case, so its existence is not revealed.
    if (!draft || !canAccessCase(actor, draft)) throw notFound('document draft', id);
    return draft;
  }

  /** Stores the original and its reading as a draft, together. */
  async function keep(
    actor: Actor,
    bytes: Uint8Array,
    name: string,
    reading: ExtractedDocument,
  ): Promise<{ draft: IntakeDraft; document: StoredDocument }> {
    const at = ctx.clock().toISOString();
    const draftId = ctx.newId();
    return ctx.db.transaction().execute(async (trx) => {
      const document = await insertDocument(
        trx,
        {
          id: ctx.newId(),
          caseId: null,
          mediaType: mediaTypeOf(bytes, reading.format),
          originalName: name,
          createdAt: at,
          createdBy: actor.id,
        },
        bytes,
      );
      const draft: IntakeDraft = {
        id: draftId,
        ownerId: actor.id,
        documentId: document.id,
        reading,
        createdAt: at,
        confirmedAt: null,
      };
      await insertDraft(trx, draft);
      return { draft, document };
    });
  }

  /**
   * Saves the person's corrections and makes the case: the draft's fields with the corrections
   * laid over them, checked as any new case is. Case, document and timeline land together.
   */
  async function confirm(actor: Actor, id: string, corrections: CasePatchInput): Promise<Case> {
    const draft = await loadDraftFor(actor, id);
    if (draft.confirmedAt !== null) throw alreadyConfirmed(id);
    const proposal = proposalFrom(draft.reading);
    const input = confirmedInput(proposal, corrections);
    const stored = await findDocumentInfo(ctx.db, draft.documentId);
    const created = cases.create(actor, input, {
      id: draft.id,
      alongside: async (trx, c, at) => {
        if (!(await markDraftConfirmed(trx, draft.id, at))) throw alreadyConfirmed(id);
        // The letter's date is the notice's: a packet lists the letter by it.
        await attachDocument(trx, draft.documentId, c.id, c.denial.noticeDate);
        await record(
          trx,
          c,
          actor,
          {
            type: 'document-read',
            documentId: draft.documentId,
            documentName: stored?.originalName ?? null,
            corrected: correctedPaths(proposal, corrections),
          },
          at,
        );
      },
    });
    // Two confirmations at once: the second finds the case's id taken (or the draft confirmed).
    return created.catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadyConfirmed(id) : error;
    });
  }

  return {
    /** The largest document accepted, for adapters that must refuse a bigger one before reading it. */
    maxUploadBytes,

    /** Reads a document and keeps it as a draft to check; nothing is stored if it cannot be read. */
    async read(
      actor: Actor,
      bytes: Uint8Array,
      name: string,
      options: IntakeOptions & { anyway?: boolean } = {},
    ): Promise<{ draft: IntakeDraft; document: StoredDocument }> {
      const reading = await reader.extract(bytes, name, options);
      if (!options.anyway) assertLooksLikeDenial(reading);
      return keep(actor, bytes, name, reading);
    },

    /**
     * Reads a document and opens its case at once, with `corrections` laid over what was read (the
     * CLI's `intake`, where the flags are the person's check). Everything is checked before anything
     * is stored: a letter without a field a case needs, and no flag for it, stores nothing.
     */
    async open(
      actor: Actor,
      bytes: Uint8Array,
      name: string,
      corrections: CasePatchInput,
      options: IntakeOptions & { anyway?: boolean } = {},
    ): Promise<{ case: Case; draft: IntakeDraft; document: StoredDocument }> {
      const reading = await reader.extract(bytes, name, options);
      if (!options.anyway) assertLooksLikeDenial(reading);
      const problem = findInconsistency(
        detailsFromInput(confirmedInput(proposalFrom(reading), corrections)),
      );
      if (problem) throw invalidInput(`${problem.field}: ${problem.message}`, problem.field);
      const { draft, document } = await keep(actor, bytes, name, reading);
      return { case: await confirm(actor, draft.id, corrections), draft, document };
    },

    /** A draft and what is known about its stored file. */
    async get(actor: Actor, id: string): Promise<{ draft: IntakeDraft; document: StoredDocument }> {
      const draft = await loadDraftFor(actor, id);
      const document = await findDocumentInfo(ctx.db, draft.documentId);
      if (!document) throw notFound('document', draft.documentId);
      return { draft, document };
    },

    /** The drafts still waiting for the actor to check them, newest first. */
    async listWaiting(actor: Actor) {
      return listOpenDrafts(ctx.db, { ...caseListScope(actor), limit: draftListLimit });
    },

    /** The original file of a draft, as it was uploaded. */
    async original(
      actor: Actor,
      id: string,
    ): Promise<{ document: StoredDocument; content: Uint8Array }> {
      const draft = await loadDraftFor(actor, id);
      const stored = await findDocument(ctx.db, draft.documentId);
      if (!stored) throw notFound('document', draft.documentId);
      return stored;
    },

    confirm,

    /** Puts aside a letter read by mistake; a confirmed one is a case, withdrawn as cases are. */
    async discard(actor: Actor, id: string): Promise<void> {
      const draft = await loadDraftFor(actor, id);
      if (draft.confirmedAt !== null) throw alreadyConfirmed(id);
      const at = ctx.clock().toISOString();
      const done = await ctx.db.transaction().execute((trx) => discardDraft(trx, id, at));
      if (!done) throw alreadyConfirmed(id);
    },
  };
}

/**
 * Refuses to keep a document that does not read as a denial (a receipt, a welcome letter, a paid
 * EOB), so no empty case is made by mistake; the person may insist (`anyway`), as the reader can
 * be wrong about a letter it has never seen the like of.
 */
function assertLooksLikeDenial(reading: ExtractedDocument): void {
  if (reading.denialCheck.likely) return;
  throw invalidInput(
    `This does not look like a denial letter or an Explanation of Benefits with a denied claim (${reading.denialCheck.reason}). Nothing was stored. Check that it is the right file; if it is a denial, read it anyway and fill in the fields yourself.`,
    'file',
    { notADenial: true, confidence: reading.denialCheck.confidence },
  );
}

const alreadyConfirmed = (id: string) =>
  conflict('This document was already confirmed, and its case is open.', { caseId: id });

export type IntakeDraftService = ReturnType<typeof intakeDraftService>;
