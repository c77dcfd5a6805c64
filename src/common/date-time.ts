import { z } from 'zod';
import { isIsoDate } from './dates.js';

const dateTimePattern =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A day (`YYYY-MM-DD`) or, where a limit is counted in hours, a moment (`YYYY-MM-DDTHH:MM`; with
 * no offset it is read in the person's time zone).
 */
export const dateOrDateTime = z
  .string()
  .trim()
  .refine(
    (v) => isIsoDate(v) || (dateTimePattern.test(v) && isIsoDate(v.slice(0, 10))),
    'must be a real date written YYYY-MM-DD, or a date and time written YYYY-MM-DDTHH:MM',
  );
