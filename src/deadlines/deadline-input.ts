import { z } from 'zod';
import { isoDate } from '../common/dates.js';
import { dateOrDateTime } from '../common/date-time.js';
import { langField } from '../common/lang-field.js';
import { bodyObject } from '../common/validation.js';
import { oneOf, stateCode } from '../cases/case-input.js';
import { fundingIds, networkTypeIds, programIds } from '../cases/case-terms.js';
import { defaultSendByDays } from './deadline-query.js';
import { noticeStageIds, urgencyIds } from './deadline-terms.js';
import { isTimeZone } from './zoned-time.js';

/**
 * What `overturn deadlines` and `POST /api/deadlines` accept: the facts of one notice.
 * Cross-field rules (dates in order, not in the future, a notice the program has) are checked by
 * `problemWith` once the person's "today" is known.
 */

export const deadlineQueryInput = z.strictObject(
  {
    program: oneOf(programIds),
    state: stateCode.optional(),
    notice: oneOf(noticeStageIds).default('initial-denial'),
    noticeDate: isoDate,
    receivedDate: isoDate.nullable().optional(),
    urgency: oneOf(urgencyIds).nullable().optional(),
    funding: oneOf(fundingIds).nullable().optional(),
    networkType: oneOf(networkTypeIds).nullable().optional(),
    appealFiledAt: dateOrDateTime.nullable().optional(),
    reviewFiledAt: dateOrDateTime.nullable().optional(),
    reviewerNoticeDate: isoDate.nullable().optional(),
    timeZone: z
      .string()
      .trim()
      .refine(isTimeZone, 'must be a time zone name such as America/Chicago')
      .optional(),
    sendByDays: z
      .number({ error: 'must be a whole number of days' })
      .int('must be a whole number of days')
      .min(0, 'must be 0 or more')
      .max(60, 'must be 60 days or fewer')
      .default(defaultSendByDays),
    lang: langField,
  },
  bodyObject,
);
export type DeadlineQueryInput = z.output<typeof deadlineQueryInput>;

/** `?lang=es` on the routes that read a case's deadlines and next step. */
export const langQuery = z.strictObject({ lang: langField });
