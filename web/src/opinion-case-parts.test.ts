import { describe, expect, it } from 'vitest';
import { opinionCaseParts, partOfField } from './opinion-case-parts.js';

describe('which part of the new-case form holds a box the server named', () => {
  it('finds the plan, the first opinion and what matters by their group', () => {
    expect(opinionCaseParts[partOfField('coverage.memberId')]).toBe('plan');
    expect(opinionCaseParts[partOfField('firstOpinion.diagnosisCode')]).toBe('first');
    expect(opinionCaseParts[partOfField('goalsNote')]).toBe('matters');
    expect(opinionCaseParts[partOfField('goals.0')]).toBe('matters');
  });

  it('sends the rest (the patient, the question) to the first part', () => {
    expect(opinionCaseParts[partOfField('patient.name')]).toBe('who');
    expect(opinionCaseParts[partOfField('question')]).toBe('who');
    expect(opinionCaseParts[partOfField('')]).toBe('who');
  });
});
