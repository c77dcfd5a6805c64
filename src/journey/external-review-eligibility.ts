import type { DenialCategory } from '../cases/case-terms.js';
import type { Lang } from '../common/lang.js';
import { eligibilityWhyEs } from './external-review-eligibility-es.js';

/**
 * Whether a job-based or individual plan's final denial can go to external review, by what the
 * denial was about. 45 CFR 147.136(d)(1) (appeal-rules.md §2, high): denials that involve medical
 * judgment (medical necessity, appropriateness, setting, level of care, effectiveness,
 * experimental or investigational) and rescissions are eligible; pure contract or eligibility
 * questions are not. Since 2022 denials about No Surprises Act protections are eligible too
 * (147.136(a)(1)(ii), (d)(1)(ii), high for the rule). The reviewer decides in the end, so a
 * "maybe" says to ask anyway.
 */

export type Eligibility = 'eligible' | 'maybe' | 'unlikely';

export interface ExternalReviewEligibility {
  readonly eligibility: Eligibility;
  /** Why, in plain words. */
  readonly why: string;
  readonly citation: string;
}

const medicalJudgment =
  'The denial rests on medical judgment, so it can go to an outside reviewer.';

const byCategory: Record<DenialCategory, { eligibility: Eligibility; why: string }> = {
  'medical-necessity': { eligibility: 'eligible', why: medicalJudgment },
  experimental: { eligibility: 'eligible', why: medicalJudgment },
  'step-therapy': {
    eligibility: 'eligible',
    why: 'Whether you need this drug instead of the ones the plan wants first is a medical question, so it can go to an outside reviewer.',
  },
  formulary: {
    eligibility: 'maybe',
    why: 'If the plan judged the drug not needed for you, an outside reviewer can look at it. If it is only about the plan’s drug list, it may not qualify. Ask anyway.',
  },
  'out-of-network': {
    eligibility: 'maybe',
    why: 'If this was an emergency, or a surprise bill from a provider you did not choose, the No Surprises Act lets an outside reviewer look at it. Otherwise it may not qualify. Ask anyway.',
  },
  'prior-authorization': {
    eligibility: 'maybe',
    why: 'If the plan also judged the care not needed, an outside reviewer can look at it. If it is only about paperwork, it may not qualify. Ask anyway.',
  },
  referral: {
    eligibility: 'maybe',
    why: 'If the plan also judged the care not needed, an outside reviewer can look at it. If it is only about the missing referral, it may not qualify. Ask anyway.',
  },
  'missing-documentation': {
    eligibility: 'maybe',
    why: 'If the plan judged the care not needed, an outside reviewer can look at it. If it only lacked papers, send them to the plan first.',
  },
  'not-covered': {
    eligibility: 'unlikely',
    why: 'A question about what the plan’s contract covers usually cannot go to an outside reviewer. If the plan also judged the care not needed, ask anyway. A state regulator can also help.',
  },
  'coding-error': {
    eligibility: 'unlikely',
    why: 'A billing code problem is usually fixed by the provider sending a corrected claim, not by an outside reviewer.',
  },
  'timely-filing': {
    eligibility: 'unlikely',
    why: 'A late-claim question is about the contract, so it usually cannot go to an outside reviewer. A state regulator can help.',
  },
  duplicate: {
    eligibility: 'unlikely',
    why: 'A duplicate-claim question is about billing, not medicine. Call the plan and the provider to sort it out.',
  },
  'coordination-of-benefits': {
    eligibility: 'unlikely',
    why: 'Which insurance pays first is a contract question. Update your other-insurance details with the plan.',
  },
  eligibility: {
    eligibility: 'unlikely',
    why: 'Whether you were covered on that date is an eligibility question, which outside review does not cover. But if the plan cancelled your coverage back to an earlier date (a rescission), it does. A state regulator can also help.',
  },
  other: {
    eligibility: 'maybe',
    why: 'If the denial involves any medical judgment, an outside reviewer can look at it. Ask anyway: the reviewer decides.',
  },
};

export function externalReviewEligibility(
  category: DenialCategory | null,
  lang: Lang = 'en',
): ExternalReviewEligibility {
  const found = byCategory[category ?? 'other'];
  const why = lang === 'es' ? eligibilityWhyEs[category ?? 'other'] : found.why;
  return { ...found, why, citation: '45 CFR 147.136(d)(1)' };
}
