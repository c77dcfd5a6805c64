import { invalidInput } from '../common/errors.js';
import { computeDeadlines } from './compute-deadlines.js';
import type { DeadlineSchedule } from './deadline.js';
import type { DeadlineQueryInput } from './deadline-input.js';
import { problemWith, type DeadlineQuery } from './deadline-query.js';
import { defaultTimeZone, timeZoneOfState } from './state-time-zones.js';
import { dateInZone } from './zoned-time.js';

/**
 * The deadlines of one notice described by hand (`overturn deadlines`, `POST /api/deadlines`),
 * worded in the input's language (English when it names none).
 * "Today" is the person's date in their time zone, so a notice dated today is never "in the future"
 * because a server or laptop runs on another clock.
 */
export function scheduleFor(
  input: DeadlineQueryInput,
  now: Date,
): DeadlineSchedule & { readonly today: string } {
  const timeZone = input.timeZone ?? (input.state ? timeZoneOfState[input.state] : defaultTimeZone);
  const query: DeadlineQuery = {
    program: input.program,
    state: input.state ?? null,
    notice: input.notice,
    noticeDate: input.noticeDate,
    receivedDate: input.receivedDate ?? null,
    urgency: input.urgency ?? null,
    funding: input.funding ?? null,
    networkType: input.networkType ?? null,
    appealFiledAt: input.appealFiledAt ?? null,
    reviewFiledAt: input.reviewFiledAt ?? null,
    reviewerNoticeDate: input.reviewerNoticeDate ?? null,
    timeZone,
    sendByDays: input.sendByDays,
  };
  const today = dateInZone(now.getTime(), timeZone);
  const problem = problemWith(query, today);
  if (problem) throw invalidInput(`${problem.field}: ${problem.message}`, problem.field);
  return { ...computeDeadlines(query, undefined, input.lang), today };
}
