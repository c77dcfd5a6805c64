import type { Funding, NetworkType, Program } from '../cases/case-terms.js';
import { programs } from '../cases/case-terms.js';
import type { UsState } from '../common/us-states.js';
import type { NoticeStage, Urgency } from './deadline-terms.js';

/** Everything the deadline rules need to know about a denial. Unknown facts are `null`. */
export interface DeadlineQuery {
  readonly program: Program;
  readonly state: UsState | null;
  readonly notice: NoticeStage;
  /** The date printed on the notice. */
  readonly noticeDate: string;
  /** The day the person got it, when known. */
  readonly receivedDate: string | null;
  readonly urgency: Urgency | null;
  readonly funding: Funding | null;
  readonly networkType: NetworkType | null;
  /** When the plan got the appeal: `YYYY-MM-DD`, or a date-time for hour limits. */
  readonly appealFiledAt: string | null;
  /** When the reviewer got the request for external review: `YYYY-MM-DD` or a date-time. */
  readonly reviewFiledAt: string | null;
  /** The date of the reviewer's notice that it took the case. */
  readonly reviewerNoticeDate: string | null;
  /** The person's IANA time zone: hour limits are shown in it. */
  readonly timeZone: string;
  /** How many days before a legal deadline to send by mail. */
  readonly sendByDays: number;
}

/** How many days before a deadline to post a letter, unless the person says otherwise. */
export const defaultSendByDays = 10;

/** The notices each program has. Medicare Advantage has no final internal denial to act on. */
const noticesOf: Record<Program, readonly NoticeStage[]> = {
  'employer-group': ['initial-denial', 'final-internal-denial'],
  'individual-market': ['initial-denial', 'final-internal-denial'],
  'medicare-advantage': ['initial-denial', 'ire-decision', 'alj-decision', 'council-decision'],
  'medicaid-managed-care': ['initial-denial', 'final-internal-denial'],
};

export interface QueryProblem {
  readonly field: keyof DeadlineQuery;
  readonly message: string;
}

/** The date part of `YYYY-MM-DD` or an ISO date-time. */
export const datePart = (value: string) => value.slice(0, 10);

/**
 * Checks what one field alone cannot: dates in order and not in the future, and a notice the
 * program has. `today` is the person's date, in their time zone.
 */
export function problemWith(query: DeadlineQuery, today: string): QueryProblem | null {
  const { program, notice, noticeDate, receivedDate } = query;
  if (!noticesOf[program].includes(notice)) {
    const message =
      notice === 'final-internal-denial' && program === 'medicare-advantage'
        ? 'Medicare Advantage has no final internal denial for you to act on: when the plan keeps its denial at reconsideration, it must send your case to the Independent Review Entity itself (42 CFR 422.590). Use initial-denial with the date of the plan’s first denial, or ire-decision with the date of the Independent Review Entity’s decision'
        : `${programs[program]} has no "${notice}" notice; use one of: ${noticesOf[program].join(', ')}`;
    return { field: 'notice', message };
  }
  if (noticeDate > today)
    return {
      field: 'noticeDate',
      message: `the notice date ${noticeDate} is in the future (today is ${today}); check the date printed on the notice`,
    };
  if (receivedDate && receivedDate < noticeDate)
    return {
      field: 'receivedDate',
      message: `the date you received the notice (${receivedDate}) is before the date printed on it (${noticeDate}); check both dates`,
    };
  if (receivedDate && receivedDate > today)
    return {
      field: 'receivedDate',
      message: `the date you received the notice (${receivedDate}) is in the future (today is ${today})`,
    };
  for (const field of ['appealFiledAt', 'reviewFiledAt', 'reviewerNoticeDate'] as const) {
    const value = query[field];
    if (value && datePart(value) < noticeDate)
      return {
        field,
        message: `${value} is before the notice date ${noticeDate}; check the dates`,
      };
    if (value && datePart(value) > today)
      return { field, message: `${value} is in the future (today is ${today}); check the date` };
  }
  return null;
}
