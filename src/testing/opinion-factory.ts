import {
  newSecondOpinionInput,
  opinionInput,
  type NewSecondOpinionInput,
  type OpinionInput,
} from '../opinions/opinion-input.js';

/** A valid new second-opinion case (a knee question in California, HMO); override what a test needs. */
export function buildSecondOpinionInput(
  overrides: Partial<Record<keyof NewSecondOpinionInput, unknown>> = {},
): NewSecondOpinionInput {
  return newSecondOpinionInput.parse({
    patient: { name: 'Ana Ruiz', dateOfBirth: '1961-04-09' },
    question: 'Do I need a knee replacement now?',
    questionKind: 'surgery',
    condition: 'knee arthritis',
    goals: ['avoid-surgery', 'keep-working'],
    coverage: {
      insurer: 'Golden Poppy Health',
      program: 'individual-market',
      networkType: 'hmo',
      state: 'CA',
      memberId: 'GP-5521',
      primaryDoctor: 'Dr. Mina Park',
    },
    firstOpinion: {
      doctor: 'Dr. Omar Reyes',
      institution: 'Bayview Orthopedics',
      diagnosis: 'Severe osteoarthritis of the right knee',
      diagnosisCode: 'M17.11',
      treatment: 'Total knee replacement',
    },
    ...overrides,
  });
}

/** A valid opinion; override what a test needs. */
export function buildOpinionInput(overrides: Partial<Record<keyof OpinionInput, unknown>> = {}) {
  return opinionInput.parse({
    doctor: 'Dr. Lena Ortiz',
    institution: 'Stanford Knee Center',
    diagnosis: 'Moderate osteoarthritis of the right knee',
    diagnosisCode: 'M17.11',
    treatment: 'Physical therapy and injections first',
    ...overrides,
  });
}
