import { describe, expect, it } from 'vitest';
import { buildLetterFacts } from '../testing/letter-facts-factory.js';
import { governingLawOf } from './governing-law.js';
import type { CaseLetterKind, LetterDocument, LetterLang } from './letter.js';
import { letterTemplates } from './letter-templates.js';
import { isMedicareDrugAppeal, medicareReviewOf } from './medicare-drug-appeals.js';

const drugFacts = (category: 'formulary' | 'step-therapy' = 'formulary') =>
  buildLetterFacts({
    plan: { program: 'medicare-advantage', funding: null },
    denial: { category },
  });

const write = (kind: CaseLetterKind, lang: LetterLang = 'en', facts = drugFacts()) =>
  letterTemplates[kind].write(facts, lang);

const allText = (document: LetterDocument) =>
  [document.title, document.subject, ...document.to, ...document.body].join('\n');

describe('Medicare drug (Part D) appeals', () => {
  it('are the Medicare Advantage denials about a pharmacy drug, and only those', () => {
    expect(isMedicareDrugAppeal(drugFacts('formulary'))).toBe(true);
    expect(isMedicareDrugAppeal(drugFacts('step-therapy'))).toBe(true);
    const surgery = buildLetterFacts({
      plan: { program: 'medicare-advantage' },
      denial: { category: 'medical-necessity' },
    });
    expect(isMedicareDrugAppeal(surgery)).toBe(false);
    expect(medicareReviewOf(surgery)).toBe('reconsideration');
    const jobDrug = buildLetterFacts({ denial: { category: 'formulary' } });
    expect(isMedicareDrugAppeal(jobDrug)).toBe(false);
    expect(medicareReviewOf(jobDrug)).toBeNull();
    expect(governingLawOf(jobDrug).citation).toBe('29 CFR 2560.503-1');
  });

  it.each(['internal-appeal', 'expedited-appeal', 'second-level-appeal'] as const)(
    'cite Part 423 in the %s letter, never the Part 422 appeal rules',
    (kind) => {
      const { document } = write(kind);
      expect(document.citations).toEqual(expect.arrayContaining(['42 CFR 423.582']));
      for (const citation of document.citations)
        expect(citation).not.toMatch(/^42 CFR (Part )?422/);
      expect(allText(document)).not.toMatch(/Independent Review Entity without my asking/);
    },
  );

  it('ask the plan for a redetermination, in English and Spanish', () => {
    const en = write('internal-appeal').document;
    expect(en.title).toBe('Request for redetermination');
    expect(en.body[0]).toMatch(/to ask for a redetermination of Acme Health’s decision/);
    const es = write('internal-appeal', 'es').document;
    expect(es.title).toBe('Solicitud de redeterminación');
    expect(es.body[0]).toMatch(/para pedir la redeterminación de la decisión/);
    expect(write('expedited-appeal').document.title).toBe('Request for expedited redetermination');
  });

  it('tell the person to check with the plan which benefit the drug falls under', () => {
    for (const kind of [
      'internal-appeal',
      'expedited-appeal',
      'external-review-request',
    ] as const) {
      const { guidance } = write(kind);
      expect(guidance.steps.join('\n')).toMatch(/Part B.*Check with your plan which one applies/s);
    }
    expect(write('internal-appeal', 'es').guidance.steps.join('\n')).toMatch(
      /Pregunte a su plan cuál aplica/,
    );
  });

  it('do not tell the person the plan forwards a drug case on its own', () => {
    const { document, guidance } = write('external-review-request');
    expect(document.title).toBe('Request for independent review of a drug decision');
    expect(document.to[0]).toBe('Independent Review Entity (Medicare Part D)');
    expect(document.citations).not.toContain('42 CFR 422.592');
    expect(guidance.steps.join('\n')).toMatch(/may have to ask for the outside review yourself/);
    const surgery = buildLetterFacts({ plan: { program: 'medicare-advantage' } });
    expect(
      letterTemplates['external-review-request'].write(surgery, 'en').document.citations,
    ).toContain('42 CFR 422.592');
  });

  it('leave the claim-file request and the doctor’s urgent paragraph on Part D footing', () => {
    const claimFile = write('claim-file-request').document;
    expect(claimFile.citations).toContain('42 CFR Part 423');
    expect(claimFile.citations).not.toContain('42 CFR Part 422, Subpart M');
    const urgent = buildLetterFacts({
      plan: { program: 'medicare-advantage' },
      denial: { category: 'step-therapy', urgency: 'urgent' },
    });
    const doctor = letterTemplates['medical-necessity-letter'].write(urgent, 'en').document;
    expect(allText(doctor)).toMatch(/I request an expedited decision\./);
    expect(doctor.citations).not.toContain('42 CFR 422.584');
  });
});
