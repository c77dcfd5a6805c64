import { describe, expect, it } from 'vitest';
import { supervisorSuggestion } from '../calls/call-rules.js';
import { denialCategories, type DenialCategory } from '../cases/case-terms.js';
import { categoryItems, alwaysItems } from '../evidence/evidence-items.js';
import { fleschKincaidGrade } from '../letters/readability.js';
import { externalReviewEligibility } from './external-review-eligibility.js';
import type { JourneyFacts } from './journey-facts.js';
import { nextStepIds, nextStepWords } from './next-step-words.js';

/**
 * The words the journey shows a patient — each next step, why each piece of evidence matters,
 * whether a denial can go to external review, the script for asking a supervisor — read at about
 * an 8th-grade level (Flesch–Kincaid grade 9 or below, as the letters' guidance).
 */
const maxGrade = 9;

const facts = {
  case: {
    plan: { insurer: 'Acme Health', program: 'employer-group' },
    denial: { category: 'medical-necessity' },
  },
  missingEvidence: [{ key: 'doctor-letter', label: 'A letter from your doctor', essential: true }],
} as unknown as JourneyFacts;

describe('the journey’s words for patients', () => {
  it(`read at grade ${maxGrade} or below: every next step, with its why`, () => {
    const words = nextStepWords(facts);
    const text = nextStepIds.map((id) => `${words.action(id)}. ${words.why(id)}`).join('\n');
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(maxGrade);
  });

  it(`read at grade ${maxGrade} or below: why each piece of evidence matters`, () => {
    const items = [...alwaysItems('employer-group'), ...Object.values(categoryItems).flat()];
    const text = [...new Set(items.map((item) => item.why))].join('\n');
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(maxGrade);
  });

  it(`read at grade ${maxGrade} or below: whether a denial can go to an outside reviewer`, () => {
    const categories = Object.keys(denialCategories) as DenialCategory[];
    const text = categories.map((c) => externalReviewEligibility(c).why).join('\n');
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(maxGrade);
  });

  it(`read at grade ${maxGrade} or below: the words to ask for a supervisor`, () => {
    const call = (n: number) => ({
      id: `call-${n}`,
      caseId: 'case-1',
      at: `2026-11-0${n}T10:00:00.000Z`,
      topic: 'internal-appeal',
      outcome: 'no-progress',
    });
    const suggestion = supervisorSuggestion(
      [1, 2, 3].map(call) as unknown as Parameters<typeof supervisorSuggestion>[0],
      'internal-appeal',
    );
    expect(suggestion).not.toBeNull();
    const text = [suggestion!.why, ...suggestion!.script, suggestion!.tip.text].join('\n');
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(maxGrade);
  });
});
