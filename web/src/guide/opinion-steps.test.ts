import { describe, expect, it } from 'vitest';
import {
  isOpinionStepDone,
  opinionGuidePath,
  opinionStepToResume,
  type OpinionStepFacts,
} from './opinion-steps.js';

const facts = ({
  status = 'open',
  referral = null as string | null,
  questions = 0,
  opinions = 1,
} = {}): OpinionStepFacts => ({
  secondOpinion: {
    status,
    referral: { status: referral },
    questions: Array.from({ length: questions }, (_, i) => ({ id: String(i) })),
  },
  opinions: Array.from({ length: opinions }, (_, i) => ({ id: String(i) })),
});
const none = new Set<string>();

describe('which second-opinion steps are done, read from the case itself', () => {
  it('counts the check and the case itself as done once there is a case', () => {
    expect(isOpinionStepDone('check', facts(), none)).toBe(true);
    expect(isOpinionStepDone('about', facts(), none)).toBe(true);
  });

  it('counts coverage done once the referral is asked about, or the step was read', () => {
    expect(isOpinionStepDone('coverage', facts(), none)).toBe(false);
    expect(isOpinionStepDone('coverage', facts({ referral: 'requested' }), none)).toBe(true);
    expect(isOpinionStepDone('coverage', facts(), new Set(['coverage']))).toBe(true);
  });

  it('counts the questions done once there is a list', () => {
    expect(isOpinionStepDone('questions', facts(), new Set(['questions']))).toBe(false);
    expect(isOpinionStepDone('questions', facts({ questions: 3 }), none)).toBe(true);
  });

  it('needs two opinions before they are done, and before comparing counts', () => {
    expect(isOpinionStepDone('opinions', facts({ opinions: 1 }), none)).toBe(false);
    expect(isOpinionStepDone('opinions', facts({ opinions: 2 }), none)).toBe(true);
    const seen = new Set(['compare']);
    expect(isOpinionStepDone('compare', facts({ opinions: 1 }), seen)).toBe(false);
    expect(isOpinionStepDone('compare', facts({ opinions: 2 }), seen)).toBe(true);
    expect(isOpinionStepDone('compare', facts({ opinions: 2 }), none)).toBe(false);
  });

  it('counts every step done once the person has decided', () => {
    const decided = facts({ status: 'decided', opinions: 1 });
    for (const step of [
      'coverage',
      'asking',
      'records',
      'questions',
      'opinions',
      'compare',
      'decide',
    ] as const) {
      expect(isOpinionStepDone(step, decided, none), step).toBe(true);
    }
    expect(isOpinionStepDone('decide', facts(), none)).toBe(false);
  });
});

describe('where the person picks up a second opinion', () => {
  it('starts a new case at having it covered', () => {
    expect(opinionStepToResume(facts(), none, none)).toBe('coverage');
  });

  it('passes over what is done and what was put off', () => {
    const seen = new Set(['coverage', 'asking']);
    expect(opinionStepToResume(facts(), seen, new Set(['records', 'questions']))).toBe('opinions');
  });

  it('ends at deciding once the case is decided', () => {
    expect(opinionStepToResume(facts({ status: 'decided' }), none, none)).toBe('decide');
  });

  it('has one address per step, with the case id made safe', () => {
    expect(opinionGuidePath('a/b', 'compare')).toBe('/guide/opinion/a%2Fb/compare');
    expect(opinionGuidePath('abc')).toBe('/guide/opinion/abc');
  });
});
