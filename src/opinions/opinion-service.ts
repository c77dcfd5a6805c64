import type { ServiceContext } from '../app/context.js';
import { caseCreateInput } from '../cases/case-input.js';
import { canAccessCase, caseListScope } from '../cases/case-policy.js';
import { setCaseDeletedAt } from '../cases/case-repository.js';
import type { CaseService } from '../cases/case-service.js';
import type { Actor } from '../common/actor.js';
import { addDays } from '../common/dates.js';
import { conflict, invalidInput, notFound } from '../common/errors.js';
import { parseInput } from '../common/validation.js';
import { timeZoneOfCase } from '../deadlines/case-deadlines.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import type { LetterGuidance, LetterLang } from '../letters/letter.js';
import { saveLetterVersion } from '../letters/letter-version-service.js';
import { chosenExhibits, missingFactsError } from '../letters/letter-service.js';
import { renderPacketPdf } from '../letters/render-packet-pdf.js';
import type { StoredLetter } from '../letters/stored-letter.js';
import { insertTask } from '../tasks/task-repository.js';
import { taskOfStored } from '../tasks/task-rules.js';
import type { StoredTask, Task } from '../tasks/task.js';
import { isUniqueViolation } from '../storage/dialect.js';
import { caseEventRecorder } from '../timeline/timeline-repository.js';
import { compareOpinions, minimumOpinions, tooFewOpinions } from './compare-opinions.js';
import type { Comparison, Opinion } from './opinion.js';
import type {
  CheckInput,
  NewSecondOpinionInput,
  OpinionChangeInput,
  OpinionInput,
  OpinionLetterRequest,
  QuestionsInput,
  SecondOpinionChangeInput,
} from './opinion-input.js';
import {
  missingOpinionFacts,
  opinionLetterFactsOf,
  writeOpinionLetter,
} from './opinion-letter-facts.js';
import {
  findSecondOpinion,
  insertOpinion,
  insertSecondOpinion,
  listOpinions,
  listSecondOpinions,
  nextOpinionPosition,
  removeOpinion,
  updateOpinion,
  updateSecondOpinion,
} from './opinion-repository.js';
import { recordsCoverNote } from './records-cover-note.js';
import { renderComparisonPdf } from './render-comparison-pdf.js';
import {
  appealProgramOf,
  type CheckAnswers,
  type Coverage,
  type SecondOpinionCase,
  type SecondOpinionSummary,
  type VisitQuestion,
} from './second-opinion.js';
import { suggestedQuestions } from './visit-questions.js';

/** A second-opinion case as read: the case and its opinions, the first doctor's first. */
export interface SecondOpinionRecord {
  readonly secondOpinion: SecondOpinionCase;
  readonly opinions: readonly Opinion[];
}

/** HIPAA right of access: the provider acts within 30 days of receiving the request (45 CFR 164.524(b)(2)). */
const recordsResponseDays = 30;

export function checkAnswersOf(input: CheckInput): CheckAnswers {
  return {
    reasons: input.reasons ?? [],
    emergency: input.emergency ?? false,
    wantsOne: input.wantsOne ?? false,
  };
}

function opinionOf(
  input: OpinionInput,
  ids: { id: string; caseId: string; position: number; at: string },
): Opinion {
  return {
    id: ids.id,
    caseId: ids.caseId,
    position: ids.position,
    doctor: input.doctor,
    specialty: input.specialty ?? null,
    focus: input.focus ?? null,
    institution: input.institution,
    sameGroupAsFirst: input.sameGroupAsFirst ?? false,
    referredByFirst: input.referredByFirst ?? false,
    date: input.date ?? null,
    diagnosis: input.diagnosis ?? null,
    diagnosisCode: input.diagnosisCode ?? null,
    treatment: input.treatment ?? null,
    alternatives: input.alternatives ?? null,
    risksAndBenefits: input.risksAndBenefits ?? null,
    urgency: input.urgency ?? null,
    reasoning: input.reasoning ?? null,
    testsOrdered: input.testsOrdered ?? null,
    ratings: {
      listened: input.ratings?.listened ?? null,
      explained: input.ratings?.explained ?? null,
      consideredValues: input.ratings?.consideredValues ?? null,
      confidence: input.ratings?.confidence ?? null,
    },
    diagnosisMatchesFirst: input.diagnosisMatchesFirst ?? null,
    treatmentMatchesFirst: input.treatmentMatchesFirst ?? null,
    notes: input.notes ?? null,
    createdAt: ids.at,
    updatedAt: ids.at,
  };
}

/** The fields given in a change, over the opinion as it was (undefined: unchanged). */
function changedOpinion(o: Opinion, input: OpinionChangeInput, at: string): Opinion {
  const given = Object.fromEntries(
    Object.entries(input).filter(([key, value]) => value !== undefined && key !== 'ratings'),
  ) as Partial<Opinion>;
  return {
    ...o,
    ...given,
    ratings: { ...o.ratings, ...stripUndefined(input.ratings ?? {}) },
    // Who and where cannot be cleared: an opinion is always someone's.
    doctor: input.doctor ?? o.doctor,
    institution: input.institution ?? o.institution,
    updatedAt: at,
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function coverageOf(input: NewSecondOpinionInput['coverage'], was?: Coverage): Coverage {
  const given = stripUndefined(input ?? {});
  return {
    insurer: null,
    program: 'not-sure',
    networkType: null,
    state: null,
    memberId: null,
    primaryDoctor: null,
    ...was,
    ...given,
  } satisfies Coverage;
}

/** Second opinions: the case, its opinions, the comparison, its letters and its records packet. */
export function opinionService(ctx: ServiceContext, { cases }: { cases: CaseService }) {
  const record = caseEventRecorder(ctx.newId);
  const now = () => ctx.clock().toISOString();
  const todayFor = (sc: SecondOpinionCase) =>
    dateInZone(ctx.clock().getTime(), timeZoneOfCase({ plan: { state: sc.coverage.state } }));

  async function load(
    actor: Actor,
    id: string,
    { deleted = false }: { deleted?: boolean } = {},
  ): Promise<SecondOpinionCase> {
    const sc = await findSecondOpinion(ctx.db, id, { deleted });
    if (!sc || !canAccessCase(actor, sc)) throw notFound('second-opinion case', id);
    return sc;
  }

  async function read(actor: Actor, id: string): Promise<SecondOpinionRecord> {
    const secondOpinion = await load(actor, id);
    return { secondOpinion, opinions: await listOpinions(ctx.db, id) };
  }

  async function loadOpinion(actor: Actor, id: string, opinionId: string) {
    const sc = await load(actor, id);
    const opinion = (await listOpinions(ctx.db, sc.id)).find((o) => o.id === opinionId);
    if (!opinion) throw notFound('opinion', opinionId);
    return { sc, opinion };
  }

  /** Writes a change to the case (a new version), refusing one made over someone else's. */
  async function save(
    actor: Actor,
    sc: SecondOpinionCase,
    expectedVersion: number,
    changed: readonly string[],
  ): Promise<SecondOpinionCase> {
    if (sc.version !== expectedVersion) throw staleVersion(sc.version);
    const at = now();
    const next: SecondOpinionCase = { ...sc, version: sc.version + 1, updatedAt: at };
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await updateSecondOpinion(trx, next, expectedVersion)))
        throw staleVersion(expectedVersion);
      if (changed.length > 0)
        await record(
          trx,
          next,
          actor,
          {
            type: 'case-updated',
            changes: changed.map((field) => ({ field, from: null, to: null })),
          },
          at,
        );
    });
    return next;
  }

  function assertVisitDate(sc: SecondOpinionCase, date: string | null | undefined) {
    if (date && date > addDays(todayFor(sc), 366))
      throw invalidInput(
        `date: ${date} is more than a year away. Check the date of the visit.`,
        'date',
      );
  }

  return {
    /** Opens a second-opinion case; the first doctor's view, when given, is opinion 1. */
    async create(actor: Actor, input: NewSecondOpinionInput): Promise<SecondOpinionRecord> {
      const at = now();
      const id = ctx.newId();
      const sc: SecondOpinionCase = {
        id,
        ownerId: actor.id,
        status: 'open',
        patient: { name: input.patient.name, dateOfBirth: input.patient.dateOfBirth ?? null },
        question: input.question,
        questionKind: input.questionKind ?? 'diagnosis',
        condition: input.condition ?? null,
        conditionKind: input.conditionKind ?? null,
        goals: input.goals ?? [],
        goalsNote: input.goalsNote ?? null,
        check: input.check ? checkAnswersOf(input.check) : null,
        coverage: coverageOf(input.coverage),
        referral: { status: null, appealCaseId: null },
        questions: [],
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      assertVisitDate(sc, input.firstOpinion?.date);
      const first = input.firstOpinion
        ? opinionOf(input.firstOpinion, { id: ctx.newId(), caseId: id, position: 1, at })
        : null;
      await ctx.db.transaction().execute(async (trx) => {
        await insertSecondOpinion(trx, sc);
        await record(trx, sc, actor, { type: 'case-created' }, at);
        if (first) {
          await insertOpinion(trx, first);
          await record(
            trx,
            sc,
            actor,
            { type: 'opinion-added', opinionId: first.id, doctor: first.doctor, position: 1 },
            at,
          );
        }
      });
      return { secondOpinion: sc, opinions: first ? [first] : [] };
    },

    async list(actor: Actor, { deleted = false } = {}): Promise<SecondOpinionSummary[]> {
      return listSecondOpinions(ctx.db, { ownerId: caseListScope(actor).ownerId, deleted });
    },

    get: read,

    async change(
      actor: Actor,
      id: string,
      input: SecondOpinionChangeInput,
    ): Promise<SecondOpinionRecord> {
      const sc = await load(actor, id);
      const { version, patient, coverage, check, referralStatus, ...rest } = input;
      const given = stripUndefined(rest);
      const changed: SecondOpinionCase = {
        ...sc,
        ...given,
        patient: { ...sc.patient, ...stripUndefined(patient ?? {}) },
        coverage: coverage ? coverageOf(coverage, sc.coverage) : sc.coverage,
        check: check === undefined ? sc.check : check && checkAnswersOf(check),
        referral:
          referralStatus === undefined ? sc.referral : { ...sc.referral, status: referralStatus },
      };
      const fields = [
        ...Object.keys(given),
        ...(patient ? ['patient'] : []),
        ...(coverage ? ['coverage'] : []),
        ...(check !== undefined ? ['check'] : []),
        ...(referralStatus !== undefined ? ['referral'] : []),
      ];
      const saved = await save(actor, changed, version, fields);
      return { secondOpinion: saved, opinions: await listOpinions(ctx.db, id) };
    },

    /** Deletes the case softly (it can be restored); its documents and letters stay with it. */
    async remove(actor: Actor, id: string): Promise<void> {
      const sc = await load(actor, id);
      await setDeleted(actor, sc, true);
    },

    async restore(actor: Actor, id: string): Promise<SecondOpinionRecord> {
      const sc = await load(actor, id, { deleted: true });
      await setDeleted(actor, sc, false);
      return read(actor, id);
    },

    /** Replaces the question list with the person's edited one (answers included). */
    async setQuestions(
      actor: Actor,
      id: string,
      input: QuestionsInput,
    ): Promise<SecondOpinionRecord> {
      const sc = await load(actor, id);
      const questions: VisitQuestion[] = input.questions.map((q) => ({
        id: q.id ?? ctx.newId(),
        text: q.text,
        source: q.source ?? 'own',
        answer: q.answer ?? null,
      }));
      const saved = await save(actor, { ...sc, questions }, input.version, ['questions']);
      return { secondOpinion: saved, opinions: await listOpinions(ctx.db, id) };
    },

    /** Adds the questions suggested for the situation that the list does not have yet. */
    async suggestQuestions(
      actor: Actor,
      id: string,
      lang: LetterLang,
    ): Promise<SecondOpinionRecord> {
      const sc = await load(actor, id);
      const known = new Set(sc.questions.map((q) => q.text));
      const added: VisitQuestion[] = suggestedQuestions(sc, lang)
        .filter((q) => !known.has(q.text))
        .map((q) => ({ id: ctx.newId(), text: q.text, source: q.source, answer: null }));
      if (added.length === 0) return read(actor, id);
      const saved = await save(
        actor,
        { ...sc, questions: [...sc.questions, ...added] },
        sc.version,
        ['questions'],
      );
      return { secondOpinion: saved, opinions: await listOpinions(ctx.db, id) };
    },

    async addOpinion(actor: Actor, id: string, input: OpinionInput): Promise<Opinion> {
      const sc = await load(actor, id);
      assertVisitDate(sc, input.date);
      const at = now();
      try {
        return await ctx.db.transaction().execute(async (trx) => {
          const position = await nextOpinionPosition(trx, sc.id);
          const opinion = opinionOf(input, { id: ctx.newId(), caseId: sc.id, position, at });
          await insertOpinion(trx, opinion);
          await record(
            trx,
            sc,
            actor,
            { type: 'opinion-added', opinionId: opinion.id, doctor: opinion.doctor, position },
            at,
          );
          return opinion;
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict('Two opinions were added at the same moment. Reload and try again.');
        throw error;
      }
    },

    async changeOpinion(
      actor: Actor,
      id: string,
      opinionId: string,
      input: OpinionChangeInput,
    ): Promise<Opinion> {
      const { sc, opinion } = await loadOpinion(actor, id, opinionId);
      assertVisitDate(sc, input.date);
      const at = now();
      const changed = changedOpinion(opinion, input, at);
      const fields = Object.keys(stripUndefined(input));
      await ctx.db.transaction().execute(async (trx) => {
        await updateOpinion(trx, changed);
        await record(
          trx,
          sc,
          actor,
          { type: 'opinion-changed', opinionId, doctor: changed.doctor, changed: fields },
          at,
        );
      });
      return changed;
    },

    async removeOpinion(actor: Actor, id: string, opinionId: string): Promise<void> {
      const { sc, opinion } = await loadOpinion(actor, id, opinionId);
      const at = now();
      await ctx.db.transaction().execute(async (trx) => {
        await removeOpinion(trx, opinion, at);
        await record(
          trx,
          sc,
          actor,
          {
            type: 'opinion-removed',
            opinionId,
            doctor: opinion.doctor,
            position: opinion.position,
          },
          at,
        );
      });
    },

    /** The opinions side by side; refused, with what to do, when there are fewer than two. */
    async compare(actor: Actor, id: string, lang: LetterLang): Promise<Comparison> {
      const { secondOpinion: sc, opinions } = await read(actor, id);
      if (opinions.length < minimumOpinions) throw invalidInput(tooFewOpinions(lang), 'opinions');
      return compareOpinions(opinions, { goals: sc.goals, program: sc.coverage.program }, lang);
    },

    async comparisonPdf(actor: Actor, id: string, lang: LetterLang): Promise<Uint8Array> {
      const { secondOpinion: sc, opinions } = await read(actor, id);
      if (opinions.length < minimumOpinions) throw invalidInput(tooFewOpinions(lang), 'opinions');
      const comparison = compareOpinions(
        opinions,
        { goals: sc.goals, program: sc.coverage.program },
        lang,
      );
      return renderComparisonPdf({ secondOpinion: sc, comparison, lang, today: todayFor(sc) });
    },

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
      const exhibits = await chosenExhibits(ctx.db, sc.id, documentIds);
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

  async function setDeleted(actor: Actor, sc: SecondOpinionCase, deleted: boolean) {
    const at = now();
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await setCaseDeletedAt(trx, sc, deleted ? at : null, at)))
        throw staleVersion(sc.version);
      await record(trx, sc, actor, { type: deleted ? 'case-deleted' : 'case-restored' }, at);
    });
  }

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
}

function staleVersion(current: number) {
  return conflict(
    'Someone changed this case since you opened it. Reload it to see the change, then make yours again.',
    { currentVersion: current },
  );
}

export type OpinionService = ReturnType<typeof opinionService>;
