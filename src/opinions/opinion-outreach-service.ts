import type { ServiceContext } from '../app/context.js';
import { caseCreateInput } from '../cases/case-input.js';
import type { CaseService } from '../cases/case-service.js';
import type { Actor } from '../common/actor.js';
import { addDays } from '../common/dates.js';
import { conflict, invalidInput, staleVersion } from '../common/errors.js';
import { parseInput } from '../common/validation.js';
import type { LetterGuidance, LetterLang } from '../letters/letter.js';
import { chosenExhibits, missingFactsError } from '../letters/letter-service.js';
import { saveLetterVersion } from '../letters/letter-version-service.js';
import { renderPacketPdf } from '../letters/render-packet-pdf.js';
import type { StoredLetter } from '../letters/stored-letter.js';
import { insertTask } from '../tasks/task-repository.js';
import { taskOfStored } from '../tasks/task-rules.js';
import type { StoredTask, Task } from '../tasks/task.js';
import { caseEventRecorder } from '../timeline/timeline-repository.js';
import type { Opinion } from './opinion.js';
import { stripUndefined } from './opinion-changes.js';
import type { OpinionLetterRequest } from './opinion-input.js';
import {
  missingOpinionFacts,
  opinionLetterFactsOf,
  writeOpinionLetter,
} from './opinion-letter-facts.js';
import { updateSecondOpinion } from './opinion-repository.js';
import { recordsCoverNote } from './records-cover-note.js';
import { appealProgramOf, type SecondOpinionCase } from './second-opinion.js';

/** HIPAA right of access: the provider acts within 30 days of receiving the request (45 CFR 164.524(b)(2)). */
const recordsResponseDays = 30;

/**
 * What a second opinion sends out: the referral request and the records request (saved as the
 * case's letters), the records packet for the second doctor, and a refused referral turned into an
 * appeal case. Part of the opinions service (`opinionService` spreads it in).
 */
export function opinionOutreachService(
  ctx: ServiceContext,
  {
    cases,
    load,
    read,
    todayFor,
  }: {
    cases: CaseService;
    load: (actor: Actor, id: string) => Promise<SecondOpinionCase>;
    read: (
      actor: Actor,
      id: string,
    ) => Promise<{ secondOpinion: SecondOpinionCase; opinions: readonly Opinion[] }>;
    todayFor: (sc: SecondOpinionCase) => string;
  },
) {
  const record = caseEventRecorder(ctx.newId);
  const now = () => ctx.clock().toISOString();

  function composeLetter(
    sc: SecondOpinionCase,
    opinions: readonly Opinion[],
    request: OpinionLetterRequest,
  ) {
    const facts = opinionLetterFactsOf(sc, opinions[0] ?? null, {
      today: todayFor(sc),
      ...(request.sender && { sender: request.sender }),
      ...(request.recipient && { recipient: request.recipient }),
      specialist: request.specialist ?? null,
      ...(request.to && { to: request.to }),
    });
    const missing = missingOpinionFacts(request.kind, facts);
    if (missing.length > 0) throw missingFactsError(missing);
    const written = writeOpinionLetter(request.kind, facts, request.lang);
    const edits = request.edits ?? {};
    return {
      document: {
        ...written.document,
        ...stripUndefined(edits),
      },
      guidance:
        request.guidanceLang && request.guidanceLang !== request.lang
          ? writeOpinionLetter(request.kind, facts, request.guidanceLang).guidance
          : written.guidance,
    };
  }
  return {
    /** A referral request or a records request, written from the case; nothing is stored. */
    async writeLetter(actor: Actor, id: string, request: OpinionLetterRequest) {
      const { secondOpinion: sc, opinions } = await read(actor, id);
      return composeLetter(sc, opinions, request);
    },

    /**
     * Saves the letter as the next version of its kind on the case. A records request also adds the
     * task of checking the records came within 30 days (45 CFR 164.524(b)(2)).
     */
    async saveLetter(
      actor: Actor,
      id: string,
      request: OpinionLetterRequest,
    ): Promise<{ letter: StoredLetter; guidance: LetterGuidance; task: Task | null }> {
      const { secondOpinion: sc, opinions } = await read(actor, id);
      const { document, guidance } = composeLetter(sc, opinions, request);
      const at = now();
      const today = todayFor(sc);
      const task: StoredTask | null =
        request.kind === 'records-request'
          ? {
              id: ctx.newId(),
              caseId: sc.id,
              kind: 'manual',
              title: `Check the records came from ${document.to[0] ?? 'the doctor’s office'} (they have 30 days from getting the request, 45 CFR 164.524(b)(2))`,
              due: addDays(today, recordsResponseDays),
              sourceCallId: null,
              doneAt: null,
              doneBy: null,
              createdAt: at,
              createdBy: actor.id,
            }
          : null;
      const letter = await saveLetterVersion(ctx, {
        caseId: sc.id,
        actor,
        kind: request.kind,
        lang: request.lang,
        document,
        at,
        alongside: async (trx) => {
          if (!task) return;
          await insertTask(trx, task);
          await record(
            trx,
            sc,
            actor,
            { type: 'task-added', taskId: task.id, title: task.title, due: task.due },
            at,
          );
        },
      });
      return {
        letter,
        guidance,
        task: task && taskOfStored(task, sc.patient.name, today, 'second-opinion'),
      };
    },

    /**
     * The records to send ahead or bring: a cover note for the second doctor, an index, and the
     * chosen documents, every page numbered (the appeal packet's builder).
     */
    async recordsPacket(
      actor: Actor,
      id: string,
      { documentIds, lang }: { documentIds: readonly string[]; lang: LetterLang },
    ): Promise<{ pdf: Uint8Array; pages: number }> {
      const { secondOpinion: sc, opinions } = await read(actor, id);
      if (documentIds.length === 0)
        throw invalidInput(
          'Choose at least one document for the records packet. Add your records to the case first if they are not there.',
          'documentIds',
        );
      const exhibits = await chosenExhibits(ctx.db, sc.id, documentIds, lang);
      const built = await renderPacketPdf({
        cover: recordsCoverNote(sc, opinions, exhibits, { today: todayFor(sc), lang }),
        exhibits,
        batesPrefix: 'REC',
      });
      if (built.problems.length > 0)
        throw invalidInput(
          `These documents cannot be put in the packet: ${built.problems
            .map((p) => `“${p.title}” (${p.reason})`)
            .join('; ')}. Replace them, or leave them out.`,
          'documentIds',
          { unreadable: built.problems },
        );
      const at = now();
      await ctx.db
        .transaction()
        .execute((trx) =>
          record(
            trx,
            sc,
            actor,
            { type: 'records-packet-built', pages: built.pages, documents: exhibits.length },
            at,
          ),
        );
      return { pdf: built.pdf, pages: built.pages };
    },

    /**
     * A refused referral is a denial: opens an appeal case for it in one step (category "referral"),
     * linked both ways, with the plan and patient the second-opinion case already has.
     */
    async referralRefused(
      actor: Actor,
      id: string,
      { reason, noticeDate }: { reason?: string | null; noticeDate?: string | null },
    ): Promise<{ appealCaseId: string }> {
      const sc = await load(actor, id);
      if (sc.referral.appealCaseId)
        throw conflict('An appeal case is already open for this refused referral.', {
          appealCaseId: sc.referral.appealCaseId,
        });
      const program = appealProgramOf(sc.coverage.program);
      if (!sc.coverage.insurer || !program)
        throw invalidInput(
          program
            ? 'To open an appeal, add the name of your insurance company to this case first.'
            : sc.coverage.program === 'original-medicare'
              ? 'Original Medicare does not need a referral for a second opinion, so there is no refusal to appeal. If a Medicare Advantage plan refused, change the plan type on this case first.'
              : 'To open an appeal, say what kind of plan you have (on this case) first.',
          program ? 'coverage.insurer' : 'coverage.program',
        );
      const input = parseInput(caseCreateInput, {
        patient: { name: sc.patient.name, dateOfBirth: sc.patient.dateOfBirth },
        plan: {
          insurer: sc.coverage.insurer,
          program,
          networkType: sc.coverage.networkType,
          state: sc.coverage.state,
          memberId: sc.coverage.memberId,
        },
        claim: { serviceDescription: `Second opinion: ${sc.question}`.slice(0, 500) },
        denial: {
          noticeType: 'prior-authorization-denial',
          category: 'referral',
          statedReason: reason ?? null,
          noticeDate: noticeDate ?? null,
        },
      });
      const appeal = await cases.create(actor, input, {
        // In the same transaction: the appeal case exists only if the link to it does.
        alongside: async (trx, c, at) => {
          const next: SecondOpinionCase = {
            ...sc,
            referral: { status: 'refused', appealCaseId: c.id },
            version: sc.version + 1,
            updatedAt: at,
          };
          if (!(await updateSecondOpinion(trx, next, sc.version))) throw staleVersion(sc.version);
          await record(trx, sc, actor, { type: 'referral-refused', appealCaseId: c.id }, at);
        },
      });
      return { appealCaseId: appeal.id };
    },
  };
}
