import type { ServiceContext } from '../app/context.js';
import { canAccessCase, caseListScope } from '../cases/case-policy.js';
import { setCaseDeletedAt } from '../cases/case-repository.js';
import type { CaseService } from '../cases/case-service.js';
import type { Actor } from '../common/actor.js';
import { addDays } from '../common/dates.js';
import { conflict, invalidInput, notFound, staleVersion } from '../common/errors.js';
import { timeZoneOfCase } from '../deadlines/case-deadlines.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import type { LetterLang } from '../letters/letter.js';
import { isUniqueViolation } from '../storage/dialect.js';
import { caseEventRecorder } from '../timeline/timeline-repository.js';
import { compareOpinions, minimumOpinions, tooFewOpinions } from './compare-opinions.js';
import type { Comparison, Opinion } from './opinion.js';
import {
  changedOpinion,
  checkAnswersOf,
  coverageOf,
  opinionOf,
  stripUndefined,
} from './opinion-changes.js';
import type {
  NewSecondOpinionInput,
  OpinionChangeInput,
  OpinionInput,
  QuestionsInput,
  SecondOpinionChangeInput,
} from './opinion-input.js';
import { opinionOutreachService } from './opinion-outreach-service.js';
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
import { renderComparisonPdf } from './render-comparison-pdf.js';
import type { SecondOpinionCase, SecondOpinionSummary, VisitQuestion } from './second-opinion.js';
import { suggestedQuestions } from './visit-questions.js';

/** A second-opinion case as read: the case and its opinions, the first doctor's first. */
export interface SecondOpinionRecord {
  readonly secondOpinion: SecondOpinionCase;
  readonly opinions: readonly Opinion[];
}

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

    ...opinionOutreachService(ctx, { cases, load, read, todayFor }),
  };

  async function setDeleted(actor: Actor, sc: SecondOpinionCase, deleted: boolean) {
    const at = now();
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await setCaseDeletedAt(trx, sc, deleted ? at : null, at)))
        throw staleVersion(sc.version);
      await record(trx, sc, actor, { type: deleted ? 'case-deleted' : 'case-restored' }, at);
    });
  }
}

export type OpinionService = ReturnType<typeof opinionService>;
