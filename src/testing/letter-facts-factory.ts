import type { LetterFacts } from '../letters/letter.js';

type Overrides = {
  [K in keyof LetterFacts]?: LetterFacts[K] extends object
    ? Partial<LetterFacts[K]>
    : LetterFacts[K];
};

/**
 * The facts of a letter for a typical case (after Outline's `buildX(overrides)` factories): an
 * employer plan in Texas, a medical-necessity denial, the patient signing. Override what a test
 * needs, one section at a time.
 */
export function buildLetterFacts(overrides: Overrides = {}): LetterFacts {
  return {
    today: overrides.today ?? '2026-11-27',
    patient: { name: 'Ana Ruiz', dateOfBirth: '1980-04-12', ...overrides.patient },
    sender: {
      name: 'Ana Ruiz',
      relationship: null,
      addressLines: ['12 Elm Street', 'Austin, TX 78701'],
      phone: '512-555-0134',
      email: 'ana@example.com',
      ...overrides.sender,
    },
    plan: {
      insurer: 'Acme Health',
      planName: 'Acme Gold PPO',
      program: 'employer-group',
      funding: 'fully-insured',
      state: 'TX',
      memberId: 'XJH123456789',
      groupNumber: 'G-4471',
      appealsAddress: ['PO Box 1000', 'Dallas, TX 75201'],
      ...overrides.plan,
    },
    claim: {
      claimNumber: 'C123',
      serviceDate: '2026-09-02',
      provider: 'Dr. Lena Ortiz',
      serviceDescription: 'MRI of the lumbar spine',
      procedureCodes: ['72148'],
      diagnosisCodes: ['M54.16'],
      amountBilledCents: 124000,
      ...overrides.claim,
    },
    denial: {
      noticeType: 'claim-denial',
      noticeDate: '2026-10-01',
      category: 'medical-necessity',
      statedReason: 'Not medically necessary.',
      noticeStage: 'initial-denial',
      urgency: 'post-service',
      ...overrides.denial,
    },
  };
}
