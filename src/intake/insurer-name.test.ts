import { describe, expect, it } from 'vitest';

import { findInsurerName } from './insurer-name.js';

describe('the insurer named in the letterhead', () => {
  it.each([
    ['WellCare by Allwell\nMedicare Advantage Appeals Department\n', 'WellCare by Allwell'],
    ['HEALTH NET OF CALIFORNIA, INC.\nMedi-Cal Managed Care\n', 'HEALTH NET OF CALIFORNIA, INC.'],
    ['Delta Dental of California\nP.O. Box 997330\n', 'Delta Dental of California'],
  ])('%s', (text, name) => {
    expect(findInsurerName(text)?.name).toBe(name);
  });

  it('is sure of a plan-like name once its legal form and state are set aside', () => {
    expect(findInsurerName('Delta Dental of California\n')?.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('a brand that glues its words', () => {
  it('knows "UnitedHealthcare" for a plan’s name', () => {
    expect(findInsurerName('UnitedHealthcare\nAppeals and Grievances Department\n')).toMatchObject({
      name: 'UnitedHealthcare',
      confidence: 0.8,
    });
  });
});
