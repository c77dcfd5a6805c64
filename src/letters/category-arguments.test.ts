import { describe, expect, it } from 'vitest';
import { denialCategoryIds, programIds } from '../cases/case-terms.js';
import { buildLetterFacts } from '../testing/letter-facts-factory.js';
import {
  categoryArgument,
  categoryArguments,
  de,
  factWords,
  restsOnMedicalJudgment,
} from './category-arguments.js';
import { letterLangs } from './letter.js';

describe('the argument for each denial category', () => {
  it('has an argument for every category the case can have', () => {
    expect(Object.keys(categoryArguments).sort()).toEqual([...denialCategoryIds].sort());
  });

  describe.each([...denialCategoryIds, null])('%s', (category) => {
    it.each(letterLangs)(
      'in %s, for every program: paragraphs, enclosures, cited rules',
      (lang) => {
        for (const program of programIds) {
          const facts = buildLetterFacts({ plan: { program }, denial: { category } });
          const argument = categoryArgument(facts, lang);
          expect(argument.paragraphs.length).toBeGreaterThanOrEqual(2);
          expect(argument.enclosures.length).toBeGreaterThanOrEqual(2);
          const text = argument.paragraphs.join(' ');
          for (const citation of argument.citations) expect(text).toContain(citation);
          // The facts of the case are in the argument.
          expect(text).toMatch(/MRI of the lumbar spine|Ana Ruiz/);
          expect(text).not.toMatch(/undefined|null|\$\{/);
          if (lang === 'es') expect(text).not.toMatch(/\bde el\b|\ba el\b/);
        }
      },
    );
  });

  it('argues medical necessity with the doctor, the codes, the date and the plan’s criteria', () => {
    const argument = categoryArgument(buildLetterFacts(), 'en');
    const text = argument.paragraphs.join(' ');
    expect(text).toContain('Dr. Lena Ortiz ordered MRI of the lumbar spine on September 2, 2026');
    expect(text).toContain('procedure code 72148; diagnosis code M54.16');
    expect(text).toMatch(/plan’s own medical-necessity criteria/);
    expect(text).toMatch(/generally accepted standards of medical practice/);
    expect(argument.enclosures).toContain('Letter of medical necessity from Dr. Lena Ortiz');
    expect(argument.enclosures).toContain(
      'The plan’s clinical criteria or policy for this care, if I have them',
    );
  });

  it('holds Medicare Advantage plans to Original Medicare’s coverage rules', () => {
    const facts = buildLetterFacts({ plan: { program: 'medicare-advantage' } });
    expect(categoryArgument(facts, 'en').citations).toContain('CMS-4201-F');
    expect(categoryArgument(buildLetterFacts(), 'en').citations).not.toContain('CMS-4201-F');
  });

  it('invokes the No Surprises Act only for plans it governs', () => {
    for (const program of programIds) {
      const facts = buildLetterFacts({ plan: { program }, denial: { category: 'out-of-network' } });
      const { citations } = categoryArgument(facts, 'en');
      const governed = program === 'employer-group' || program === 'individual-market';
      expect(citations.includes('42 U.S.C. 300gg-111')).toBe(governed);
      expect(citations.includes('42 CFR 422.112(a)')).toBe(program === 'medicare-advantage');
    }
  });

  it('asks for the corrected code from the provider on a coding error', () => {
    const facts = buildLetterFacts({ denial: { category: 'coding-error' } });
    const argument = categoryArgument(facts, 'es');
    expect(argument.paragraphs.join(' ')).toContain('código de procedimiento 72148');
    expect(argument.enclosures[0]).toBe(
      'Reclamo corregido, o carta con el código corregido, de Dr. Lena Ortiz',
    );
  });

  it('asks for the specific reason when the category is not known', () => {
    const facts = buildLetterFacts({ denial: { category: null } });
    expect(categoryArgument(facts, 'en').citations).toEqual(['29 CFR 2560.503-1(g)(1)(i)']);
    expect(restsOnMedicalJudgment(null)).toBe(false);
    expect(restsOnMedicalJudgment('medical-necessity')).toBe(true);
    expect(restsOnMedicalJudgment('coding-error')).toBe(false);
  });

  it('writes plain stand-ins for facts the case does not have', () => {
    const facts = buildLetterFacts({
      claim: { provider: null, serviceDescription: null, serviceDate: null, procedureCodes: [] },
    });
    expect(factWords(facts, 'en')).toMatchObject({
      service: 'the service at issue',
      doctor: 'the treating doctor',
      onDate: '',
      codes: ' (diagnosis code M54.16)',
    });
    const es = factWords(facts, 'es');
    expect(de(es.doctor)).toBe('del médico tratante');
    expect(de('Dr. Lena Ortiz')).toBe('de Dr. Lena Ortiz');
  });
});
