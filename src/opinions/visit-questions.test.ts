import { describe, expect, it } from 'vitest';
import { fernandezHuertaEase, fleschKincaidGrade } from '../letters/readability.js';
import { conditionKindIds, questionKindIds } from './second-opinion.js';
import type { VisitSituation } from './visit-questions.js';
import { companionNote, suggestedQuestions, whatToBring } from './visit-questions.js';

const sourcesOf = (s: VisitSituation) => [
  ...new Set(suggestedQuestions(s, 'en').map((q) => q.source)),
];
const texts = (s: VisitSituation) =>
  suggestedQuestions(s, 'en')
    .map((q) => q.text)
    .join('\n');

describe('questions to ask at the visit', () => {
  it('always starts with the standard questions', () => {
    const text = texts({ questionKind: 'diagnosis', conditionKind: null });
    expect(sourcesOf({ questionKind: 'diagnosis', conditionKind: null })).toEqual(['standard']);
    expect(text).toMatch(/What else could explain/);
    expect(text).toMatch(/What tests would confirm/);
    expect(text).toMatch(/watching and waiting/);
    expect(text).toMatch(/risks and benefits/);
    expect(text).toMatch(/What happens if I wait/);
    expect(text).toMatch(/your own family member/);
    expect(text).toMatch(/How many people with this do you treat/);
    expect(text).toMatch(/agree with my first doctor\? Why or why not/);
  });

  it('adds the surgery questions for a surgery', () => {
    expect(sourcesOf({ questionKind: 'surgery', conditionKind: 'other' })).toEqual([
      'standard',
      'surgery',
    ]);
    const text = texts({ questionKind: 'surgery', conditionKind: null });
    expect(text).toMatch(/How many of these operations/);
    expect(text).toMatch(/less invasive/);
    expect(text).toMatch(/recover/);
    expect(text).toMatch(/What problems can happen after surgery/);
  });

  it('adds the cancer questions for cancer, with the surgery ones when both apply', () => {
    expect(sourcesOf({ questionKind: 'surgery', conditionKind: 'cancer' })).toEqual([
      'standard',
      'surgery',
      'cancer',
    ]);
    const text = texts({ questionKind: 'treatment', conditionKind: 'cancer' });
    expect(text).toMatch(/pathologist review my slides/);
    expect(text).toMatch(/tumor marker or genetic tests/);
    expect(text).toMatch(/clinical trial/);
    expect(text).toMatch(/goal of treatment/);
  });

  it('adds the rare-disease questions for a rare disease', () => {
    expect(sourcesOf({ questionKind: 'diagnosis', conditionKind: 'rare' })).toEqual([
      'standard',
      'rare',
    ]);
    const text = texts({ questionKind: 'diagnosis', conditionKind: 'rare' });
    expect(text).toMatch(/cared for/);
    expect(text).toMatch(/center that focuses/);
    expect(text).toMatch(/registry/);
  });

  it('asks the same questions in Spanish, in the usted form', () => {
    const s: VisitSituation = { questionKind: 'surgery', conditionKind: 'cancer' };
    const es = suggestedQuestions(s, 'es');
    expect(es.map((q) => q.source)).toEqual(suggestedQuestions(s, 'en').map((q) => q.source));
    expect(es[5]?.text).toBe('¿Qué le recomendaría a alguien de su propia familia?');
    expect(es.map((q) => q.text).join(' ')).not.toMatch(/\b(tú|tienes|recomendarías)\b/);
  });
});

describe('bringing a trusted person', () => {
  it('says why it helps, in both languages', () => {
    expect(companionNote('en')).toMatch(/listen, take notes, and ask what you forget/);
    expect(companionNote('es')).toMatch(/escuchar, tomar notas/);
  });
});

describe('what to bring', () => {
  it('always brings ID and card, imaging discs, medicines, the packet, the questions and a notebook', () => {
    const list = whatToBring({ questionKind: 'treatment', conditionKind: 'chronic' }, 'en');
    expect(list).toEqual([
      'Your photo ID and insurance card.',
      'Your imaging discs (CD or DVD) and their reports.',
      'A list of your medicines and doses.',
      'Your records packet.',
      'Your list of questions.',
      'A notebook, or someone to take notes.',
    ]);
  });

  it('brings pathology slides and blocks for cancer', () => {
    const list = whatToBring({ questionKind: 'treatment', conditionKind: 'cancer' }, 'en');
    expect(list).toHaveLength(7);
    expect(list[2]).toMatch(/pathology slides and blocks/);
  });

  it('names a biopsy’s slides when the question is the diagnosis', () => {
    expect(whatToBring({ questionKind: 'diagnosis', conditionKind: null }, 'en')[2]).toMatch(
      /If you had a biopsy/,
    );
  });

  it('has the same list in Spanish', () => {
    const s: VisitSituation = { questionKind: 'surgery', conditionKind: 'cancer' };
    const es = whatToBring(s, 'es');
    expect(es).toHaveLength(whatToBring(s, 'en').length);
    expect(es[1]).toMatch(/CD o DVD/);
  });
});

describe('reads plainly', () => {
  const situations = questionKindIds.flatMap((questionKind) =>
    [...conditionKindIds, null].map((conditionKind) => ({ questionKind, conditionKind })),
  );
  const joined = (s: VisitSituation, lang: 'en' | 'es') => ({
    questions: suggestedQuestions(s, lang)
      .map((q) => q.text)
      .join('\n'),
    bring: whatToBring(s, lang).join('\n'),
  });

  it.each(situations.map((s) => [`${s.questionKind}, ${s.conditionKind}`, s] as const))(
    'questions and what to bring: grade 9 or below in English, ease 60 or more in Spanish (%s)',
    (_name, s) => {
      for (const text of Object.values(joined(s, 'en')))
        expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(9);
      for (const text of Object.values(joined(s, 'es')))
        expect(fernandezHuertaEase(text)).toBeGreaterThanOrEqual(60);
    },
  );

  it('the companion note too', () => {
    expect(fleschKincaidGrade(companionNote('en'))).toBeLessThanOrEqual(9);
    expect(fernandezHuertaEase(companionNote('es'))).toBeGreaterThanOrEqual(60);
  });
});
