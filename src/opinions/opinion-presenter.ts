import { z } from 'zod';
import { networkTypeIds } from '../cases/case-terms.js';
import { usStateCodes } from '../common/us-states.js';
import type { LetterLang } from '../letters/letter.js';
import { askingScripts } from './asking-scripts.js';
import { coverageAdvice } from './coverage-rules.js';
import { ratingKindIds, urgencyIds, type Comparison, type Opinion } from './opinion.js';
import type { SecondOpinionSummary } from './second-opinion.js';
import {
  checkReasonIds,
  conditionKindIds,
  coverageProgramIds,
  goalIds,
  questionKindIds,
  referralStatusIds,
  secondOpinionStatusIds,
  type SecondOpinionCase,
} from './second-opinion.js';
import { recommendSecondOpinion } from './should-i-get-one.js';
import { companionNote, whatToBring } from './visit-questions.js';

/**
 * What leaves the server about second opinions: the case and its opinions as stored, and the
 * guidance worked out from them (the recommendation, coverage steps, scripts, what to bring), in
 * the person's language. The same view serves the web app and the CLI's `--json`.
 */

const match = z.enum(['same', 'different']).nullable();

export const opinionView = z.object({
  id: z.string(),
  caseId: z.string(),
  position: z.number().int().describe('1 is the first doctor'),
  doctor: z.string(),
  specialty: z.string().nullable(),
  focus: z.string().nullable(),
  institution: z.string(),
  sameGroupAsFirst: z.boolean(),
  referredByFirst: z.boolean(),
  date: z.string().nullable(),
  diagnosis: z.string().nullable(),
  diagnosisCode: z.string().nullable().describe('ICD-10-CM, e.g. C50.911'),
  treatment: z.string().nullable(),
  alternatives: z.string().nullable(),
  risksAndBenefits: z.string().nullable(),
  urgency: z.enum(urgencyIds).nullable(),
  reasoning: z.string().nullable(),
  testsOrdered: z.string().nullable(),
  ratings: z.object(
    Object.fromEntries(ratingKindIds.map((k) => [k, z.number().int().nullable()])) as Record<
      (typeof ratingKindIds)[number],
      z.ZodNullable<z.ZodNumber>
    >,
  ),
  diagnosisMatchesFirst: match,
  treatmentMatchesFirst: match,
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const secondOpinionCaseView = z.object({
  id: z.string(),
  status: z.enum(secondOpinionStatusIds),
  patient: z.object({ name: z.string(), dateOfBirth: z.string().nullable() }),
  question: z.string(),
  questionKind: z.enum(questionKindIds),
  condition: z.string().nullable(),
  conditionKind: z.enum(conditionKindIds).nullable(),
  goals: z.array(z.enum(goalIds)),
  goalsNote: z.string().nullable(),
  check: z
    .object({
      reasons: z.array(z.enum(checkReasonIds)),
      emergency: z.boolean(),
      wantsOne: z.boolean(),
    })
    .nullable(),
  coverage: z.object({
    insurer: z.string().nullable(),
    program: z.enum(coverageProgramIds),
    networkType: z.enum(networkTypeIds).nullable(),
    state: z.enum(usStateCodes).nullable(),
    memberId: z.string().nullable(),
    primaryDoctor: z.string().nullable(),
  }),
  referral: z.object({
    status: z.enum(referralStatusIds).nullable(),
    appealCaseId: z.string().nullable(),
  }),
  questions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      source: z.enum(['standard', 'surgery', 'cancer', 'rare', 'own']),
      answer: z.string().nullable(),
    }),
  ),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const recommendationView = z.object({
  level: z.enum(['strongly-recommended', 'recommended', 'your-choice']),
  emergencyFirst: z.boolean(),
  headline: z.string(),
  reasons: z.array(z.string()),
  note: z.string(),
});

export const secondOpinionView = z.object({
  id: z.string().describe('The case id (also `secondOpinion.id`)'),
  secondOpinion: secondOpinionCaseView,
  opinions: z.array(opinionView).describe('In order; the first is the first doctor’s'),
  recommendation: recommendationView.nullable().describe('From the check, once answered'),
  coverage: z.object({
    referralLikely: z.boolean().nullable(),
    steps: z.array(
      z.object({ text: z.string(), citation: z.string().nullable(), verify: z.boolean() }),
    ),
    rules: z.array(
      z.object({
        name: z.string(),
        summary: z.string(),
        citation: z.string(),
        confidence: z.enum(['high', 'medium', 'low']),
        verify: z.boolean().describe('Low confidence: check it with the plan'),
      }),
    ),
    thirdOpinion: z.string().nullable(),
  }),
  scripts: z.array(z.object({ id: z.string(), title: z.string(), text: z.string() })),
  bringList: z.array(z.string()),
  companionNote: z.string(),
});
export type SecondOpinionView = z.infer<typeof secondOpinionView>;

export const secondOpinionListView = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      status: z.enum(secondOpinionStatusIds),
      patient: z.object({ name: z.string() }),
      question: z.string(),
      opinionCount: z.number().int(),
      version: z.number().int(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
});

export const comparisonView = z.object({
  opinions: z.array(opinionView),
  diagnosisAgrees: z.boolean().nullable(),
  treatmentAgrees: z.boolean().nullable(),
  suggestThirdOpinion: z.boolean(),
  reasons: z.array(z.string()),
  warnings: z.array(z.string()),
  fit: z.array(
    z.object({
      opinionId: z.string(),
      averageRating: z.number().nullable(),
      agreesWithFirst: z.object({
        diagnosis: z.boolean().nullable(),
        treatment: z.boolean().nullable(),
      }),
    }),
  ),
});

export function presentSecondOpinion(
  {
    secondOpinion: sc,
    opinions,
  }: { secondOpinion: SecondOpinionCase; opinions: readonly Opinion[] },
  lang: LetterLang,
): SecondOpinionView {
  const { ownerId: _owner, ...shown } = sc;
  return {
    id: sc.id,
    secondOpinion: {
      ...shown,
      goals: [...sc.goals],
      check: sc.check && { ...sc.check, reasons: [...sc.check.reasons] },
      questions: [...sc.questions],
    },
    opinions: [...opinions],
    recommendation: sc.check ? recommendSecondOpinion(sc.check, lang) : null,
    coverage: coverageAdvice(sc.coverage, sc.questionKind, lang),
    scripts: askingScripts(sc, lang),
    bringList: whatToBring(sc, lang),
    companionNote: companionNote(lang),
  };
}

export function presentSecondOpinionList(items: readonly SecondOpinionSummary[]) {
  return { items: [...items] };
}

export function presentComparison(comparison: Comparison): z.infer<typeof comparisonView> {
  return {
    ...comparison,
    opinions: [...comparison.opinions],
    reasons: [...comparison.reasons],
    warnings: [...comparison.warnings],
    fit: [...comparison.fit],
  };
}
