import { z } from 'zod';
import { oneOf, stateCode } from '../cases/case-input.js';
import { networkTypeIds } from '../cases/case-terms.js';
import { isoDate } from '../common/dates.js';
import { limits } from '../common/limits.js';
import { requiredText } from '../common/text-input.js';
import { bodyObject } from '../common/validation.js';
import { letterLangs } from '../letters/letter.js';
import { letterEdits, senderInput } from '../letters/letter-input.js';
import { opinionLetterKinds, referralAddressees } from './opinion-letter-facts.js';
import { icd10Problem, parseIcd10 } from './icd10.js';
import { ratingKindIds, urgencyIds } from './opinion.js';
import {
  checkReasonIds,
  conditionKindIds,
  coverageProgramIds,
  goalIds,
  questionKindIds,
  referralStatusIds,
  secondOpinionStatusIds,
} from './second-opinion.js';

/**
 * What a person sends about a second opinion: one set of schemas for the HTTP API, the CLI and the
 * web app. A field left out is "not given" on a new case and "unchanged" on a change; an empty
 * string or null clears it.
 */

/** Free text that may be left out or cleared (empty string → null). */
const maybeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be ${max} characters or fewer`)
    .transform((v) => v || null)
    .nullable()
    .optional();

const maybe = <T extends readonly [string, ...string[]]>(values: T) =>
  oneOf(values).nullable().optional();

const match = z
  .enum(['same', 'different'], { error: 'must be "same" or "different"' })
  .nullable()
  .optional();

/** An ICD-10-CM code, read forgivingly (`c50911` → `C50.911`), refused with a way out. */
const diagnosisCode = z
  .string()
  .trim()
  .max(20, `must be 20 characters or fewer`)
  .transform((value, ctx) => {
    if (!value) return null;
    const parsed = parseIcd10(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: icd10Problem(value, 'en') });
      return z.NEVER;
    }
    return parsed.code;
  })
  .nullable()
  .optional();

const rating = z
  .number({ error: 'must be a whole number from 1 to 5' })
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be from 1 to 5')
  .max(5, 'must be from 1 to 5')
  .nullable()
  .optional();

export const ratingsInput = z.strictObject(
  Object.fromEntries(ratingKindIds.map((k) => [k, rating])) as Record<
    (typeof ratingKindIds)[number],
    typeof rating
  >,
  bodyObject,
);

/** One doctor's opinion. Only who and where are needed; the rest is added as it is known. */
export const opinionInput = z.strictObject(
  {
    doctor: requiredText(limits.name),
    institution: requiredText(limits.name),
    specialty: maybeText(limits.name),
    focus: maybeText(limits.shortText),
    sameGroupAsFirst: z.boolean().optional(),
    referredByFirst: z.boolean().optional(),
    date: isoDate.nullable().optional(),
    diagnosis: maybeText(limits.shortText),
    diagnosisCode,
    treatment: maybeText(limits.longText),
    alternatives: maybeText(limits.longText),
    risksAndBenefits: maybeText(limits.longText),
    urgency: maybe(urgencyIds),
    reasoning: maybeText(limits.longText),
    testsOrdered: maybeText(limits.longText),
    ratings: ratingsInput.optional(),
    diagnosisMatchesFirst: match,
    treatmentMatchesFirst: match,
    notes: maybeText(limits.longText),
  },
  bodyObject,
);
export type OpinionInput = z.output<typeof opinionInput>;

/** A change to an opinion: any of its fields. */
export const opinionChangeInput = opinionInput.partial();
export type OpinionChangeInput = z.output<typeof opinionChangeInput>;

export const checkInput = z.strictObject(
  {
    reasons: z
      .array(oneOf(checkReasonIds))
      .max(checkReasonIds.length)
      .transform((reasons) => [...new Set(reasons)])
      .optional(),
    emergency: z.boolean().optional(),
    wantsOne: z.boolean().optional(),
  },
  bodyObject,
);
export type CheckInput = z.output<typeof checkInput>;

/** The check on its own (before a case exists), in the language to answer in. */
export const checkRequest = checkInput.extend({ lang: oneOf(letterLangs).optional() });

export const coverageInput = z.strictObject(
  {
    insurer: maybeText(limits.name),
    program: oneOf(coverageProgramIds).optional(),
    networkType: maybe(networkTypeIds),
    state: stateCode.optional(),
    memberId: maybeText(limits.identifier),
    primaryDoctor: maybeText(limits.name),
  },
  bodyObject,
);
export type CoverageInput = z.output<typeof coverageInput>;

const goalList = z
  .array(oneOf(goalIds))
  .max(goalIds.length)
  .transform((goals) => [...new Set(goals)]);

const detailFields = {
  question: requiredText(limits.shortText),
  questionKind: oneOf(questionKindIds),
  condition: maybeText(limits.shortText),
  conditionKind: maybe(conditionKindIds),
  goals: goalList,
  goalsNote: maybeText(limits.longText),
  check: checkInput.nullable(),
  coverage: coverageInput,
};

const patientInput = z.strictObject(
  { name: requiredText(limits.name), dateOfBirth: isoDate.nullable().optional() },
  bodyObject,
);

/** A new second-opinion case: who, and the question; the rest may come later. */
export const newSecondOpinionInput = z.strictObject(
  {
    patient: patientInput,
    ...detailFields,
    questionKind: detailFields.questionKind.optional(),
    goals: goalList.optional(),
    check: detailFields.check.optional(),
    coverage: coverageInput.optional(),
    /** The first doctor's view, as opinion 1. */
    firstOpinion: opinionInput.optional(),
  },
  bodyObject,
);
export type NewSecondOpinionInput = z.output<typeof newSecondOpinionInput>;

/** A change to the case; `version` is the one read, so two edits at once cannot overwrite each other. */
export const secondOpinionChangeInput = z.strictObject(
  {
    version: z.number().int().min(1),
    patient: patientInput.partial().optional(),
    question: detailFields.question.optional(),
    questionKind: detailFields.questionKind.optional(),
    condition: detailFields.condition,
    conditionKind: detailFields.conditionKind,
    goals: goalList.optional(),
    goalsNote: detailFields.goalsNote,
    check: detailFields.check.optional(),
    coverage: coverageInput.optional(),
    referralStatus: maybe(referralStatusIds),
    status: oneOf(secondOpinionStatusIds).optional(),
  },
  bodyObject,
);
export type SecondOpinionChangeInput = z.output<typeof secondOpinionChangeInput>;

export const visitQuestionInput = z.strictObject(
  {
    id: z.string().trim().min(1).max(100).optional(),
    text: requiredText(limits.shortText),
    source: z.enum(['standard', 'surgery', 'cancer', 'rare', 'own']).optional(),
    answer: maybeText(limits.longText),
  },
  bodyObject,
);

/** The whole question list as the person edited it. */
export const questionsInput = z.strictObject(
  {
    version: z.number().int().min(1),
    questions: z.array(visitQuestionInput).max(100, 'must be 100 questions or fewer'),
  },
  bodyObject,
);
export type QuestionsInput = z.output<typeof questionsInput>;

export const langQuery = z.strictObject({ lang: oneOf(letterLangs).optional() });

export const opinionCaseParams = z.object({ id: z.string().min(1).max(100) });
export const opinionParams = z.object({
  id: z.string().min(1).max(100),
  opinionId: z.string().min(1).max(100),
});

/** A letter for a second opinion: the referral request, or the records request. */
export const opinionLetterRequest = z.strictObject(
  {
    kind: z.enum(opinionLetterKinds, {
      error: `must be one of: ${opinionLetterKinds.join(', ')}`,
    }),
    lang: z.enum(letterLangs, { error: 'must be en or es' }).default('en'),
    guidanceLang: z.enum(letterLangs, { error: 'must be en or es' }).optional(),
    sender: senderInput.optional(),
    /** Who it goes to, one line each (default: the plan, or the first doctor's office). */
    recipient: z
      .array(z.string().trim().max(limits.name, `must be ${limits.name} characters or fewer`))
      .max(8, 'must be 8 lines or fewer')
      .optional(),
    /** The specialist or center the person wants to see, when they know. */
    specialist: maybeText(limits.name),
    /** Who a referral request asks: the plan (default) or the primary doctor. */
    to: z
      .enum(referralAddressees, { error: `must be one of: ${referralAddressees.join(', ')}` })
      .optional(),
    edits: letterEdits.optional(),
  },
  bodyObject,
);
export type OpinionLetterRequest = z.output<typeof opinionLetterRequest>;

export const recordsPacketRequest = z.strictObject(
  {
    documentIds: z.array(z.string().min(1).max(100)).max(100, 'must be 100 documents or fewer'),
    lang: oneOf(letterLangs).optional(),
  },
  bodyObject,
);

export const referralRefusedInput = z.strictObject(
  {
    /** The plan's reason, in its words, when it gave one. */
    reason: maybeText(limits.longText),
    /** The date on the refusal, when there is one in writing. */
    noticeDate: isoDate.nullable().optional(),
  },
  bodyObject,
);
