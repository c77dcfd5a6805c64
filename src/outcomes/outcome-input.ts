import { z } from 'zod';
import { oneOf } from '../cases/case-input.js';
import { requiredText } from '../common/text-input.js';
import { isoDate } from '../common/dates.js';
import { langField } from '../common/lang-field.js';
import { limits } from '../common/limits.js';
import { bodyObject } from '../common/validation.js';
import { decisionIds } from './outcome.js';

/**
 * What a person sends to record an outcome: one schema for the HTTP API, the CLI and the web app.
 * Money is whole cents here (the CLI turns "123.45" into cents first). A plan may pay more than was
 * billed (with interest), so the amount is not checked against the bill, only kept sane.
 */

const maxCents = limits.maxAmountDollars * 100;

/** Free text that may be left out; an empty string means "not given". */
const textOrNull = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be ${max} characters or fewer`)
    .nullish()
    .transform((v) => v || null);

export const outcomeInput = z.strictObject(
  {
    decision: oneOf(decisionIds),
    /** The day the decision was made (the date on the decision letter). */
    decidedOn: isoDate,
    /** Who decided: the plan, the independent reviewer, the judge, the state. */
    decidedBy: requiredText(limits.name),
    amountPaidCents: z
      .number({ error: 'must be a whole number of cents, such as 12345 for $123.45' })
      .int('must be a whole number of cents, such as 12345 for $123.45')
      .nonnegative('must not be negative')
      .lt(maxCents, 'must be less than $10,000,000')
      .nullish()
      .transform((v) => v ?? null),
    reference: textOrNull(limits.identifier),
    note: textOrNull(limits.longText),
  },
  bodyObject,
);
export type OutcomeInput = z.output<typeof outcomeInput>;

/** `?lang=es`: the decision, the level and the summary in Spanish. */
export const outcomeLangQuery = z.strictObject({ lang: langField });
