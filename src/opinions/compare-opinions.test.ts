import { describe, expect, it } from 'vitest';
import { comparisonWords } from './comparison-words.js';
import { compareOpinions, minimumOpinions, tooFewOpinions } from './compare-opinions.js';
import type { Opinion } from './opinion.js';
import { buildOpinion, noRatings } from '../testing/opinion-record-factory.js';
import type { ComparisonContext } from './compare-opinions.js';

const ctx: ComparisonContext = { goals: [], program: 'employer-group' };
const lee = (o: Partial<Opinion> = {}) => buildOpinion({ position: 1, doctor: 'Dr. Lee', ...o });
const ray = (o: Partial<Opinion> = {}) => buildOpinion({ position: 2, doctor: 'Dr. Ray', ...o });
const kim = (o: Partial<Opinion> = {}) => buildOpinion({ position: 3, doctor: 'Dr. Kim', ...o });
const compare = (opinions: Opinion[], context = ctx) => compareOpinions(opinions, context, 'en');

describe('diagnosis by ICD-10 category when both doctors gave a code', () => {
  it('codes in different categories differ, and the reason names both doctors and categories', () => {
    const result = compare([lee({ diagnosisCode: 'C50.911' }), ray({ diagnosisCode: 'D05.11' })]);
    expect(result.diagnosisAgrees).toBe(false);
    expect(result.suggestThirdOpinion).toBe(true);
    expect(result.reasons[0]).toBe(
      'Dr. Ray’s diagnosis (D05) differs from Dr. Lee’s (C50). When doctors do not agree on what is wrong, a third opinion can help.',
    );
  });

  it('the same code agrees', () => {
    const result = compare([lee({ diagnosisCode: 'M17.11' }), ray({ diagnosisCode: 'M17.11' })]);
    expect(result.diagnosisAgrees).toBe(true);
    expect(result.suggestThirdOpinion).toBe(false);
  });

  it('the same category with another detail agrees, with a note', () => {
    const result = compare([lee({ diagnosisCode: 'C50.911' }), ray({ diagnosisCode: 'C50.912' })]);
    expect(result.diagnosisAgrees).toBe(true);
    expect(result.suggestThirdOpinion).toBe(false);
    expect(result.warnings).toContain(
      'Dr. Ray’s diagnosis (C50.912) is the same kind of condition as Dr. Lee’s (C50.911), with a different detail. Ask what the difference means for your care.',
    );
  });

  it('codes outweigh a contrary marking', () => {
    const result = compare([
      lee({ diagnosisCode: 'C50.911' }),
      ray({ diagnosisCode: 'C50.911', diagnosisMatchesFirst: 'different' }),
    ]);
    expect(result.diagnosisAgrees).toBe(true);
  });
});

describe('without both codes', () => {
  it("the person's marking decides", () => {
    expect(
      compare([lee({ diagnosisCode: 'C50.911' }), ray({ diagnosisMatchesFirst: 'same' })])
        .diagnosisAgrees,
    ).toBe(true);
    const differs = compare([
      lee(),
      ray({ diagnosisMatchesFirst: 'different', treatmentMatchesFirst: 'different' }),
    ]);
    expect(differs.diagnosisAgrees).toBe(false);
    expect(differs.treatmentAgrees).toBe(false);
    expect(differs.suggestThirdOpinion).toBe(true);
    expect(differs.reasons).toContain(
      'Dr. Ray’s advice on treatment differs from Dr. Lee’s. When doctors advise different care, a third opinion can help.',
    );
  });

  it('identical text agrees, ignoring case and spaces', () => {
    const result = compare([
      lee({ diagnosis: 'Early breast cancer', treatment: 'Lumpectomy  and radiation' }),
      ray({ diagnosis: ' early BREAST cancer', treatment: 'lumpectomy and radiation' }),
    ]);
    expect(result.diagnosisAgrees).toBe(true);
    expect(result.treatmentAgrees).toBe(true);
  });

  it('different text without a marking cannot be told: null, and the reason says how to settle it', () => {
    const result = compare([
      lee({ diagnosis: 'Knee arthritis', treatment: 'Knee replacement' }),
      ray({ diagnosis: 'Worn cartilage', treatment: 'Physical therapy' }),
    ]);
    expect(result.diagnosisAgrees).toBeNull();
    expect(result.treatmentAgrees).toBeNull();
    expect(result.suggestThirdOpinion).toBe(false);
    expect(result.reasons).toContain(
      'We cannot tell yet if the diagnoses agree. Add the ICD-10 codes, or mark if each diagnosis is the same as Dr. Lee’s.',
    );
    expect(result.fit[1]?.agreesWithFirst).toEqual({ diagnosis: null, treatment: null });
  });

  it('one disagreement among several opinions makes the whole false; an unknown makes it null', () => {
    const some = compare([lee(), ray({ treatmentMatchesFirst: 'same' }), kim()]);
    expect(some.treatmentAgrees).toBeNull();
    const one = compare([
      lee(),
      ray({ treatmentMatchesFirst: 'same' }),
      kim({ treatmentMatchesFirst: 'different' }),
    ]);
    expect(one.treatmentAgrees).toBe(false);
  });
});

describe('three opinions', () => {
  it('a majority that agrees needs no further opinion', () => {
    const result = compare([
      lee({ diagnosisCode: 'C50.911' }),
      ray({ diagnosisCode: 'D05.11' }),
      kim({ diagnosisCode: 'C50.919' }),
    ]);
    expect(result.diagnosisAgrees).toBe(false);
    expect(result.suggestThirdOpinion).toBe(false);
  });

  it('no two agreeing on the diagnosis suggests another opinion', () => {
    const result = compare([
      lee({ diagnosisCode: 'C50.911' }),
      ray({ diagnosisCode: 'D05.11' }),
      kim({ diagnosisCode: 'C44.501' }),
    ]);
    expect(result.suggestThirdOpinion).toBe(true);
    expect(result.reasons[0]).toBe(
      'No two doctors agree on the diagnosis yet: Dr. Lee (C50), Dr. Ray (D05), Dr. Kim (C44). Another opinion can help.',
    );
  });

  it('all treatment markings differing suggests another opinion', () => {
    const result = compare([
      lee(),
      ray({ treatmentMatchesFirst: 'different' }),
      kim({ treatmentMatchesFirst: 'different' }),
    ]);
    expect(result.suggestThirdOpinion).toBe(true);
    expect(result.reasons[0]).toContain(
      'No two doctors agree on the treatment yet: Dr. Lee, Dr. Ray and Dr. Kim.',
    );
  });

  it('two later doctors who agree with each other are an agreement', () => {
    const result = compare([
      lee({ treatmentMatchesFirst: null }),
      ray({ treatmentMatchesFirst: 'different', treatment: 'Watchful waiting' }),
      kim({ treatmentMatchesFirst: 'different', treatment: 'watchful waiting' }),
    ]);
    expect(result.treatmentAgrees).toBe(false);
    expect(result.suggestThirdOpinion).toBe(false);
  });
});

describe('independence', () => {
  it('agreement only from the same group as the first suggests an independent opinion', () => {
    const result = compare([
      lee({ diagnosisCode: 'M17.11' }),
      ray({ diagnosisCode: 'M17.11', sameGroupAsFirst: true }),
    ]);
    expect(result.diagnosisAgrees).toBe(true);
    expect(result.suggestThirdOpinion).toBe(true);
    expect(result.reasons[0]).toBe(
      'Dr. Ray agrees with Dr. Lee, but works with Dr. Lee or was sent by Dr. Lee. An opinion from a doctor outside that group would be more independent.'.replace(
        'Dr. Ray agree',
        'Dr. Ray agree',
      ),
    );
    expect(result.warnings).toContain(
      'Dr. Ray works in the same group as Dr. Lee. Their views may not be fully independent.',
    );
  });

  it('with three, agreement only from a referred doctor still suggests one', () => {
    const result = compare([
      lee({ diagnosisCode: 'M17.11' }),
      ray({ diagnosisCode: 'M17.11', referredByFirst: true }),
      kim({ diagnosisCode: 'M23.2' }),
    ]);
    expect(result.suggestThirdOpinion).toBe(true);
    expect(result.warnings).toContain(
      'Dr. Lee sent you to Dr. Ray. Their views may not be fully independent.',
    );
  });

  it('an independent doctor who agrees needs no further opinion', () => {
    const result = compare([
      lee({ diagnosisCode: 'M17.11' }),
      ray({ diagnosisCode: 'M17.11', sameGroupAsFirst: true }),
      kim({ diagnosisCode: 'M17.12' }),
    ]);
    expect(result.suggestThirdOpinion).toBe(false);
  });
});

describe('Original Medicare', () => {
  it('adds that Part B covers a third opinion, with its citation, when one is suggested', () => {
    const differ = [lee({ diagnosisCode: 'C50.911' }), ray({ diagnosisCode: 'D05.11' })];
    const medicare = compare(differ, { goals: [], program: 'original-medicare' });
    expect(medicare.reasons.join(' ')).toContain(
      'Medicare Benefit Policy Manual, chapter 15, section 30.D',
    );
    expect(compare(differ).reasons.join(' ')).not.toContain('Medicare');
    const agree = [lee({ diagnosisCode: 'C50.911' }), ray({ diagnosisCode: 'C50.911' })];
    expect(
      compare(agree, { goals: [], program: 'original-medicare' }).reasons.join(' '),
    ).not.toContain('Medicare');
  });
});

describe('warnings', () => {
  it('urgency that differs names each doctor’s view and says not to delay care needed now', () => {
    const result = compare([lee({ urgency: 'now' }), ray({ urgency: 'can-wait' })]);
    expect(result.warnings).toContain(
      'The doctors differ on how soon to act: Dr. Lee: Needs care right away; Dr. Ray: Can safely wait. Ask each one why. Do not let the wait for another opinion delay care a doctor says you need now.',
    );
    expect(compare([lee({ urgency: 'soon' }), ray({ urgency: 'soon' })]).warnings).toEqual([]);
  });

  it('an opinion without reasoning is pointed out', () => {
    const result = compare([lee(), ray({ reasoning: '  ' })]);
    expect(result.warnings).toEqual([
      'No reasoning is written down for Dr. Ray. Ask why they advise this: the reasons matter as much as the advice.',
    ]);
  });
});

describe('fit and goals', () => {
  it('averages the ratings given, to one decimal, and leaves the first without a verdict', () => {
    const result = compare([
      lee({ ratings: { ...noRatings, listened: 2, explained: 3 } }),
      ray({
        ratings: { listened: 5, explained: 4, consideredValues: 4, confidence: null },
        diagnosisMatchesFirst: 'same',
      }),
    ]);
    expect(result.fit).toEqual([
      {
        opinionId: 'op-1',
        averageRating: 2.5,
        agreesWithFirst: { diagnosis: null, treatment: null },
      },
      {
        opinionId: 'op-2',
        averageRating: 4.3,
        agreesWithFirst: { diagnosis: true, treatment: null },
      },
    ]);
    expect(compare([lee(), ray()]).fit[0]?.averageRating).toBeNull();
  });

  it("points to the reasoning and the person's goals, and never ranks the doctors", () => {
    const result = compare([lee({ diagnosisCode: 'C50.911' }), ray({ diagnosisCode: 'D05.11' })], {
      goals: ['live-longer', 'avoid-surgery'],
      program: null,
    });
    expect(result.reasons.at(-1)).toBe(
      'Compare why each doctor advises what they do, and how each plan fits what matters most to you: Living as long as possible; Avoiding surgery if I safely can. This comparison does not pick a doctor.',
    );
    const everything = JSON.stringify([result, comparisonWords]);
    expect(everything).not.toMatch(/\bbest\b|\bmejor\b/i);
  });
});

describe('fewer than two opinions', () => {
  it('is refused with a clear message', () => {
    expect(minimumOpinions).toBe(2);
    const result = compare([lee()]);
    expect(result.reasons).toEqual([tooFewOpinions('en')]);
    expect(result.suggestThirdOpinion).toBe(false);
    expect(tooFewOpinions('en')).toContain('at least two opinions');
  });
});

describe('Spanish', () => {
  it('writes the reasons and warnings in Spanish', () => {
    const result = compareOpinions(
      [
        lee({ diagnosisCode: 'C50.911', urgency: 'now' }),
        ray({ diagnosisCode: 'D05.11', urgency: 'can-wait', sameGroupAsFirst: true }),
      ],
      { goals: ['keep-working'], program: 'original-medicare' },
      'es',
    );
    expect(result.reasons).toEqual([
      'El diagnóstico de Dr. Ray (D05) no es el mismo que el de Dr. Lee (C50). Cuando los médicos no están de acuerdo sobre qué tiene, una tercera opinión puede ayudar.',
      comparisonWords.es.medicareThirdOpinion,
      'Compare por qué cada médico aconseja lo que aconseja, y cómo cada plan se ajusta a lo que más le importa: Seguir trabajando. Esta comparación no elige un médico por usted.',
    ]);
    expect(result.warnings[0]).toBe(
      'Dr. Ray trabaja en el mismo grupo que Dr. Lee. Sus opiniones pueden no ser del todo independientes.',
    );
    expect(result.warnings[1]).toContain(
      'Dr. Lee: Necesita cuidado ya; Dr. Ray: Puede esperar sin riesgo',
    );
    expect(tooFewOpinions('es')).toContain('por lo menos dos opiniones');
  });

  it('has a Spanish word for every goal, urgency and rating', () => {
    for (const key of ['goals', 'urgencies', 'ratings'] as const) {
      expect(Object.keys(comparisonWords.es[key])).toEqual(Object.keys(comparisonWords.en[key]));
      for (const [id, text] of Object.entries(comparisonWords.es[key]))
        expect(text, id).not.toBe((comparisonWords.en[key] as Record<string, string>)[id]);
    }
  });
});
