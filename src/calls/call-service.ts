import type { ServiceContext } from '../app/context.js';
import type { Actor } from '../common/actor.js';
import { invalidInput, notFound } from '../common/errors.js';
import type { Lang } from '../common/lang.js';
import type { Case } from '../cases/case.js';
import { loadCaseFor } from '../cases/case-access.js';
import { timeZoneOfCase } from '../deadlines/case-deadlines.js';
import { dateInZone } from '../deadlines/zoned-time.js';
import type { StoredTask } from '../tasks/task.js';
import { insertTask, listCaseTasks, softDeleteOpenTasksOfCall } from '../tasks/task-repository.js';
import { taskOfStored } from '../tasks/task-rules.js';
import { caseEventRecorder } from '../timeline/timeline-repository.js';
import { topicKey, type Call, type PartyKind } from './call.js';
import type { CallInput } from './call-input.js';
import { findCall, insertCall, listCalls, softDeleteCall } from './call-repository.js';
import {
  callReminders,
  defaultTopicOf,
  followUpOf,
  supervisorSuggestion,
  supervisorSuggestions,
  type CallLog,
  type LoggedCall,
} from './call-rules.js';
import { callInstant } from './call-when.js';

/** A call may be logged a little ahead of the clock (a phone's time), not in the future. */
const clockSkewMs = 5 * 60_000;

/** "plan" when the person named the case's insurer, else what they chose, else "other". */
function partyOf(c: Case, input: CallInput): PartyKind {
  if (input.party) return input.party;
  return input.with.toLowerCase().includes(c.plan.insurer.toLowerCase()) ? 'plan' : 'other';
}

/**
 * The call log: log a call (with its follow-up task and the timeline event, in one transaction),
 * read a case's log with what it calls for, and remove a call logged by mistake. What the log says
 * to the person (reminders, the supervisor script, follow-up titles) comes in `lang`.
 */
export function callService(ctx: ServiceContext) {
  const todayFor = (c: Case) => dateInZone(ctx.clock().getTime(), timeZoneOfCase(c));

  const record = caseEventRecorder(ctx.newId);

  function callOf(c: Case, actor: Actor, input: CallInput, now: string): Call {
    // A call logged as "today" with no time happened earlier today, not at noon ahead.
    const at =
      !input.at || input.at === todayFor(c) ? now : callInstant(input.at, timeZoneOfCase(c));
    if (Date.parse(at) > Date.parse(now) + clockSkewMs)
      throw invalidInput('at: a call cannot be logged before it happens', 'at');
    return {
      id: ctx.newId(),
      caseId: c.id,
      at,
      direction: input.direction,
      partyKind: partyOf(c, input),
      withParty: input.with,
      personName: input.personName,
      personId: input.personId,
      reference: input.reference,
      topic: topicKey(input.topic ?? defaultTopicOf(c.status)),
      summary: input.summary,
      promised: input.promised,
      promisedBy: input.promisedBy,
      outcome: input.outcome,
      createdAt: now,
      createdBy: actor.id,
    };
  }

  return {
    async add(
      actor: Actor,
      caseId: string,
      input: CallInput,
      { lang = 'en' }: { lang?: Lang } = {},
    ): Promise<LoggedCall> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const now = ctx.clock().toISOString();
      const call = callOf(c, actor, input, now);
      const plan = followUpOf({ ...call, followUp: input.followUp });
      const task: StoredTask | null = plan && {
        id: ctx.newId(),
        caseId: c.id,
        kind: 'follow-up',
        title: plan.title,
        due: plan.due,
        sourceCallId: call.id,
        doneAt: null,
        doneBy: null,
        createdAt: now,
        createdBy: actor.id,
      };
      const calls = await ctx.db.transaction().execute(async (trx) => {
        await insertCall(trx, call);
        if (task) await insertTask(trx, task);
        await record(
          trx,
          c,
          actor,
          {
            type: 'call-logged',
            callId: call.id,
            with: call.withParty,
            reference: call.reference,
            followUpTaskId: task?.id ?? null,
          },
          now,
        );
        return listCalls(trx, c.id);
      });
      return {
        call,
        followUp: task && taskOfStored(task, c.patient.name, todayFor(c), 'appeal', lang),
        reminders: callReminders({ ...call, followUp: input.followUp }, lang),
        supervisor: supervisorSuggestion(calls, call.topic, lang),
      };
    },

    async list(
      actor: Actor,
      caseId: string,
      { lang = 'en' }: { lang?: Lang } = {},
    ): Promise<CallLog> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const calls = await listCalls(ctx.db, c.id);
      const tasks = await listCaseTasks(ctx.db, c.id);
      const today = todayFor(c);
      return {
        calls,
        followUps: tasks
          .filter((task) => task.sourceCallId !== null)
          .map((task) => taskOfStored(task, c.patient.name, today, 'appeal', lang)),
        supervisor: supervisorSuggestions(calls, lang),
      };
    },

    /** Hides a call logged by mistake, and the follow-ups it made that are not done yet. */
    async remove(actor: Actor, caseId: string, callId: string): Promise<void> {
      const c = await loadCaseFor(ctx.db, actor, caseId);
      const call = await findCall(ctx.db, c.id, callId);
      if (!call) throw notFound('call', callId);
      const now = ctx.clock().toISOString();
      await ctx.db.transaction().execute(async (trx) => {
        await softDeleteCall(trx, call.id, now);
        await softDeleteOpenTasksOfCall(trx, call.id, now);
        await record(trx, c, actor, { type: 'call-removed', callId, with: call.withParty }, now);
      });
    },
  };
}

export type CallService = ReturnType<typeof callService>;
