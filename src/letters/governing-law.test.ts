import { describe, expect, it } from 'vitest';
import { fundingIds, programIds } from '../cases/case-terms.js';
import { joinCited, programLawOf, programLaws } from './governing-law.js';
import { letterLangs } from './letter.js';

// Rules appeal-rules.md marks low confidence: a letter must not state them as fact.
const lowConfidence = [
  '147.136(b)(2)(ii)(F)(2)',
  '2560.503-1(h)(3)(vi)',
  '2560.503-1(c)(2)',
  '422.590(g)',
  '149.110',
  '422.101(b)(6)',
  '422.112(b)(8)',
];

describe('the law that governs each program', () => {
  it('names the rule each program’s appeals are decided under', () => {
    expect(programLawOf('employer-group').citation).toBe('29 CFR 2560.503-1');
    expect(programLawOf('individual-market').citation).toBe('45 CFR 147.136');
    expect(programLawOf('medicare-advantage').citation).toBe('42 CFR Part 422, Subpart M');
    expect(programLawOf('medicaid-managed-care').citation).toBe('42 CFR Part 438, Subpart F');
    for (const program of programIds) expect(programLaws[program].confidence).not.toBe('low');
  });

  it('cites ERISA and the ACA rule for job-based plans, by funding', () => {
    const insured = programLawOf('employer-group').basis('fully-insured', 'en');
    expect(insured.citations).toEqual([
      '29 CFR 2560.503-1',
      '45 CFR 147.136',
      'Public Health Service Act §2719',
    ]);
    const selfFunded = programLawOf('employer-group').basis('self-funded', 'en');
    expect(selfFunded.citations).toContain('29 CFR 2590.715-2719');
    expect(selfFunded.text).toMatch(/not grandfathered/);
  });

  describe.each(programIds)('%s', (program) => {
    const law = programLaws[program];
    it.each(letterLangs)('in %s, every cited rule is written in the text', (lang) => {
      for (const funding of [...fundingIds, null]) {
        const basis = law.basis(funding, lang);
        expect(basis.citations).toContain(law.citation);
        for (const c of basis.citations) expect(basis.text).toContain(c);
      }
      for (const medicalJudgment of [true, false]) {
        const review = law.fullAndFairReview(lang, medicalJudgment);
        expect(review.text.length).toBeGreaterThan(0);
        for (const c of review.citations) expect(review.text).toContain(c);
        for (const rule of lowConfidence) expect(review.text).not.toContain(rule);
      }
    });
  });

  it('states the full and fair review of 29 CFR 2560.503-1(h) for ERISA and ACA plans', () => {
    for (const program of ['employer-group', 'individual-market'] as const) {
      const en = programLaws[program].fullAndFairReview('en', true);
      expect(en.citations).toEqual(
        expect.arrayContaining([
          '29 CFR 2560.503-1(h)(2)(iv)',
          '29 CFR 2560.503-1(h)(2)(iii)',
          '29 CFR 2560.503-1(h)(3)(ii)',
          '29 CFR 2560.503-1(h)(3)(iii)',
        ]),
      );
      expect(en.text).toMatch(/all comments, documents, records/);
      expect(en.text).toMatch(/free of charge/);
      expect(en.text).toMatch(/no deference/);
      const es = programLaws[program].fullAndFairReview('es', true);
      expect(es.text).toMatch(/revisión completa y justa/);
      expect(es.text).toMatch(/sin costo/);
    }
  });

  it('asks for a health professional only when the denial rests on medical judgment', () => {
    const law = programLaws['employer-group'];
    expect(law.fullAndFairReview('en', true).citations).toContain('29 CFR 2560.503-1(h)(3)(iii)');
    expect(law.fullAndFairReview('en', false).citations).not.toContain(
      '29 CFR 2560.503-1(h)(3)(iii)',
    );
  });

  it('does not borrow the ERISA rule for Medicare Advantage or Medicaid', () => {
    for (const program of ['medicare-advantage', 'medicaid-managed-care'] as const) {
      for (const lang of letterLangs) {
        const review = programLawOf(program).fullAndFairReview(lang, true);
        expect(review.text).not.toContain('2560.503-1');
      }
    }
    expect(programLawOf('medicare-advantage').fullAndFairReview('en', true).citations).toEqual([
      '42 CFR 422.590',
      '42 CFR 422.592',
    ]);
  });

  it('joins cited sentences, dropping empty ones and repeated citations', () => {
    expect(
      joinCited([
        { text: 'A (x).', citations: ['x'] },
        { text: '', citations: [] },
        { text: 'B (x).', citations: ['x'] },
      ]),
    ).toEqual({ text: 'A (x). B (x).', citations: ['x'] });
  });
});
