import { levelAndPhase, type CaseStatus } from '../cases/appeal-ladder.js';
import { compareText } from '../common/dates.js';
import type { Task } from '../tasks/task.js';
import { topicKey, type Call } from './call.js';

/**
 * What a logged call leads to: a follow-up task when something was promised by a date, reminders
 * for what the person should have asked, and — after the third call on one question with no
 * progress — the suggestion to ask for a supervisor, with the words to use.
 */

/** After this many calls on one question with no progress, ask for a supervisor. */
export const callsBeforeSupervisor = 3;

/** The question a call is about when the person does not name one: the appeal step the case is at. */
export function defaultTopicOf(status: CaseStatus): string {
  return topicKey(levelAndPhase(status)?.level ?? status);
}

export interface FollowUp {
  readonly title: string;
  /** `YYYY-MM-DD`. */
  readonly due: string;
}

/**
 * A promise with a date becomes a follow-up on that date; a follow-up date given without a promise
 * makes one too (the follow-up date wins when both are given).
 */
export function followUpOf(call: {
  readonly withParty: string;
  readonly promised: string | null;
  readonly promisedBy: string | null;
  readonly followUp: string | null;
}): FollowUp | null {
  const due = call.followUp ?? call.promisedBy;
  if (!due) return null;
  return {
    due,
    title: call.promised
      ? `Check with ${call.withParty}: ${call.promised}`
      : `Follow up with ${call.withParty}`,
  };
}

/** What to ask next time, when this call left something out. */
export function callReminders(
  call: Pick<Call, 'reference' | 'personName' | 'promised' | 'promisedBy'> & {
    readonly followUp?: string | null;
  },
): string[] {
  const reminders: string[] = [];
  if (!call.reference)
    reminders.push('Ask for a reference number on every call. Write it down with the date.');
  if (!call.personName)
    reminders.push('Ask for the name and ID of the person you speak with, and write them down.');
  if (call.promised && !call.promisedBy && !call.followUp)
    reminders.push('They promised something, but not by when. Call back and ask for a date.');
  return reminders;
}

export interface SupervisorSuggestion {
  readonly topic: string;
  /** Calls on this question since it last moved forward. */
  readonly callsWithoutProgress: number;
  readonly why: string;
  /** What to say, line by line: polite, plain and firm. */
  readonly script: readonly string[];
  /** A right that helps when calls go nowhere, with its citation (employer and ACA plans). */
  readonly tip: { readonly text: string; readonly citation: string; readonly confidence: 'high' };
}

const script = (count: number): string[] => [
  `I have called ${count} times about this, and it is still not solved. I would like to speak with a supervisor, please.`,
  'May I have your name and your employee ID?',
  'What is the reference number for this call?',
  'When will a decision be made? Please send me that date in writing.',
  'If a supervisor cannot talk now, please have one call me back. When should I expect the call?',
];

/**
 * Counts the calls on one question with no progress since it last moved forward (a call whose
 * outcome was not given neither counts nor resets). At three, it suggests asking for a supervisor.
 */
export function supervisorSuggestion(
  calls: readonly Call[],
  topic: string,
): SupervisorSuggestion | null {
  const key = topicKey(topic);
  let count = 0;
  const onTopic = calls
    .filter((call) => call.topic === key)
    .sort((a, b) => compareText(a.at, b.at) || compareText(a.id, b.id));
  for (const call of onTopic) {
    if (call.outcome === 'no-progress') count += 1;
    else if (call.outcome !== null) count = 0;
  }
  if (count < callsBeforeSupervisor) return null;
  return {
    topic: key,
    callsWithoutProgress: count,
    why: `You have called ${count} times about “${key}” with no progress. It is time to ask for a supervisor.`,
    script: script(count),
    tip: {
      text: 'For employer and ACA plans, notes and recordings of calls about your claim are part of your claim file. You can ask for a free copy.',
      citation: '29 CFR 2560.503-1(h)(2)(iii), (m)(8)',
      confidence: 'high',
    },
  };
}

/** Every question of the case that calls for a supervisor now. */
export function supervisorSuggestions(calls: readonly Call[]): SupervisorSuggestion[] {
  const topics = [...new Set(calls.map((call) => call.topic))].sort(compareText);
  return topics.flatMap((topic) => supervisorSuggestion(calls, topic) ?? []);
}

export interface LoggedCall {
  readonly call: Call;
  readonly followUp: Task | null;
  /** What to ask for next time (a reference number, a name, a date). */
  readonly reminders: readonly string[];
  readonly supervisor: SupervisorSuggestion | null;
}

export interface CallLog {
  readonly calls: readonly Call[];
  /** The follow-up tasks the calls made (done ones too), each with its overdue flag. */
  readonly followUps: readonly Task[];
  /** Questions that call for a supervisor now. */
  readonly supervisor: readonly SupervisorSuggestion[];
}
