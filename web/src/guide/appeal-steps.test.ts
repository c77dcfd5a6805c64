import { describe, expect, it } from 'vitest';
import {
  appealGuidePath,
  appealStepToResume,
  firstAppealLetterOf,
  isStepDone,
  type StepFacts,
} from './appeal-steps.js';

const facts = (
  status = 'denied',
  { urgency = null as string | null, letters = [] as string[], missingEssential = 2 } = {},
): StepFacts => ({
  case: { status, denial: { urgency } },
  letters: letters.map((kind) => ({ kind })),
  evidence: { missingEssential },
});
const none = new Set<string>();

describe('which guided steps are done, read from the case itself', () => {
  it('counts the letter and its check as done once there is a case', () => {
    expect(isStepDone('letter', facts(), none)).toBe(true);
    expect(isStepDone('check', facts(), none)).toBe(true);
  });

  it('counts the questions done once the urgency is known', () => {
    expect(isStepDone('questions', facts(), none)).toBe(false);
    expect(isStepDone('questions', facts('denied', { urgency: 'post-service' }), none)).toBe(true);
  });

  it('counts the letter done only for an appeal letter, not a request around it', () => {
    expect(isStepDone('write', facts('denied', { letters: ['claim-file-request'] }), none)).toBe(
      false,
    );
    expect(isStepDone('write', facts('denied', { letters: ['internal-appeal'] }), none)).toBe(true);
  });

  it('counts the deadlines done once seen, and everything before sending done once it is sent', () => {
    expect(isStepDone('deadlines', facts(), none)).toBe(false);
    expect(isStepDone('deadlines', facts(), new Set(['deadlines']))).toBe(true);
    const sent = facts('internal-appeal-submitted');
    for (const step of ['deadlines', 'gather', 'write', 'packet', 'send'] as const) {
      expect(isStepDone(step, sent, none), step).toBe(true);
    }
    expect(isStepDone('follow-up', sent, none)).toBe(false);
    expect(isStepDone('follow-up', facts('internal-appeal-overturned'), none)).toBe(true);
  });

  it('counts the evidence done when nothing essential is missing', () => {
    expect(isStepDone('gather', facts('denied', { missingEssential: 0 }), none)).toBe(true);
  });
});

describe('where the person picks up', () => {
  it('starts a new case at the questions', () => {
    expect(appealStepToResume(facts(), none, none)).toBe('questions');
  });

  it('passes over what is done and what was put off', () => {
    const answered = facts('denied', { urgency: 'urgent' });
    expect(appealStepToResume(answered, new Set(['deadlines']), new Set(['gather']))).toBe('write');
  });

  it('comes back to a step put off when nothing else is left', () => {
    const written = facts('denied', { urgency: 'urgent', letters: ['internal-appeal'] });
    const seen = new Set(['deadlines', 'packet']);
    expect(appealStepToResume(written, seen, new Set(['gather', 'send', 'follow-up']))).toBe(
      'gather',
    );
  });

  it('ends at the last step once the case is decided', () => {
    expect(appealStepToResume(facts('internal-appeal-overturned'), none, none)).toBe('follow-up');
  });

  it('has one address per step, with the case id made safe', () => {
    expect(appealGuidePath('a/b', 'send')).toBe('/guide/appeal/a%2Fb/send');
    expect(appealGuidePath('abc')).toBe('/guide/appeal/abc');
  });
});

describe('the letter the "Your letter" step starts with', () => {
  const denial = (over: Partial<Parameters<typeof firstAppealLetterOf>[0]['denial']>) => ({
    denial: { noticeStage: null, noticeType: 'claim-denial' as const, urgency: null, ...over },
  });

  it('is the appeal, or the fast appeal when the care is urgent', () => {
    expect(firstAppealLetterOf(denial({ urgency: 'post-service' }))).toBe('internal-appeal');
    expect(firstAppealLetterOf(denial({ urgency: 'urgent' }))).toBe('expedited-appeal');
  });

  it('is none after the plan’s final answer, however the notice says so', () => {
    expect(firstAppealLetterOf(denial({ noticeType: 'final-internal-appeal-denial' }))).toBeNull();
    expect(firstAppealLetterOf(denial({ noticeStage: 'final-internal-denial' }))).toBeNull();
  });
});
