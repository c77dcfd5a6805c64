import type { Lang } from '../common/lang.js';
import { usStates, type UsState } from '../common/us-states.js';
import type { DeadlineQuery } from './deadline-query.js';
import type { Limit, StartEvent } from './deadline-rule.js';
import type { Unknown } from './rule-matching.js';
import { spanishDeadlineWords } from './deadline-wording-es.js';
import type { DeadlineWords, NextNotice } from './deadline-words-shape.js';

export type {
  DeadlineWords,
  NextNotice,
  StateNoteWords,
  StatedDeadlineWords,
} from './deadline-words-shape.js';

/** The plain words around a deadline: what it counts from, the limit, and the notes. */

export function limitWords(limit: Limit): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  switch (limit.unit) {
    case 'days':
      return plural(limit.count, 'day');
    case 'business-days':
      return plural(limit.count, 'business day');
    case 'months':
      return plural(limit.count, 'month');
    case 'hours':
      return plural(limit.count, 'hour');
  }
}

export function countedFromWords(event: StartEvent, query: DeadlineQuery, start: string): string {
  switch (event) {
    case 'notice-received':
      return query.receivedDate
        ? `the day you received the notice (${start})`
        : `the date on the notice (${start}): the day you received it is not known, and counting from the earlier date is the safe choice`;
    case 'notice-date':
      return `the date on the notice (${start})`;
    case 'appeal-filed':
      return `the day the plan got your appeal (${start})`;
    case 'appeal-decided':
      return `the date of the plan’s answer to your appeal (${start})`;
    case 'review-filed':
      return `the day the reviewer got your request (${start})`;
    case 'reviewer-notice':
      return `the date of the reviewer’s notice that it took your case (${start})`;
  }
}

export function startsWhenWords(event: StartEvent): string {
  switch (event) {
    case 'notice-received':
    case 'notice-date':
      return 'the date of the next notice';
    case 'appeal-filed':
      return 'the day the plan gets your appeal';
    case 'appeal-decided':
      return 'the plan’s answer to your appeal';
    case 'review-filed':
      return 'the day the reviewer gets your request';
    case 'reviewer-notice':
      return 'the reviewer’s notice that it took your case';
  }
}

const unknownWords: Record<Unknown, string> = {
  funding:
    'whether your employer pays claims itself (self-funded) or buys insurance (fully insured)',
  urgency: 'whether the care is urgent, not yet received, already received, or ongoing',
  networkType: 'your plan’s type (HMO, PPO, EPO or POS)',
  state: 'your state',
};

export function dependsOnWords(
  unknowns: readonly Unknown[],
  safest: 'earliest' | 'latest',
): string {
  const facts = unknowns.map((u) => unknownWords[u]).join('; and ');
  const why =
    safest === 'earliest'
      ? 'the earliest possible date, so you are never late'
      : 'the latest possible date, so you do not chase the plan too early';
  return `This depends on ${facts}, which Overturn does not know yet. It shows ${why}.`;
}

export const verifyWords =
  'Verify this date with your plan or your state: the rule behind it is not confirmed in a published source.';

export const tooShortForMailWords =
  'There is too little time to rely on mail: call, fax, use the plan’s online portal or deliver it by hand, and keep proof of when it arrived.';

export const stateName = (state: UsState) => usStates[state];

const nextNoticeWhen: Record<NextNotice, string> = {
  'ire-decision': 'the Independent Review Entity’s decision, if it says no',
  'final-internal-denial': 'the plan’s final answer to your appeal, if it says no',
  'alj-decision': 'the judge’s decision, if it says no',
  'council-decision': 'the Council’s decision, if it says no',
};

export const englishDeadlineWords: DeadlineWords = {
  limit: limitWords,
  or: ' or ',
  countedFrom: countedFromWords,
  startsWhen: startsWhenWords,
  nextNoticeWhen: (notice) => nextNoticeWhen[notice],
  dependsOn: dependsOnWords,
  verify: verifyWords,
  tooShortForMail: tooShortForMailWords,
  timeUnknown: (who) =>
    who === 'patient'
      ? 'The time is not known, so this counts from the start of that day.'
      : 'The time is not known, so this counts from the end of that day: after this, the plan is surely late.',
  ruleAction: (english) => english,
  ruleNote: (english) => english,
  state: {
    noState:
      'This is the federal minimum. Add your state to see its own rules, which may give you more time.',
    federalProcess: (name, { asOf, confidence, checked }) =>
      `${name} uses the federal external review process for insured plans (source dated ${asOf}; ${confidence} confidence; list checked ${checked}). Check with ${name}’s insurance department if unsure.`,
    ownProcess: (name, likely) =>
      `${
        likely
          ? `${name} is not on any list of federal-process states Overturn has read, so it likely runs its own external review`
          : `${name} runs its own external review`
      }. A state process must allow at least 4 months and may allow more: check your notice or ${name}’s insurance department.`,
    mayGiveMore: (name, medicaid) =>
      `This is the federal minimum. ${name} may give you more time: check your notice or ${
        medicaid ? `${name}’s Medicaid agency` : `${name}’s insurance department`
      }.`,
  },
  stated: {
    action: 'Appeal by the date your notice gives',
    countedFrom: (noticeDate) => `the date on the notice (${noticeDate})`,
    citation: 'Your notice',
    laterByLaw: (due, citation) =>
      `The law gives you until ${due} (${citation}); until the plan confirms the later date in writing, send by the earlier one.`,
    source: 'the notice you received',
  },
  missingNoticeDate: 'the date on the notice',
  disclaimer:
    'These dates come from the rules as Overturn reads them. They are not legal advice; the dates on your own notice and your plan’s documents come first, and a plan or state may give you more time.',
};

export const deadlineWords: Readonly<Record<Lang, DeadlineWords>> = {
  en: englishDeadlineWords,
  es: spanishDeadlineWords,
};
