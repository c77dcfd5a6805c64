import {
  ratingKindIds,
  type Match,
  type Opinion,
  type OpinionUrgency,
  type Ratings,
} from '../../src/opinions/opinion.js';
import type { OpinionInput } from './api.js';
import { textOrNull } from './opinion-field.js';

/** One doctor's opinion as the form holds it: text as typed, choices, ticks and ratings. */
export interface OpinionValues {
  readonly doctor: string;
  readonly institution: string;
  readonly specialty: string;
  readonly focus: string;
  readonly date: string;
  readonly diagnosis: string;
  readonly diagnosisCode: string;
  readonly treatment: string;
  readonly alternatives: string;
  readonly risksAndBenefits: string;
  readonly urgency: OpinionUrgency | '';
  readonly reasoning: string;
  readonly testsOrdered: string;
  readonly notes: string;
  readonly sameGroupAsFirst: boolean;
  readonly referredByFirst: boolean;
  readonly ratings: Ratings;
  readonly diagnosisMatchesFirst: Match;
  readonly treatmentMatchesFirst: Match;
}

export type OpinionText = {
  [K in keyof OpinionValues]: OpinionValues[K] extends string ? K : never;
}[keyof OpinionValues];

const noRatings = Object.fromEntries(ratingKindIds.map((kind) => [kind, null])) as {
  [K in keyof Ratings]: null;
};

/** The form's start: empty for a new opinion, the opinion's own values to change one. */
export function opinionValuesOf(opinion?: Opinion): OpinionValues {
  return {
    doctor: opinion?.doctor ?? '',
    institution: opinion?.institution ?? '',
    specialty: opinion?.specialty ?? '',
    focus: opinion?.focus ?? '',
    date: opinion?.date ?? '',
    diagnosis: opinion?.diagnosis ?? '',
    diagnosisCode: opinion?.diagnosisCode ?? '',
    treatment: opinion?.treatment ?? '',
    alternatives: opinion?.alternatives ?? '',
    risksAndBenefits: opinion?.risksAndBenefits ?? '',
    urgency: opinion?.urgency ?? '',
    reasoning: opinion?.reasoning ?? '',
    testsOrdered: opinion?.testsOrdered ?? '',
    notes: opinion?.notes ?? '',
    sameGroupAsFirst: opinion?.sameGroupAsFirst ?? false,
    referredByFirst: opinion?.referredByFirst ?? false,
    ratings: opinion?.ratings ?? noRatings,
    diagnosisMatchesFirst: opinion?.diagnosisMatchesFirst ?? null,
    treatmentMatchesFirst: opinion?.treatmentMatchesFirst ?? null,
  };
}

/**
 * What the server is sent: every field, an empty box as null (so a cleared box clears the stored
 * value when an opinion is changed). The ICD-10 code goes in capitals; the server checks it.
 */
export function opinionInputOf(values: OpinionValues): OpinionInput {
  return {
    doctor: values.doctor.trim(),
    institution: values.institution.trim(),
    specialty: textOrNull(values.specialty),
    focus: textOrNull(values.focus),
    date: textOrNull(values.date),
    diagnosis: textOrNull(values.diagnosis),
    diagnosisCode: textOrNull(values.diagnosisCode.toUpperCase()),
    treatment: textOrNull(values.treatment),
    alternatives: textOrNull(values.alternatives),
    risksAndBenefits: textOrNull(values.risksAndBenefits),
    urgency: values.urgency || null,
    reasoning: textOrNull(values.reasoning),
    testsOrdered: textOrNull(values.testsOrdered),
    notes: textOrNull(values.notes),
    sameGroupAsFirst: values.sameGroupAsFirst,
    referredByFirst: values.referredByFirst,
    ratings: values.ratings,
    diagnosisMatchesFirst: values.diagnosisMatchesFirst,
    treatmentMatchesFirst: values.treatmentMatchesFirst,
  };
}

/** The first doctor's view when a case opens; none when neither doctor nor place is named. */
export function firstOpinionOf(values: OpinionValues): OpinionInput | undefined {
  if (!values.doctor.trim() && !values.institution.trim()) return undefined;
  return opinionInputOf(values);
}
