import { levelAndPhase, type CaseStatus } from '../cases/appeal-ladder.js';
import { compareText } from '../common/dates.js';
import type { Lang } from '../common/lang.js';
import type { Task } from '../tasks/task.js';
import { followUpTitle } from '../tasks/task-words.js';
import { topicKey, type Call } from './call.js';
import { callWords } from './call-words.js';

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
 * makes one too (the follow-up date wins when both are given). The title is stored in English;
 * `storedTaskTitle` words it in Spanish when it is read.
 */
export function followUpOf(call: {
  readonly withParty: string;
  readonly promised: string | null;
  readonly promisedBy: string | null;
  readonly followUp: string | null;
}): FollowUp | null {
  const due = call.followUp ?? call.promisedBy;
  if (!due) return null;
  return { due, title: followUpTitle(call, 'en') };
}

/** What to ask next time, when this call left something out, in `lang`. */
export function callReminders(
  call: Pick<Call, 'reference' | 'personName' | 'promised' | 'promisedBy'> & {
    readonly followUp?: string | null;
  },
  lang: Lang = 'en',
): string[] {
  const words = callWords[lang].reminders;
  const reminders: string[] = [];
  if (!call.reference) reminders.push(words.reference);
  if (!call.personName) reminders.push(words.person);
  if (call.promised && !call.promisedBy && !call.followUp) reminders.push(words.promiseDate);
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

/**
 * Counts the calls on one question with no progress since it last moved forward (a call whose
 * outcome was not given neither counts nor resets). At three, it suggests asking for a supervisor,
 * in `lang`.
 */
export function supervisorSuggestion(
  calls: readonly Call[],
  topic: string,
  lang: Lang = 'en',
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
  const words = callWords[lang];
  return {
    topic: key,
    callsWithoutProgress: count,
    why: words.supervisorWhy(count, key),
    script: words.script(count),
    tip: {
      text: words.tip,
      citation: '29 CFR 2560.503-1(h)(2)(iii), (m)(8)',
      confidence: 'high',
    },
  };
}

/** Every question of the case that calls for a supervisor now. */
export function supervisorSuggestions(
  calls: readonly Call[],
  lang: Lang = 'en',
): SupervisorSuggestion[] {
  const topics = [...new Set(calls.map((call) => call.topic))].sort(compareText);
  return topics.flatMap((topic) => supervisorSuggestion(calls, topic, lang) ?? []);
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
