import { z } from 'zod';
import { requiredText } from '../common/text-input.js';
import { isoDate } from '../common/dates.js';
import { dateOrDateTime } from '../common/date-time.js';
import { noticeStageIds, urgencyIds } from '../deadlines/deadline-terms.js';
import { limits } from '../common/limits.js';
import { pageQuery } from '../common/page-cursor.js';
import { bodyObject } from '../common/validation.js';
import { usStateCodes } from '../common/us-states.js';
import {
  denialCategoryIds,
  fundingIds,
  networkTypeIds,
  noticeTypeIds,
  programIds,
} from './case-terms.js';

/**
 * What a person may send to create or change a case. One set of schemas for the HTTP API, the CLI
 * and the web app; each normalizes what people type (spaces, case, "$1,240.00") into one form.
 */

export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

/** Free text that may be left out; an empty string means "not known". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be ${max} characters or fewer`)
    .transform((v) => v || null)
    .nullable();

export const stateCode = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.enum(usStateCodes, { error: 'must be a two-letter US state code, such as TX or CA' }))
  .nullable();

/** CPT (five digits) or HCPCS (a letter and four digits) procedure code. */
const procedureCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{5}$/, 'must be a 5-character CPT or HCPCS code, such as 97110 or J1745');

/** ICD-10-CM diagnosis code, written with its dot whether or not the person typed one. */
const diagnosisCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$/,
    'must be an ICD-10 diagnosis code, such as M54.16',
  )
  .transform((code) => {
    const bare = code.replace('.', '');
    return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
  });

/** Dollars, as a number or as printed on a bill ("$1,240.00"). At most two decimals. */
export const money = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^\$?[\d,]+(\.\d+)?$/, 'must be an amount in dollars, such as 1240.00'),
  ])
  .transform((v) => (typeof v === 'number' ? v : Number(v.replace(/[$,]/g, ''))))
  .pipe(
    z
      .number()
      .nonnegative('must not be negative')
      .max(limits.maxAmountDollars, 'is larger than any claim we can record')
      .refine(
        (v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6,
        'must have at most two decimals',
      ),
  )
  .nullable();

const codes = <S extends z.ZodType>(code: S) =>
  z.array(code).max(limits.codesPerCase, `must list ${limits.codesPerCase} codes or fewer`);

const patientFields = {
  name: requiredText(limits.name),
  dateOfBirth: isoDate.nullable(),
};
const planFields = {
  insurer: requiredText(limits.name),
  planName: optionalText(limits.name),
  program: oneOf(programIds),
  funding: oneOf(fundingIds).nullable(),
  networkType: oneOf(networkTypeIds).nullable(),
  state: stateCode,
  memberId: optionalText(limits.identifier),
  groupNumber: optionalText(limits.identifier),
};
const claimFields = {
  claimNumber: optionalText(limits.identifier),
  serviceDate: isoDate.nullable(),
  provider: optionalText(limits.name),
  serviceDescription: optionalText(limits.shortText),
  procedureCodes: codes(procedureCode),
  diagnosisCodes: codes(diagnosisCode),
  amountBilled: money,
  patientResponsibility: money,
};
const denialFields = {
  noticeType: oneOf(noticeTypeIds).nullable(),
  noticeDate: isoDate.nullable(),
  receivedDate: isoDate.nullable(),
  category: oneOf(denialCategoryIds).nullable(),
  statedReason: optionalText(limits.longText),
  statedDeadlineDays: z
    .number()
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(3650, 'must be 3650 days or fewer')
    .nullable(),
  noticeStage: oneOf(noticeStageIds).nullable(),
  urgency: oneOf(urgencyIds).nullable(),
  appealFiledAt: dateOrDateTime.nullable(),
};

/** An object whose fields are all optional but the ones named (zod's `.required()` words its errors poorly). */
function optionalExcept<F extends Record<string, z.ZodType>, K extends keyof F & string>(
  fields: F,
  required: readonly K[],
) {
  const shape = Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => [
      key,
      (required as readonly string[]).includes(key) ? schema : schema.optional(),
    ]),
  );
  return z.strictObject(shape as { [P in keyof F]: P extends K ? F[P] : z.ZodOptional<F[P]> });
}

/**
 * A new case needs the patient's name, the insurer and the program; every other field may be left
 * out and filled in later (it is then "not known").
 */
export const caseCreateInput = z.strictObject(
  {
    patient: optionalExcept(patientFields, ['name']),
    plan: optionalExcept(planFields, ['insurer', 'program']),
    claim: z.strictObject(claimFields).partial().default({}),
    denial: z.strictObject(denialFields).partial().default({}),
  },
  bodyObject,
);
export type CaseCreateInput = z.output<typeof caseCreateInput>;

/** A change to a case: only the fields given change; `null` clears a field. */
export const casePatchInput = z.strictObject(
  {
    patient: z.strictObject(patientFields).partial().optional(),
    plan: z.strictObject(planFields).partial().optional(),
    claim: z.strictObject(claimFields).partial().optional(),
    denial: z.strictObject(denialFields).partial().optional(),
  },
  bodyObject,
);
export type CasePatchInput = z.output<typeof casePatchInput>;

export const statusChangeInput = z.strictObject(
  {
    to: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'is required'
            : 'must be the name of a step, such as internal-appeal-drafted',
      })
      .trim()
      .min(1, 'is required'),
    note: optionalText(limits.longText).optional(),
  },
  bodyObject,
);
export type StatusChangeInput = z.output<typeof statusChangeInput>;

/** `/api/cases/:id…` */
export const caseIdParams = z.object({ id: z.string().min(1).max(100) });

export const caseSorts = ['next-deadline', 'recent'] as const;
export type CaseSort = (typeof caseSorts)[number];

export const caseListQuery = z.strictObject({
  /** One status, or several separated by commas. */
  status: z
    .string()
    .trim()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .optional(),
  sort: oneOf(caseSorts).default('next-deadline'),
  /** Deleted cases instead of live ones, to restore one (`?deleted=true`, `--deleted`). */
  deleted: z
    .union([
      z.boolean(),
      z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true'),
    ])
    .optional(),
  ...pageQuery(limits.defaultPageSize),
});
export type CaseListQuery = z.output<typeof caseListQuery>;
