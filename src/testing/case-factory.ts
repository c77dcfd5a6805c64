import type { CaseCreateInput } from '../cases/case-input.js';
import { caseCreateInput } from '../cases/case-input.js';

type Overrides = {
  [K in keyof CaseCreateInput]?: Partial<CaseCreateInput[K]>;
};

/** A valid new-case input (after Outline's `buildX(overrides)` factories); override what a test needs. */
export function buildCaseInput(overrides: Overrides = {}): CaseCreateInput {
  return caseCreateInput.parse({
    patient: { name: 'Ana Ruiz', ...overrides.patient },
    plan: {
      insurer: 'Acme Health',
      program: 'employer-group',
      state: 'TX',
      memberId: 'XJH123456789',
      ...overrides.plan,
    },
    claim: { claimNumber: 'C123', serviceDate: '2026-09-02', ...overrides.claim },
    denial: {
      noticeType: 'claim-denial',
      noticeDate: '2026-10-01',
      category: 'medical-necessity',
      ...overrides.denial,
    },
  });
}
