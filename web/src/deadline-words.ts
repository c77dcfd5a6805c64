import type { CaseDeadline } from './api.js';
import type { Messages } from './i18n/messages.js';

/**
 * How a deadline reads on screen: how much time is left, and whether it needs checking. Who acts
 * and how sure the rule is are words of the message files (`t.deadlines.who`, `.confidence`).
 */

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

/** "12 days left", "Due today", "3 days late", "Done". */
export function timeLeftText(
  words: Messages['deadlines']['timeLeft'],
  d: Pick<CaseDeadline, 'state' | 'daysLeft'>,
): string {
  switch (d.state) {
    case 'done':
      return words.done;
    case 'missed':
      return words.late(Math.max(1, -d.daysLeft));
    case 'open':
      return d.daysLeft <= 0 ? words.dueToday : words.left(d.daysLeft);
  }
}

/** A rule we are not sure of is shown with a plain warning to check the date. */
export const needsVerifying = (d: Pick<CaseDeadline, 'verify' | 'confidence'>) =>
  d.verify || d.confidence === 'low';
