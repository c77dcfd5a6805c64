import { describe, expect, it } from 'vitest';
import { fernandezHuertaEase, fleschKincaidGrade } from '../letters/readability.js';
import type { CheckAnswers } from './second-opinion.js';
import { checkReasonIds } from './second-opinion.js';
import type { Recommendation } from './should-i-get-one.js';
import { recommendSecondOpinion } from './should-i-get-one.js';

const answers = (over: Partial<CheckAnswers> = {}): CheckAnswers => ({
  reasons: [],
  emergency: false,
  wantsOne: false,
  ...over,
});

const allText = (r: Recommendation) => [r.headline, ...r.reasons, r.note].join('\n');

describe('should I get a second opinion?', () => {
  it.each([
    ['serious-diagnosis'],
    ['rare-diagnosis'],
    ['major-surgery'],
    ['risky-treatment'],
  ] as const)('strongly recommends one when %s', (reason) => {
    const r = recommendSecondOpinion(answers({ reasons: [reason, 'not-at-ease'] }), 'en');
    expect(r.level).toBe('strongly-recommended');
    expect(r.headline).toMatch(/strongly recommended/);
  });

  it.each([
    ['not-at-ease'],
    ['not-improving'],
    ['diagnosis-incomplete'],
    ['tests-conflict'],
    ['want-options'],
  ] as const)('recommends one when %s', (reason) => {
    const r = recommendSecondOpinion(answers({ reasons: [reason] }), 'en');
    expect(r.level).toBe('recommended');
    expect(r.headline).toMatch(/good idea/);
  });

  it('with no reason, leaves it to the person and still says asking is normal', () => {
    const r = recommendSecondOpinion(answers(), 'en');
    expect(r.level).toBe('your-choice');
    expect(r.headline).toMatch(/your choice/);
    expect(r.headline).toMatch(/normal and fine/);
    expect(r.reasons).toEqual([]);
  });

  it('gives one plain reason per answer, in the check’s order, each once', () => {
    const r = recommendSecondOpinion(
      answers({ reasons: ['tests-conflict', 'major-surgery', 'tests-conflict'] }),
      'en',
    );
    expect(r.reasons).toHaveLength(2);
    expect(r.reasons[0]).toMatch(/surgery/);
    expect(r.reasons[1]).toMatch(/test results/);
  });

  it('has distinct words for every reason', () => {
    const words = checkReasonIds.map(
      (reason) => recommendSecondOpinion(answers({ reasons: [reason] }), 'en').reasons[0],
    );
    expect(new Set(words).size).toBe(checkReasonIds.length);
  });

  it('never discourages a person who wants one, even with no reason ticked', () => {
    const r = recommendSecondOpinion(answers({ wantsOne: true }), 'en');
    expect(r.level).toBe('your-choice');
    expect(r.headline).toMatch(/^Yes, get a second opinion/);
    expect(r.reasons).toEqual(['You want a second opinion. That is reason enough.']);
    expect(allText(r)).not.toMatch(/not need|no need|unnecessary|don’t need/i);
  });

  it('puts emergency care first and keeps the reasons', () => {
    const r = recommendSecondOpinion(
      answers({ emergency: true, wantsOne: true, reasons: ['serious-diagnosis'] }),
      'en',
    );
    expect(r.emergencyFirst).toBe(true);
    expect(r.headline).toMatch(/^Get emergency care first/);
    expect(r.headline).toMatch(/911/);
    expect(r.level).toBe('strongly-recommended');
    expect(r.reasons).toHaveLength(2);
    expect(
      recommendSecondOpinion(answers({ reasons: ['serious-diagnosis'] }), 'en').emergencyFirst,
    ).toBe(false);
  });

  it('always says it is not medical or legal advice', () => {
    expect(recommendSecondOpinion(answers(), 'en').note).toMatch(/not medical or legal advice/);
    expect(recommendSecondOpinion(answers(), 'es').note).toMatch(
      /no es un consejo médico ni legal/,
    );
  });

  it('speaks Spanish, in the usted form', () => {
    const r = recommendSecondOpinion(
      answers({ reasons: ['not-at-ease', 'want-options'], wantsOne: true }),
      'es',
    );
    expect(r.headline).toBe('Pedir una segunda opinión es una buena idea para usted.');
    expect(r.reasons).toHaveLength(3);
    expect(r.reasons[2]).toMatch(/^Usted quiere otra opinión/);
    expect(allText(r)).not.toMatch(/\b(tú|tienes|quieres|puedes)\b/);
    const emergency = recommendSecondOpinion(answers({ emergency: true }), 'es');
    expect(emergency.headline).toMatch(/^Primero busque atención de emergencia/);
  });
});

describe('reads plainly', () => {
  const cases: readonly [string, CheckAnswers][] = [
    ['every reason, wanting one', answers({ reasons: checkReasonIds, wantsOne: true })],
    ['no reason', answers()],
    ['emergency', answers({ emergency: true, reasons: ['major-surgery'] })],
  ];
  it.each(cases)('at grade 9 or below in English (%s)', (_name, a) => {
    expect(fleschKincaidGrade(allText(recommendSecondOpinion(a, 'en')))).toBeLessThanOrEqual(9);
  });
  it.each(cases)('at ease 60 or more in Spanish (%s)', (_name, a) => {
    expect(fernandezHuertaEase(allText(recommendSecondOpinion(a, 'es')))).toBeGreaterThanOrEqual(
      60,
    );
  });
});
