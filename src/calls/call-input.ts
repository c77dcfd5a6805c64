import { z } from 'zod';
import { requiredText } from '../common/text-input.js';
import { isoDate } from '../common/dates.js';
import { dateOrDateTime } from '../common/date-time.js';
import { langField } from '../common/lang-field.js';
import { limits } from '../common/limits.js';
import { bodyObject } from '../common/validation.js';
import { oneOf } from '../cases/case-input.js';
import { callDirectionIds, callOutcomeIds, partyKindIds } from './call.js';

/**
 * What a person sends to log a call: one schema for the HTTP API, the CLI and the web app. Only
 * who, and what was said, are needed; the rest makes the log stronger when there is one.
 */

/** Free text that may be left out; an empty string means "not given". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be ${max} characters or fewer`)
    .transform((v) => v || null)
    .nullish()
    .transform((v) => v ?? null);

const optionalDate = isoDate.nullish().transform((v) => v ?? null);

export const callInput = z.strictObject(
  {
    /** When the call happened: a day, or a day and time (read in the person's time zone). Default: now. */
    at: dateOrDateTime.optional(),
    direction: oneOf(callDirectionIds).default('outgoing'),
    /** What kind of office; when left out, "plan" if `with` names the case's insurer, else "other". */
    party: oneOf(partyKindIds).optional(),
    with: requiredText(limits.name),
    personName: optionalText(limits.name),
    personId: optionalText(limits.identifier),
    reference: optionalText(limits.identifier),
    /** The question the call was about; calls on one question are counted together. */
    topic: optionalText(100),
    summary: requiredText(limits.longText),
    promised: optionalText(limits.shortText),
    promisedBy: optionalDate,
    /** The day to check back; makes a follow-up task even with no promise. */
    followUp: optionalDate,
    outcome: oneOf(callOutcomeIds)
      .nullish()
      .transform((v) => v ?? null),
  },
  bodyObject,
);
export type CallInput = z.output<typeof callInput>;

export const callParams = z.object({
  id: z.string().min(1).max(100),
  callId: z.string().min(1).max(100),
});

/** `?lang=es`: labels, reminders, the supervisor script and follow-up titles in Spanish. */
export const callLangQuery = z.strictObject({ lang: langField });
