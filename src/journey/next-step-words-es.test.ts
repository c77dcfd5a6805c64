import { describe, expect, it } from 'vitest';
import { levelIds, type LadderLevel } from '../cases/appeal-ladder.js';
import { denialCategories, type DenialCategory } from '../cases/case-terms.js';
import { externalReviewEligibility } from './external-review-eligibility.js';
import type { JourneyFacts } from './journey-facts.js';
import { nextStepIds, nextStepWords } from './next-step-words.js';

/** Every next step has Spanish words: not empty, and not the English again. */

const factsFor = (program: string, category: string, label: string) =>
  ({
    case: { plan: { insurer: 'Acme Health', program }, denial: { category } },
    missingEvidence: [{ key: 'doctor-letter', label, essential: true }],
  }) as unknown as JourneyFacts;

const expectTwin = (english: string, spanish: string, where: string) => {
  expect(spanish.trim(), where).not.toBe('');
  expect(spanish, where).not.toBe(english);
};

describe('the next steps in Spanish', () => {
  it('word every step’s action and why, for a drug denial in Medicare Advantage and otherwise', () => {
    for (const [program, category] of [
      ['employer-group', 'medical-necessity'],
      ['medicare-advantage', 'formulary'],
    ]) {
      const en = nextStepWords(factsFor(program!, category!, 'A letter from your doctor'));
      const es = nextStepWords(factsFor(program!, category!, 'Una carta de su médico'), 'es');
      for (const id of nextStepIds) {
        expectTwin(en.action(id), es.action(id), id);
        expectTwin(en.why(id), es.why(id), id);
      }
      expect(es.action('gather-evidence')).toBe('Reúna sus pruebas: Una carta de su médico');
      expect(es.action('check-payment')).toBe('Confirme que Acme Health pagó la reclamación');
    }
  });

  it('word the "also" lines and the next level of the ladder', () => {
    const en = nextStepWords(factsFor('employer-group', 'other', 'x'));
    const es = nextStepWords(factsFor('employer-group', 'other', 'x'), 'es');
    expectTwin(en.appealTheRest(), es.appealTheRest(), 'appealTheRest');
    expectTwin(en.secondLevelOffered(), es.secondLevelOffered(), 'secondLevelOffered');
    expectTwin(
      en.eligibilityNote('45 CFR 147.136(d)(1)'),
      es.eligibilityNote('45 CFR 147.136(d)(1)'),
      'eligibility',
    );
    expect(es.eligibilityNote('45 CFR 147.136(d)(1)')).toContain('45 CFR 147.136(d)(1)');
    expect(es.missingFacts(['la fecha del aviso'])).toMatch(
      /^Sus fechas límite se cuentan desde la fecha del aviso\./,
    );
    for (const id of levelIds) {
      const level: LadderLevel = {
        id,
        name: 'Name',
        decidedBy: 'someone',
        startedBy: 'patient',
        optional: false,
        citation: '42 CFR 422.600',
      };
      const spanish = es.nextLevel(level);
      expectTwin(en.nextLevel(level), spanish, id);
      expect(spanish, id).not.toMatch(/Name|someone|undefined/);
    }
  });

  it('say in Spanish whether each kind of denial can go to an outside reviewer', () => {
    for (const category of Object.keys(denialCategories) as DenialCategory[]) {
      const en = externalReviewEligibility(category);
      const es = externalReviewEligibility(category, 'es');
      expectTwin(en.why, es.why, category);
      expect(es.eligibility).toBe(en.eligibility);
      expect(es.citation).toBe(en.citation);
    }
  });
});
