import type { DenialExplanationInput } from '../intake/denial-explanation.js';

/** The facts a denial is explained from: nothing known unless the test says so. */
export function buildDenialExplanationInput(
  overrides: Partial<DenialExplanationInput> = {},
): DenialExplanationInput {
  return {
    denialCategory: null,
    noticeType: null,
    program: null,
    carcCodes: [],
    rarcCodes: [],
    ...overrides,
  };
}
