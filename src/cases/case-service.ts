import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { AppError, conflict, invalidInput } from '../common/errors.js';
import { decodeCursor, encodeCursor } from '../common/page-cursor.js';
import type { TimelineEventData } from '../timeline/timeline-event.js';
import { caseEventRecorder, findLatestEvent } from '../timeline/timeline-repository.js';
import type { Db } from '../storage/schema.js';
import {
  checkTransition,
  isCaseStatus,
  isStatusOf,
  statusLabel,
  type CaseStatus,
} from './appeal-ladder.js';
import { timeZoneOfCase } from '../deadlines/case-deadlines.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import { findInconsistency, type Case, type CaseDetails, type CaseSummary } from './case.js';
import { loadCaseFor } from './case-access.js';
import { applyPatch, detailsFromInput, diffDetails } from './case-details.js';
import type {
  CaseCreateInput,
  CaseListQuery,
  CasePatchInput,
  StatusChangeInput,
} from './case-input.js';
import { caseListScope } from './case-policy.js';
import { insertCase, listCases, setCaseDeletedAt, updateCase } from './case-repository.js';
import { ladderFor } from './program-ladders.js';

/**
 * Cases: create, list, read, change, move along the appeal ladder. Every call names who acts.
 * Input arrives already validated by the boundary (HTTP, CLI) with the schemas in `case-input.ts`;
 * rules that span fields and the ladder's rules are checked here. Every write and its timeline
 * event share one transaction: both land, or neither does.
 */
export interface CaseServiceHooks {
  /**
   * Runs in the undo's transaction when a ladder step is taken back: other capabilities take back
   * what they wrote with that step (an outcome recorded with it). `stepAt`: when the step was made.
   */
  readonly onStepUndone?: (trx: Db, c: Case, stepAt: string, at: string) => Promise<void>;
}

export function caseService(ctx: ServiceContext, hooks: CaseServiceHooks = {}) {
  const now = () => ctx.clock().toISOString();

  const record = caseEventRecorder(ctx.newId);

  function assertConsistent(details: CaseDetails): void {
    const problem = findInconsistency(details);
    if (problem) throw invalidInput(`${problem.field}: ${problem.message}`, problem.field);
  }

  /**
   * One change to one case, all or nothing: load it for the actor, check the version they saw,
   * let `decide` work out the change (null: nothing to do), then write the case and its timeline
   * event in the same transaction. If someone else wrote the case meanwhile, nothing is written.
   */
  async function change(
    actor: Actor,
    id: string,
    expectedVersion: number | undefined,
    decide: (
      read: Case,
      trx: Db,
    ) => Promise<{
      changes: Partial<Pick<Case, 'status' | keyof CaseDetails>>;
      event: TimelineEventData;
    } | null>,
    alongside?: Alongside,
  ): Promise<Case> {
    return ctx.db.transaction().execute(async (trx) => {
      const read = await loadCaseFor(trx, actor, id);
      checkExpectedVersion(read, expectedVersion);
      const decision = await decide(read, trx);
      if (!decision) return read;
      const at = now();
      const next: Case = { ...read, ...decision.changes, version: read.version + 1, updatedAt: at };
      if (!(await updateCase(trx, next, read.version))) {
        throw conflict(
          'This case was changed by someone else at the same time. Reload it and try again.',
        );
      }
      await record(trx, next, actor, decision.event, at);
      await alongside?.(trx, next, at);
      return next;
    });
  }

  async function markDeleted(
    trx: Db,
    actor: Actor,
    read: Case,
    type: 'case-deleted' | 'case-restored',
  ): Promise<Case> {
    const at = now();
    const deletedAt = type === 'case-deleted' ? at : null;
    if (!(await setCaseDeletedAt(trx, read, deletedAt, at))) {
      throw conflict(
        'This case was changed by someone else at the same time. Reload it and try again.',
      );
    }
    await record(trx, read, actor, { type }, at);
    return { ...read, version: read.version + 1, updatedAt: at };
  }

  function checkExpectedVersion(c: Case, expectedVersion: number | undefined): void {
    if (expectedVersion !== undefined && expectedVersion !== c.version) {
      throw conflict(
        `This case has changed since you opened it (version ${expectedVersion}, now ${c.version}). Reload it and try again.`,
        { version: c.version },
      );
    }
  }

  return {
    /**
     * Opens a case. `id` and `alongside` are for a case made from something else (an intake draft):
     * the case takes its id, and `alongside` writes in the same transaction, so both land or neither.
     */
    async create(
      actor: Actor,
      input: CaseCreateInput,
      { id = ctx.newId(), alongside }: { id?: string; alongside?: Alongside } = {},
    ): Promise<Case> {
      const details = detailsFromInput(input);
      assertConsistent(details);
      const at = now();
      const c: Case = {
        id,
        ownerId: actor.id,
        status: 'denied',
        ...details,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      await ctx.db.transaction().execute(async (trx) => {
        await insertCase(trx, c);
        await record(trx, c, actor, { type: 'case-created' }, at);
        await alongside?.(trx, c, at);
      });
      return c;
    },

    async get(actor: Actor, id: string): Promise<Case> {
      return loadCaseFor(ctx.db, actor, id);
    },

    async list(
      actor: Actor,
      query: CaseListQuery,
    ): Promise<{ cases: CaseSummary[]; nextCursor: string | null }> {
      const unknown = query.status?.find((s) => !isCaseStatus(s));
      if (unknown !== undefined) {
        throw invalidInput(`status: "${unknown}" is not a case status`, 'status');
      }
      const page = await listCases(ctx.db, {
        ...caseListScope(actor),
        statuses: query.status,
        deleted: query.deleted,
        sort: query.sort,
        limit: query.limit,
        after: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
      });
      return { cases: page.cases, nextCursor: page.next && encodeCursor(page.next) };
    },

    async update(
      actor: Actor,
      id: string,
      patch: CasePatchInput,
      { expectedVersion }: { expectedVersion?: number | undefined } = {},
    ): Promise<Case> {
      return change(actor, id, expectedVersion, async (read) => {
        const details = applyPatch(read, patch);
        const changes = diffDetails(read, details);
        if (changes.length === 0) return null;
        assertConsistent(details);
        if (details.plan.program !== read.plan.program) {
          assertStatusFitsProgram(read, details.plan.program);
        }
        return { changes: details, event: { type: 'case-updated', changes } };
      });
    },

    /**
     * Moves a case one step on its ladder. `alongside` writes what the step records (an outcome) in
     * the same transaction, after the step: both land, or neither does.
     */
    async changeStatus(
      actor: Actor,
      id: string,
      input: StatusChangeInput & { expectedVersion?: number | undefined },
      { alongside }: { alongside?: Alongside } = {},
    ): Promise<Case> {
      return change(
        actor,
        id,
        input.expectedVersion,
        async (read) => {
          const check = checkTransition(ladderFor(read.plan.program), read.status, input.to);
          if (!check.ok) throw illegalTransition(check.reason, check.allowed);
          return {
            changes: { status: check.to, denial: withAppealFiled(read, check.to, ctx.clock()) },
            event: {
              type: 'status-changed',
              from: read.status,
              to: check.to,
              note: input.note ?? null,
            },
          };
        },
        alongside,
      );
    },

    /**
     * Deletes a case softly: it leaves every list, deadline, task and calendar, and `restore` brings
     * it back as it was. The deletion is on the case's timeline.
     */
    async remove(
      actor: Actor,
      id: string,
      { expectedVersion }: { expectedVersion?: number | undefined } = {},
    ): Promise<void> {
      await ctx.db.transaction().execute(async (trx) => {
        const read = await loadCaseFor(trx, actor, id);
        checkExpectedVersion(read, expectedVersion);
        await markDeleted(trx, actor, read, 'case-deleted');
      });
    },

    /** Brings back a deleted case, with everything it had. */
    async restore(actor: Actor, id: string): Promise<Case> {
      return ctx.db.transaction().execute(async (trx) => {
        const read = await loadCaseFor(trx, actor, id, { deleted: true });
        return markDeleted(trx, actor, read, 'case-restored');
      });
    },

    /**
     * Takes back the last step, for a mis-click: the case returns to the status it came from. The
     * ladder's rules are not bypassed silently: the undo is itself a recorded step on the timeline,
     * and undoing again steps forward once more.
     */
    async undoStatusChange(
      actor: Actor,
      id: string,
      { expectedVersion }: { expectedVersion?: number | undefined } = {},
    ): Promise<Case> {
      return change(actor, id, expectedVersion, async (read, trx) => {
        const last = await findLatestEvent(trx, read.id, 'status-changed');
        if (last?.data.type !== 'status-changed' || last.data.to !== read.status) {
          throw conflict('There is no step to undo on this case.');
        }
        const back = last.data.from;
        if (!isStatusOf(ladderFor(read.plan.program), back)) {
          throw conflict(
            `The last step cannot be undone: "${last.data.from}" is not a step of this case's program any more.`,
          );
        }
        await hooks.onStepUndone?.(trx, read, last.at, now());
        return {
          changes: { status: back, denial: withoutAppealFiled(read, last.at) },
          event: {
            type: 'status-changed',
            from: read.status,
            to: back,
            note: 'Undone: back one step',
          },
        };
      });
    },
  };
}

export type CaseService = ReturnType<typeof caseService>;

/** Writes that belong with a change to a case, made in its transaction with the changed case. */
export type Alongside = (trx: Db, c: Case, at: string) => Promise<void>;

/** A step the ladder does not allow, with the steps it does (for the person to choose from). */
export function illegalTransition(reason: string, allowed: readonly CaseStatus[]): AppError {
  const next = allowed.length ? ` Allowed next: ${allowed.join(', ')}.` : '';
  return new AppError('illegal-transition', `${reason}${next}`, 'to', { allowed });
}

/** True for "the first appeal was sent": the step that starts the plan's clock to decide. */
function isFirstAppealSent(c: Pick<Case, 'plan'>, status: CaseStatus): boolean {
  const first = ladderFor(c.plan.program).levels[0]!;
  return status === `${first.id}-submitted`;
}

/**
 * When the person marks the first appeal sent, the day it went becomes the appeal's date unless
 * they gave one, so the plan's deadline to decide shows at once. The person can correct it to the
 * day the plan got it.
 */
function withAppealFiled(c: Case, to: CaseStatus, now: Date): Case['denial'] {
  if (!isFirstAppealSent(c, to) || c.denial.appealFiledAt) return c.denial;
  return { ...c.denial, appealFiledAt: dateInZone(now.getTime(), timeZoneOfCase(c)) };
}

/** Undoing "sent" takes back the date it set that day. */
function withoutAppealFiled(c: Case, stepAt: string): Case['denial'] {
  const setThen = dateInZone(Date.parse(stepAt), timeZoneOfCase(c));
  if (!isFirstAppealSent(c, c.status) || c.denial.appealFiledAt !== setThen) return c.denial;
  return { ...c.denial, appealFiledAt: null };
}

/** A case part-way up one ladder cannot silently jump to a step another program does not have. */
function assertStatusFitsProgram(c: Case, program: Case['plan']['program']): void {
  const ladder = ladderFor(program);
  if (isStatusOf(ladder, c.status)) return;
  throw conflict(
    `The program cannot change to ${program} now: the case is at "${statusLabel(ladderFor(c.plan.program), c.status)}", a step that program's appeals do not have. Withdraw this case and start a new one for the right program.`,
    { status: c.status },
  );
}
