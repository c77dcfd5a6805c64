import { describe, expect, it } from 'vitest';

import { denialCategoryIds, noticeTypeIds, programIds } from '../cases/case-terms.js';
import { carcExplanationsEs, type CodeWords } from './carc-explanations-es.js';
import {
  categoryExplanations,
  unknownCategoryExplanation,
  type CategoryExplanation,
} from './category-explanations.js';
import {
  categoryExplanationsEs,
  externalReviewStepEs,
  unknownCategoryExplanationEs,
} from './category-explanations-es.js';
import { carcExplanations, rarcExplanations, type CodeExplanation } from './code-explanations.js';
import { explainDenial, type DenialExplanationInput } from './denial-explanation.js';
import { explanationWords } from './denial-explanation-words.js';
import { rarcExplanationsEs } from './rarc-explanations-es.js';
import { buildDenialExplanationInput } from '../testing/denial-explanation-factory.js';

const buildInput = buildDenialExplanationInput;

const codeFields = ['meaning', 'planWants', 'howToAnswer'] as const;

/** Every Spanish sentence Overturn shows about a denial, with where it comes from. */
function allSpanishText(): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  const tables: [string, Readonly<Record<string, CodeWords>>][] = [
    ['CARC', carcExplanationsEs],
    ['RARC', rarcExplanationsEs],
  ];
  for (const [table, entries] of tables) {
    for (const [code, e] of Object.entries(entries)) {
      for (const field of codeFields)
        texts.push({ where: `${table} ${code} ${field}`, text: e[field] });
    }
  }
  const categories = { ...categoryExplanationsEs, unknown: unknownCategoryExplanationEs };
  for (const [id, e] of Object.entries(categories)) {
    texts.push({ where: `${id} meaning`, text: e.meaning });
    texts.push({ where: `${id} planWants`, text: e.planWants });
    e.howToAnswer.forEach((step, i) => texts.push({ where: `${id} step ${i + 1}`, text: step }));
  }
  const words = explanationWords.es;
  const sentences = {
    notLegalAdvice: words.notLegalAdvice,
    expeditedStep: words.expeditedStep,
    listedUnknown: words.listedUnknown('8'),
    unlisted: words.unlisted('N9999'),
    ...words.groupMeanings,
    ...words.noticeLeads,
    ...words.nextLevel,
  };
  for (const [where, text] of Object.entries(sentences)) texts.push({ where, text });
  return texts;
}

describe('explaining a denial in Spanish', () => {
  it('has Spanish for every code Overturn explains in English, in other words than the English', () => {
    const pairs: [string, Readonly<Record<string, CodeExplanation>>, Readonly<object>][] = [
      ['CARC', carcExplanations, carcExplanationsEs],
      ['RARC', rarcExplanations, rarcExplanationsEs],
    ];
    for (const [table, english, spanish] of pairs) {
      expect(Object.keys(spanish).sort(), table).toEqual(Object.keys(english).sort());
      for (const [code, e] of Object.entries(english)) {
        const kind = table === 'CARC' ? 'carcCodes' : 'rarcCodes';
        const [explained] = explainDenial(buildInput({ [kind]: [code] }), 'es').codes;
        expect(explained?.known, `${table} ${code}`).toBe(true);
        for (const field of codeFields) {
          const text = explained?.[field] ?? '';
          expect(text.trim(), `${table} ${code} ${field}`).not.toBe('');
          expect(text, `${table} ${code} ${field}`).not.toBe(e[field]);
        }
        // Only the words change: who acts and the category are the English table's.
        expect(explained?.whoActs).toBe(e.whoActs);
        expect(explained?.category).toBe(e.category ?? null);
      }
    }
  });

  it('has Spanish for every denial category and for an unknown one, step for step', () => {
    expect(Object.keys(categoryExplanationsEs).sort()).toEqual([...denialCategoryIds].sort());
    const pairs: [string, CategoryExplanation, CategoryExplanation][] = [
      ...denialCategoryIds.map((id): [string, CategoryExplanation, CategoryExplanation] => [
        id,
        categoryExplanations[id],
        categoryExplanationsEs[id],
      ]),
      ['unknown', unknownCategoryExplanation, unknownCategoryExplanationEs],
    ];
    for (const [id, english, spanish] of pairs) {
      expect(spanish.meaning, id).not.toBe(english.meaning);
      expect(spanish.planWants, id).not.toBe(english.planWants);
      expect(spanish.howToAnswer, id).toHaveLength(english.howToAnswer.length);
      spanish.howToAnswer.forEach((step, i) =>
        expect(step, `${id} ${i}`).not.toBe(english.howToAnswer[i]),
      );
    }
  });

  it('words a known code, its group letters and the summary in Spanish', () => {
    const explanation = explainDenial(
      buildInput({
        carcCodes: ['CO-50'],
        denialCategory: 'medical-necessity',
        noticeType: 'claim-denial',
      }),
      'es',
    );
    expect(explanation.summary).toBe(
      'El plan se negó a pagar una atención que usted ya recibió. El plan dice que la atención no era médicamente necesaria. Está juzgando si usted necesitaba esta atención, y usted puede cuestionar esa decisión.',
    );
    expect(explanation.howToAnswer[1]).toMatch(/carta de necesidad médica/);
    expect(explanation.howToAnswer.at(-1)).toBe(externalReviewStepEs);
    expect(explanation.notLegalAdvice).toMatch(/no es asesoramiento legal/);
    expect(explanation.codes[0]).toMatchObject({
      code: '50',
      group: 'CO',
      meaning: carcExplanationsEs['50'].meaning,
      groupMeaning: expect.stringMatching(/^CO \(obligación contractual\): .*no usted\.$/),
    });
  });

  it('gives the honest fallbacks in Spanish, with the code as written', () => {
    const { codes } = explainDenial(buildInput({ carcCodes: ['OA-8', '999'] }), 'es');
    expect(codes.map((c) => [c.code, c.listed, c.known])).toEqual([
      ['8', true, false],
      ['999', false, false],
    ]);
    expect(codes[0]?.meaning).toBe(
      'Todavía no tenemos una explicación sencilla del código 8. Pregunte al plan o a la oficina de facturación del proveedor qué significa para esta reclamación; la lista completa está en x12.org/codes.',
    );
    expect(codes[0]?.groupMeaning).toMatch(/^OA \(otro ajuste\)/);
    expect(codes[1]?.meaning).toMatch(/^999 no está en las listas de códigos que publica X12\./);
    expect(codes[1]?.meaning).toMatch(/código interno del propio plan/);
  });

  it('opens a prior-authorization denial with the urgent appeal, in Spanish', () => {
    const explanation = explainDenial(
      buildInput({
        noticeType: 'prior-authorization-denial',
        denialCategory: 'prior-authorization',
      }),
      'es',
    );
    expect(explanation.summary).toMatch(/^El plan se negó a aprobar una atención antes/);
    expect(explanation.howToAnswer[0]).toMatch(/apelación urgente \(acelerada\)/);
  });

  it('points a final internal denial to the program’s next level, in Spanish', () => {
    const stepsFor = (program: DenialExplanationInput['program']) =>
      explainDenial(
        buildInput({
          noticeType: 'final-internal-appeal-denial',
          denialCategory: 'medical-necessity',
          program,
        }),
        'es',
      ).howToAnswer;
    const medicare = stepsFor('medicare-advantage');
    expect(medicare.at(-1)).toMatch(/revisor independiente/);
    expect(medicare).not.toContain(externalReviewStepEs);
    expect(stepsFor('medicaid-managed-care').at(-1)).toMatch(/audiencia imparcial del estado/);
    expect(stepsFor('employer-group').at(-1)).toMatch(/^Pida una revisión externa/);
    expect(stepsFor(null).filter((step) => /revisión externa/.test(step))).toHaveLength(1);
  });

  it('leaves English exactly as it was when no language is asked for', () => {
    for (const noticeType of [...noticeTypeIds, null]) {
      for (const program of [...programIds, null]) {
        for (const denialCategory of [...denialCategoryIds, null]) {
          const input = buildInput({
            noticeType,
            program,
            denialCategory,
            carcCodes: ['CO-45', '8', '999'],
            rarcCodes: ['N130'],
          });
          expect(explainDenial(input, 'en')).toEqual(explainDenial(input));
        }
      }
    }
    expect(explainDenial(buildInput({ carcCodes: ['PR-1'] })).codes[0]?.groupMeaning).toBe(
      'PR (patient responsibility): the plan says you may owe this amount.',
    );
  });

  it('writes Spanish as short plain sentences, in the "usted" form, with no English left over', () => {
    for (const { where, text } of allSpanishText()) {
      expect(text.trim(), where).not.toBe('');
      expect(text, where).toMatch(/^[A-ZÁÉÍÓÚÑ¿\d]/);
      expect(text, where).toMatch(/[.)]$/);
      expect(text.length, where).toBeLessThanOrEqual(400);
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        expect(sentence.split(/\s+/).length, `${where}: ${sentence}`).toBeLessThanOrEqual(25);
      }
      expect(text, where).not.toMatch(/\b(?:the|you|your|with|and|plan says)\b/i);
      expect(text, where).not.toMatch(
        /(?:^|\s)(?:tú|tu|tus|tienes|puedes|necesitas)(?=[\s,.;:]|$)/i,
      );
      expect(text, where).not.toMatch(/garantiza|ganará|será aprobad|se pagará|sin duda/i);
    }
  });
});
