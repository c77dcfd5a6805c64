import { describe, expect, it } from 'vitest';

import { denialCategoryIds, noticeTypeIds, programIds } from '../cases/case-terms.js';
import { categoryExplanations, unknownCategoryExplanation } from './category-explanations.js';
import { carcExplanations, rarcExplanations, type CodeExplanation } from './code-explanations.js';
import {
  explainDenial,
  normalizeCode,
  notLegalAdvice,
  type DenialExplanationInput,
} from './denial-explanation.js';
import { carcCodeSet, rarcCodeSet } from './x12-codes.js';
import { buildDenialExplanationInput } from '../testing/denial-explanation-factory.js';

const buildInput = buildDenialExplanationInput;

const commonCarcs =
  '1 2 3 4 5 6 11 15 16 18 22 23 26 27 29 31 45 49 50 55 56 58 59 96 97 107 109 119 146 151 167 170 181 182 185 189 197 198 204 222 226 227 234 242 243 252 253 272 273 275 288 B7 B13 B15'.split(
    ' ',
  );
const commonRarcs =
  'M15 M20 M27 M51 M76 M77 M127 MA04 MA130 N4 N20 N30 N56 N115 N130 N179 N211 N290 N386 N425 N432 N479 N522 N657'.split(
    ' ',
  );

/** Every sentence Overturn shows about codes and categories, with where it comes from. */
function allExplanationText(): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  const tables: [string, Readonly<Record<string, CodeExplanation>>][] = [
    ['CARC', carcExplanations],
    ['RARC', rarcExplanations],
  ];
  for (const [table, entries] of tables) {
    for (const [code, e] of Object.entries(entries)) {
      for (const field of ['meaning', 'planWants', 'howToAnswer'] as const) {
        texts.push({ where: `${table} ${code} ${field}`, text: e[field] });
      }
    }
  }
  const categories = { ...categoryExplanations, unknown: unknownCategoryExplanation };
  for (const [id, e] of Object.entries(categories)) {
    texts.push({ where: `${id} meaning`, text: e.meaning });
    texts.push({ where: `${id} planWants`, text: e.planWants });
    e.howToAnswer.forEach((step, i) => texts.push({ where: `${id} step ${i + 1}`, text: step }));
  }
  return texts;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 0);
}

describe('explaining a denial in plain language', () => {
  it('explains a known CARC in its own words, with the group letters taken off', () => {
    const { codes } = explainDenial(buildInput({ carcCodes: ['CO-50'] }));
    expect(codes).toEqual([
      expect.objectContaining({
        code: '50',
        kind: 'carc',
        group: 'CO',
        listed: true,
        known: true,
        whoActs: 'both',
        category: 'medical-necessity',
        meaning: carcExplanations['50'].meaning,
        planWants: carcExplanations['50'].planWants,
        howToAnswer: carcExplanations['50'].howToAnswer,
      }),
    ]);
    expect(codes[0]?.meaning).toMatch(/not medically necessary/);
    expect(codes[0]?.groupMeaning).toMatch(/provider usually must absorb/);
  });

  it('says the provider generally writes off the amount over the allowed fee (CARC 45) in network', () => {
    const [code] = explainDenial(buildInput({ carcCodes: ['45'] })).codes;
    expect(code?.howToAnswer).toMatch(/in the plan’s network, they generally must write off/);
    expect(code?.whoActs).toBe('nobody');
  });

  it('treats deductible, coinsurance and copay (CARC 1, 2, 3) as amounts, not denials', () => {
    const { codes } = explainDenial(buildInput({ carcCodes: ['PR-1', 'PR 2', 'pr3'] }));
    expect(codes.map((c) => [c.code, c.group, c.whoActs])).toEqual([
      ['1', 'PR', 'nobody'],
      ['2', 'PR', 'nobody'],
      ['3', 'PR', 'nobody'],
    ]);
    expect(codes.every((c) => c.meaning.includes('not a denial'))).toBe(true);
    expect(codes[1]?.meaning).toContain('coinsurance (your share of the cost, as a percentage)');
  });

  it('explains a known RARC', () => {
    const [code] = explainDenial(buildInput({ rarcCodes: ['n130'] })).codes;
    expect(code).toMatchObject({
      code: 'N130',
      kind: 'rarc',
      group: null,
      listed: true,
      known: true,
      meaning: rarcExplanations.N130.meaning,
    });
  });

  it('gives an honest fallback for a real X12 code it has no explanation for', () => {
    expect(carcCodeSet.has('8')).toBe(true);
    const [code] = explainDenial(buildInput({ carcCodes: ['OA-8'] })).codes;
    expect(code).toMatchObject({
      code: '8',
      kind: 'carc',
      group: 'OA',
      listed: true,
      known: false,
      planWants: null,
      howToAnswer: null,
      whoActs: null,
    });
    expect(code?.meaning).toBe(
      'We do not have a plain explanation for code 8 yet. Ask the plan or the provider’s billing office what it means for this claim; the full list is at x12.org/codes.',
    );
  });

  it('says a code X12 does not list may be the plan’s own code or a misread', () => {
    expect(carcCodeSet.has('999')).toBe(false);
    expect(rarcCodeSet.has('N9999')).toBe(false);
    const { codes } = explainDenial(buildInput({ carcCodes: ['999'], rarcCodes: ['N9999'] }));
    expect(codes.map((c) => [c.code, c.listed, c.known])).toEqual([
      ['999', false, false],
      ['N9999', false, false],
    ]);
    for (const code of codes) {
      expect(code.meaning).toMatch(/not on X12’s published code lists/);
      expect(code.meaning).toMatch(/plan’s own internal code/);
      expect(code.meaning).toMatch(/misread/);
      expect(code.meaning).toMatch(/check it on the notice/);
    }
  });

  it('explains a remark code typed into the CARC list as the remark code it is, once', () => {
    const { codes } = explainDenial(buildInput({ carcCodes: ['M127'], rarcCodes: ['M127'] }));
    expect(codes).toHaveLength(1);
    expect(codes[0]).toMatchObject({ code: 'M127', kind: 'rarc', known: true });
  });

  it('normalizes the way people type codes', () => {
    expect(normalizeCode(' co-050 ')).toEqual({ code: '50', group: 'CO' });
    expect(normalizeCode('PR2')).toEqual({ code: '2', group: 'PR' });
    expect(normalizeCode('CARC 197')).toEqual({ code: '197', group: null });
    expect(normalizeCode('CO-B13')).toEqual({ code: 'B13', group: 'CO' });
    expect(normalizeCode('ma130')).toEqual({ code: 'MA130', group: null });
  });

  it('covers the common CARCs and RARCs, each one a code X12 lists', () => {
    expect(Object.keys(carcExplanations)).toEqual(expect.arrayContaining(commonCarcs));
    expect(Object.keys(rarcExplanations)).toEqual(expect.arrayContaining(commonRarcs));
    for (const code of Object.keys(carcExplanations)) expect(carcCodeSet.has(code)).toBe(true);
    for (const code of Object.keys(rarcExplanations)) expect(rarcCodeSet.has(code)).toBe(true);
  });

  it('has text for every denial category and for an unknown one', () => {
    for (const id of denialCategoryIds) {
      const explanation = explainDenial(buildInput({ denialCategory: id }));
      expect(explanation.summary).toBe(categoryExplanations[id].meaning);
      expect(explanation.planWants.length).toBeGreaterThan(0);
      expect(explanation.howToAnswer.length).toBeGreaterThanOrEqual(2);
      expect(explanation.howToAnswer.length).toBeLessThanOrEqual(4);
    }
    expect(Object.keys(categoryExplanations).sort()).toEqual([...denialCategoryIds].sort());
    expect(explainDenial(buildInput()).summary).toBe(unknownCategoryExplanation.meaning);
  });

  it('answers a medical-necessity denial with the criteria, a letter, the appeal and outside review', () => {
    const steps = explainDenial(buildInput({ denialCategory: 'medical-necessity' })).howToAnswer;
    expect(steps).toEqual([
      expect.stringMatching(/criteria.*claim file/),
      expect.stringMatching(/letter of medical necessity/),
      expect.stringMatching(/appeal before the deadline/),
      expect.stringMatching(/external\) review/),
    ]);
  });

  it('opens a prior-authorization denial with the fast appeal when health is at risk', () => {
    const explanation = explainDenial(
      buildInput({
        noticeType: 'prior-authorization-denial',
        denialCategory: 'prior-authorization',
      }),
    );
    expect(explanation.summary).toMatch(/^The plan refused to approve care before you get it\. /);
    expect(explanation.howToAnswer[0]).toMatch(/fast \(expedited\) appeal/);
  });

  it('points a final internal denial to the next level for its program', () => {
    const nextStep = (program: DenialExplanationInput['program']) =>
      explainDenial(
        buildInput({
          noticeType: 'final-internal-appeal-denial',
          denialCategory: 'medical-necessity',
          program,
        }),
      ).howToAnswer.at(-1);
    expect(nextStep('medicare-advantage')).toMatch(/independent reviewer on its own/);
    const medicareSteps = explainDenial(
      buildInput({
        noticeType: 'final-internal-appeal-denial',
        denialCategory: 'medical-necessity',
        program: 'medicare-advantage',
      }),
    ).howToAnswer;
    expect(medicareSteps.filter((step) => /review/.test(step))).toHaveLength(1);
    expect(nextStep('medicaid-managed-care')).toMatch(/state fair hearing/);
    expect(nextStep('employer-group')).toMatch(/outside \(external\) review/);
    expect(nextStep('individual-market')).toMatch(/outside \(external\) review/);
  });

  it('never promises an outcome and says, once, that it is not legal advice', () => {
    for (const noticeType of [...noticeTypeIds, null]) {
      for (const program of [...programIds, null]) {
        const explanation = explainDenial(
          buildInput({ noticeType, program, denialCategory: 'not-covered', carcCodes: ['204'] }),
        );
        expect(explanation.notLegalAdvice).toBe(notLegalAdvice);
        const shown = [explanation.summary, explanation.planWants, ...explanation.howToAnswer];
        for (const text of shown) expect(text).not.toMatch(/legal advice/i);
      }
    }
    expect(sentences(notLegalAdvice)).toHaveLength(1);
    expect(notLegalAdvice).toMatch(/not legal advice/);
    for (const { where, text } of allExplanationText()) {
      expect(text, where).not.toMatch(
        /\b(?:you will win|will be paid|will be approved|guarantee[ds]?|certainly|definitely)\b/i,
      );
    }
  });

  it('writes every explanation as short plain sentences, not X12’s technical wording', () => {
    // X12's own descriptions are copyrighted and not shipped; our text must be our own words.
    // These markers only appear in X12's technical notes, never in plain writing for patients.
    const x12Wording =
      /\b(?:usage:|loop 2110|835|adjudicat\w*|NCPDP|remittance|group code|per coordination|deemed)\b/i;
    for (const { where, text } of allExplanationText()) {
      expect(text.trim(), where).not.toBe('');
      expect(text, where).not.toMatch(x12Wording);
      expect(text, where).toMatch(/^[A-Z]/);
      expect(text, where).toMatch(/[.)]$/);
      expect(text.length, where).toBeLessThanOrEqual(400);
      for (const sentence of sentences(text)) {
        expect(sentence.split(/\s+/).length, `${where}: ${sentence}`).toBeLessThanOrEqual(25);
      }
    }
  });
});
