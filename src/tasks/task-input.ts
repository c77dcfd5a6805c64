import { z } from 'zod';
import { isoDate } from '../common/dates.js';
import { langField } from '../common/lang-field.js';
import { limits } from '../common/limits.js';
import { bodyObject } from '../common/validation.js';
import { requiredText } from '../common/text-input.js';

/** What a person sends about tasks: a task of their own, and how far ahead to look. */

export const manualTaskInput = z.strictObject(
  { title: requiredText(limits.shortText), due: isoDate },
  bodyObject,
);
export type ManualTaskInput = z.output<typeof manualTaskInput>;

/** At most ten years ahead: far enough for any appeal. */
export const maxDueWithinDays = 3650;

export const dueWithinDays = z.coerce
  .number({ error: 'must be a whole number of days, such as 30' })
  .int('must be a whole number of days, such as 30')
  .min(0, 'must be 0 or more')
  .max(maxDueWithinDays, `must be ${maxDueWithinDays} or fewer`);

export const taskListQuery = z.strictObject({
  dueWithin: dueWithinDays.optional(),
  lang: langField,
});

/** `?lang=es`: the words of the answer (titles the system wrote, labels) in Spanish. */
export const taskLangQuery = z.strictObject({ lang: langField });

export const taskParams = z.object({ taskId: z.string().min(1).max(200) });
