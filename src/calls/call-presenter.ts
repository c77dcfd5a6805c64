import { z } from 'zod';
import type { Lang } from '../common/lang.js';
import { presentTask, taskView } from '../tasks/task-presenter.js';
import { callDirectionIds, callOutcomeIds, partyKindIds, type Call } from './call.js';
import type { CallLog, LoggedCall, SupervisorSuggestion } from './call-rules.js';
import { directionLabel, outcomeLabel, partyLabel } from './call-words.js';

/**
 * What leaves the server about calls: the call, its follow-up, and what it calls for. The labels
 * are in `lang`; the reminders, the supervisor words and follow-up titles come worded by the service.
 */

export const callView = z.object({
  id: z.string(),
  caseId: z.string(),
  at: z.string().describe('When the call happened, ISO 8601 in UTC'),
  direction: z.enum(callDirectionIds),
  directionLabel: z.string(),
  party: z.enum(partyKindIds),
  partyLabel: z.string(),
  with: z.string(),
  personName: z.string().nullable(),
  personId: z.string().nullable(),
  reference: z.string().nullable(),
  topic: z.string(),
  summary: z.string(),
  promised: z.string().nullable(),
  promisedBy: z.string().nullable(),
  outcome: z.enum(callOutcomeIds).nullable(),
  outcomeLabel: z.string().nullable(),
  followUp: taskView.nullable(),
  createdAt: z.string(),
});
export type CallView = z.infer<typeof callView>;

export const supervisorView = z.object({
  topic: z.string(),
  callsWithoutProgress: z.number().int(),
  why: z.string(),
  script: z.array(z.string()).describe('What to say, line by line'),
  tip: z.object({ text: z.string(), citation: z.string(), confidence: z.literal('high') }),
});

export const loggedCallView = callView.extend({
  reminders: z.array(z.string()).describe('What to ask for next time'),
  supervisor: supervisorView.nullable(),
});

export const callLogView = z.object({
  items: z.array(callView).describe('Oldest first'),
  supervisor: z.array(supervisorView).describe('Questions that call for a supervisor now'),
});

export function presentCall(
  call: Call,
  followUp: CallView['followUp'] = null,
  lang: Lang = 'en',
): CallView {
  return {
    id: call.id,
    caseId: call.caseId,
    at: call.at,
    direction: call.direction,
    directionLabel: directionLabel(call.direction, lang),
    party: call.partyKind,
    partyLabel: partyLabel(call.partyKind, lang),
    with: call.withParty,
    personName: call.personName,
    personId: call.personId,
    reference: call.reference,
    topic: call.topic,
    summary: call.summary,
    promised: call.promised,
    promisedBy: call.promisedBy,
    outcome: call.outcome,
    outcomeLabel: call.outcome ? outcomeLabel(call.outcome, lang) : null,
    followUp,
    createdAt: call.createdAt,
  };
}

const presentSupervisor = (s: SupervisorSuggestion) => ({ ...s, script: [...s.script] });

export function presentLoggedCall(
  logged: LoggedCall,
  lang: Lang = 'en',
): z.infer<typeof loggedCallView> {
  return {
    ...presentCall(logged.call, logged.followUp && presentTask(logged.followUp, lang), lang),
    reminders: [...logged.reminders],
    supervisor: logged.supervisor && presentSupervisor(logged.supervisor),
  };
}

export function presentCallLog(log: CallLog, lang: Lang = 'en'): z.infer<typeof callLogView> {
  return {
    items: log.calls.map((call) => {
      const followUp = log.followUps.find((task) => task.source?.id === call.id);
      return presentCall(call, followUp ? presentTask(followUp, lang) : null, lang);
    }),
    supervisor: log.supervisor.map(presentSupervisor),
  };
}
