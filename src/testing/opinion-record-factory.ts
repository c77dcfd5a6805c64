import type { Opinion } from '../opinions/opinion.js';
import type { SecondOpinionCase } from '../opinions/second-opinion.js';

/**
 * Opinions and second-opinion cases as the domain holds them (not as people send them: that is
 * opinion-factory.ts), for the pure rules and the renderers. Override what a test needs.
 */

export const noRatings = {
  listened: null,
  explained: null,
  consideredValues: null,
  confidence: null,
};

export function buildOpinion(
  overrides: Partial<Opinion> & Pick<Opinion, 'position' | 'doctor'>,
): Opinion {
  return {
    id: `op-${overrides.position}`,
    caseId: 'so-1',
    specialty: null,
    focus: null,
    institution: 'Mercy Hospital',
    sameGroupAsFirst: false,
    referredByFirst: false,
    date: '2026-03-02',
    diagnosis: null,
    diagnosisCode: null,
    treatment: null,
    alternatives: null,
    risksAndBenefits: null,
    urgency: null,
    reasoning: 'Explained from the scans.',
    testsOrdered: null,
    ratings: noRatings,
    diagnosisMatchesFirst: null,
    treatmentMatchesFirst: null,
    notes: null,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    ...overrides,
  };
}

export function buildSecondOpinionCase(
  overrides: Partial<SecondOpinionCase> = {},
): SecondOpinionCase {
  return {
    id: 'so-1',
    ownerId: 'user-1',
    status: 'open',
    patient: { name: 'Maria Lopez', dateOfBirth: null },
    question: 'Do I need surgery now?',
    questionKind: 'surgery',
    condition: 'early breast cancer',
    conditionKind: 'cancer',
    goals: ['live-longer', 'keep-working'],
    goalsNote: 'I care for my mother.',
    check: null,
    coverage: {
      insurer: 'Acme Health',
      program: 'original-medicare',
      networkType: null,
      state: 'CA',
      memberId: null,
      primaryDoctor: null,
    },
    referral: { status: null, appealCaseId: null },
    questions: [],
    version: 1,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}
