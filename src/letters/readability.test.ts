import { describe, expect, it } from 'vitest';
import { buildLetterFacts } from '../testing/letter-facts-factory.js';
import type { LetterFacts, LetterGuidance, LetterTemplate } from './letter.js';
import {
  countText,
  englishSyllables,
  fernandezHuertaEase,
  fleschKincaidGrade,
  spanishSyllables,
} from './readability.js';
import { letterTemplates } from './letter-templates.js';

describe('syllable counting', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['make', 1],
    ['phone', 1],
    ['asked', 1],
    ['wanted', 2],
    ['boxes', 2],
    ['simple', 2],
    ['table', 2],
    ['appeal', 2],
    ['letter', 2],
    ['insurance', 3],
    ['necessity', 4],
    ['medical', 3],
    ['criteria', 4],
    ['radio', 3],
    ['information', 4],
    ['2026', 1],
  ])('English "%s" has %i', (word, count) => {
    expect(englishSyllables(word)).toBe(count);
  });

  it.each([
    ['sol', 1],
    ['casa', 2],
    ['bien', 1],
    ['cuidado', 3],
    ['hoy', 1],
    ['día', 2],
    ['país', 2],
    ['leer', 2],
    ['que', 1],
    ['apelación', 4],
    ['médico', 3],
    ['necesidad', 4],
  ])('Spanish "%s" has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

describe('counting words and sentences', () => {
  it('does not end a sentence at the dot of a citation or a number', () => {
    expect(
      countText('See 45 CFR 164.524 today. Pay $1,240.00 now!', englishSyllables),
    ).toMatchObject({ words: 8, sentences: 2 });
  });

  it('counts a text without an end mark as one sentence, and an empty text as none', () => {
    expect(countText('Send it by mail', englishSyllables).sentences).toBe(1);
    expect(countText('', englishSyllables)).toEqual({ words: 0, sentences: 0, syllables: 0 });
  });

  it('counts words in any script', () => {
    expect(countText('مريم sent it.', englishSyllables).words).toBe(3);
  });
});

describe('Flesch–Kincaid grade', () => {
  it('scores a sentence of one-syllable words below first grade', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(-1.45, 2);
  });

  it('scores a long sentence of long words at college level', () => {
    const text =
      'The administrative determination regarding the medical necessity of the requested intervention was subsequently reconsidered by an independent organization.';
    expect(fleschKincaidGrade(text)).toBeGreaterThan(16);
  });

  it('scores plain instructions around the middle grades', () => {
    const grade = fleschKincaidGrade(
      'Sign the letter and keep a copy. Send it to the appeals address on your denial letter.',
    );
    expect(grade).toBeGreaterThan(1);
    expect(grade).toBeLessThan(6);
  });

  it('is 0 for an empty text', () => {
    expect(fleschKincaidGrade('')).toBe(0);
  });
});

describe('Fernández-Huerta ease', () => {
  it('scores a short, simple Spanish text as very easy', () => {
    expect(fernandezHuertaEase('Firme la carta. Guarde una copia.')).toBeGreaterThan(80);
  });

  it('scores a long, dense Spanish sentence as difficult', () => {
    const text =
      'La determinación administrativa relativa a la necesidad médica de la intervención solicitada fue posteriormente reconsiderada por una organización independiente acreditada conforme a la normativa aplicable.';
    expect(fernandezHuertaEase(text)).toBeLessThan(40);
  });
});

/**
 * Every template's patient-facing guidance, at about an 8th-grade level.
 *
 * Every kind in the registry (`letterTemplates`), so a new kind is checked the day it is added.
 *
 * Thresholds: English Flesch–Kincaid grade ≤ 9. Spanish Fernández-Huerta ease ≥ 60, the bottom of
 * its "standard" band (7th–8th grade); Spanish words carry more syllables, so Flesch–Kincaid
 * would overstate a Spanish text's difficulty and is not used for it.
 */
const maxEnglishGrade = 9;
const minSpanishEase = 60;

/** Guidance can vary with the plan (the complaint names a different agency per program). */
const factVariants: readonly [string, LetterFacts][] = [
  ['employer plan, insured, Texas', buildLetterFacts()],
  ['employer plan, self-funded', buildLetterFacts({ plan: { funding: 'self-funded' } })],
  [
    'employer plan, funding unknown, California',
    buildLetterFacts({ plan: { funding: null, state: 'CA' } }),
  ],
  [
    'individual plan, state not listed',
    buildLetterFacts({ plan: { program: 'individual-market', state: 'WY' } }),
  ],
  [
    'Medicare Advantage',
    buildLetterFacts({ plan: { program: 'medicare-advantage', funding: null } }),
  ],
  [
    'Medicare Advantage, a pharmacy drug (Part D)',
    buildLetterFacts({
      plan: { program: 'medicare-advantage', funding: null },
      denial: { category: 'formulary', urgency: 'urgent' },
    }),
  ],
  [
    'Medicaid, New York',
    buildLetterFacts({ plan: { program: 'medicaid-managed-care', state: 'NY' } }),
  ],
  [
    'Medicaid, state not listed',
    buildLetterFacts({ plan: { program: 'medicaid-managed-care', state: null } }),
  ],
  [
    'urgent care',
    buildLetterFacts({ denial: { urgency: 'urgent', noticeType: 'prior-authorization-denial' } }),
  ],
];

const guidanceText = (guidance: LetterGuidance) =>
  [...guidance.steps, guidance.notLegalAdvice].join('\n');

const templates: LetterTemplate[] = Object.values(letterTemplates);

describe.each(templates.map((template) => [template.kind, template] as const))(
  'the guidance that comes with the %s letter',
  (_kind, template) => {
    it.each(factVariants)(
      `reads at grade ${maxEnglishGrade} or below in English (%s)`,
      (_name, facts) => {
        const text = guidanceText(template.write(facts, 'en').guidance);
        expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(maxEnglishGrade);
      },
    );

    it.each(factVariants)(`scores ${minSpanishEase} or more in Spanish (%s)`, (_name, facts) => {
      const text = guidanceText(template.write(facts, 'es').guidance);
      expect(fernandezHuertaEase(text)).toBeGreaterThanOrEqual(minSpanishEase);
    });
  },
);
