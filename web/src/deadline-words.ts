import type { CaseDeadline } from './api.js';

/** How a deadline reads on screen: who acts, how much time is left, how sure the rule is. */

export const whoActs: Readonly<Record<CaseDeadline['who'], string>> = {
  patient: 'You',
  plan: 'The plan',
  reviewer: 'The reviewer',
};

export const confidenceWords: Readonly<Record<CaseDeadline['confidence'], string>> = {
  high: 'High: the rule is clear',
  medium: 'Medium: the rule is clear, but how to count the days is less sure',
  low: 'Low: verify this date with your plan or state',
};

/** Within this many days, an open deadline is "soon" and stands out. */
export const soonDays = 7;

/**
 * Where a deadline stands, for its badge and its group: met, passed, close, or with time to go.
 * Each has its own words, shape and colour, so colour is never the only cue.
 */
export type Standing = 'done' | 'missed' | 'soon' | 'open';

export function standingOf(d: Pick<CaseDeadline, 'state' | 'daysLeft'>): Standing {
  switch (d.state) {
    case 'done':
      return 'done';
    case 'missed':
      return 'missed';
    case 'open':
      return d.daysLeft <= soonDays ? 'soon' : 'open';
  }
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** "12 days left", "Due today", "3 days late", "Done". */
export function timeLeftText(d: Pick<CaseDeadline, 'state' | 'daysLeft'>): string {
  switch (d.state) {
    case 'done':
      return 'Done';
    case 'missed':
      return `${days(Math.max(1, -d.daysLeft))} late`;
    case 'open':
      return d.daysLeft <= 0 ? 'Due today' : `${days(d.daysLeft)} left`;
  }
}

/** A rule we are not sure of is shown with a plain warning to check the date. */
export const needsVerifying = (d: Pick<CaseDeadline, 'verify' | 'confidence'>) =>
  d.verify || d.confidence === 'low';
