import type { Coverage, CheckAnswers } from './second-opinion.js';
import type { Opinion } from './opinion.js';
import type {
  CheckInput,
  NewSecondOpinionInput,
  OpinionChangeInput,
  OpinionInput,
} from './opinion-input.js';

/**
 * What a person sends → the case's and an opinion's new state: a field left out is "not given" on a
 * new one and "unchanged" on a change (the input schemas keep `undefined` for that).
 */

export function checkAnswersOf(input: CheckInput): CheckAnswers {
  return {
    reasons: input.reasons ?? [],
    emergency: input.emergency ?? false,
    wantsOne: input.wantsOne ?? false,
  };
}

export function opinionOf(
  input: OpinionInput,
  ids: { id: string; caseId: string; position: number; at: string },
): Opinion {
  return {
    id: ids.id,
    caseId: ids.caseId,
    position: ids.position,
    doctor: input.doctor,
    specialty: input.specialty ?? null,
    focus: input.focus ?? null,
    institution: input.institution,
    sameGroupAsFirst: input.sameGroupAsFirst ?? false,
    referredByFirst: input.referredByFirst ?? false,
    date: input.date ?? null,
    diagnosis: input.diagnosis ?? null,
    diagnosisCode: input.diagnosisCode ?? null,
    treatment: input.treatment ?? null,
    alternatives: input.alternatives ?? null,
    risksAndBenefits: input.risksAndBenefits ?? null,
    urgency: input.urgency ?? null,
    reasoning: input.reasoning ?? null,
    testsOrdered: input.testsOrdered ?? null,
    ratings: {
      listened: input.ratings?.listened ?? null,
      explained: input.ratings?.explained ?? null,
      consideredValues: input.ratings?.consideredValues ?? null,
      confidence: input.ratings?.confidence ?? null,
    },
    diagnosisMatchesFirst: input.diagnosisMatchesFirst ?? null,
    treatmentMatchesFirst: input.treatmentMatchesFirst ?? null,
    notes: input.notes ?? null,
    createdAt: ids.at,
    updatedAt: ids.at,
  };
}

/** The fields given in a change, over the opinion as it was (undefined: unchanged). */
export function changedOpinion(o: Opinion, input: OpinionChangeInput, at: string): Opinion {
  const given = Object.fromEntries(
    Object.entries(input).filter(([key, value]) => value !== undefined && key !== 'ratings'),
  ) as Partial<Opinion>;
  return {
    ...o,
    ...given,
    ratings: { ...o.ratings, ...stripUndefined(input.ratings ?? {}) },
    // Who and where cannot be cleared: an opinion is always someone's.
    doctor: input.doctor ?? o.doctor,
    institution: input.institution ?? o.institution,
    updatedAt: at,
  };
}

export function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function coverageOf(input: NewSecondOpinionInput['coverage'], was?: Coverage): Coverage {
  const given = stripUndefined(input ?? {});
  return {
    insurer: null,
    program: 'not-sure',
    networkType: null,
    state: null,
    memberId: null,
    primaryDoctor: null,
    ...was,
    ...given,
  } satisfies Coverage;
}

/** Second opinions: the case, its opinions, the comparison, its letters and its records packet. */
