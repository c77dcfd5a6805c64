import { describe, expect, it } from 'vitest';
import { fernandezHuertaEase, fleschKincaidGrade } from '../letters/readability.js';
import { letterLangs } from '../letters/letter.js';
import type { LetterLang } from '../letters/letter.js';
import type { CoverageAdvice } from './coverage-rules.js';
import { coverageAdvice, coverageRows } from './coverage-rules.js';
import type { Coverage } from './second-opinion.js';
import { coverageProgramIds, questionKindIds } from './second-opinion.js';

const coverage = (over: Partial<Coverage> = {}): Coverage => ({
  insurer: 'Acme Health',
  program: 'employer-group',
  networkType: null,
  state: null,
  memberId: null,
  primaryDoctor: null,
  ...over,
});

const advice = (over: Partial<Coverage> = {}, lang: LetterLang = 'en') =>
  coverageAdvice(coverage(over), 'surgery', lang);

const citations = (a: CoverageAdvice) => a.rules.map((rule) => rule.citation);
const stepsText = (a: CoverageAdvice) => a.steps.map((step) => step.text).join('\n');

describe('coverage and referral rules, by program', () => {
  it('employer and individual plans get the ACA patient protections and their plan papers', () => {
    for (const program of ['employer-group', 'individual-market'] as const) {
      const a = advice({ program });
      expect(citations(a)).toEqual(['45 CFR 147.138(a); 29 CFR 2590.715-2719A']);
      expect(a.rules[0]?.summary).toMatch(/OB\/GYN/);
      expect(stepsText(a)).toMatch(/Summary of Benefits/);
      expect(a.thirdOpinion).toBeNull();
    }
  });

  it('Original Medicare covers a second and a third opinion, no referral, 20% coinsurance', () => {
    const a = advice({ program: 'original-medicare', networkType: 'hmo', state: 'CA' });
    expect(citations(a)).toEqual(['Medicare Benefit Policy Manual, ch. 15, §30.D']);
    expect(a.rules[0]).toMatchObject({ confidence: 'high', verify: false });
    expect(a.rules[0]?.summary).toMatch(/20%/);
    expect(a.rules[0]?.summary).toMatch(/do not need a referral/);
    expect(a.referralLikely).toBe(false);
    expect(a.thirdOpinion).toMatch(/third opinion/);
    // No network, no state law: an HMO step or California's law would be wrong here.
    expect(stepsText(a)).not.toMatch(/primary doctor for a referral/);
  });

  it('Original Medicare warns that its rule is about surgery when the question is a diagnosis', () => {
    const surgery = coverageAdvice(coverage({ program: 'original-medicare' }), 'surgery', 'en');
    const diagnosis = coverageAdvice(coverage({ program: 'original-medicare' }), 'diagnosis', 'en');
    expect(diagnosis.steps.length).toBe(surgery.steps.length + 1);
    expect(diagnosis.steps.at(-1)).toMatchObject({ verify: true });
  });

  it('Medicare Advantage may require the network or a referral, and must go outside when it cannot meet the need', () => {
    const a = advice({ program: 'medicare-advantage' });
    expect(citations(a)).toEqual(['42 CFR 422.112(a)(1)(iii), (a)(2), (a)(3)']);
    expect(a.rules[0]?.summary).toMatch(/outside the network/);
    expect(a.thirdOpinion).toBeNull();
  });

  it('Medicaid managed care has no rule to cite, so it says to ask the plan, to be checked', () => {
    const a = advice({ program: 'medicaid-managed-care', state: 'CA' });
    expect(a.rules).toEqual([]);
    const ask = a.steps.find((step) => /Medicaid/.test(step.text));
    expect(ask).toMatchObject({ verify: true, citation: null });
  });

  it('"not sure" gives steps to find out, then the general rules', () => {
    const a = advice({ program: 'not-sure' });
    expect(a.steps[0]?.text).toMatch(/insurance card/);
    expect(a.steps[1]?.text).toMatch(/^Call member services at the number on your card and ask/);
    expect(citations(a)).toContain('45 CFR 147.138(a); 29 CFR 2590.715-2719A');
    expect(a.referralLikely).toBeNull();
  });

  it('has advice, in both languages, for every program and question', () => {
    for (const program of coverageProgramIds)
      for (const questionKind of questionKindIds)
        for (const lang of letterLangs) {
          const a = coverageAdvice(coverage({ program }), questionKind, lang);
          expect(a.steps.length, `${program} ${questionKind} ${lang}`).toBeGreaterThan(0);
        }
  });
});

describe('coverage and referral rules, by network type', () => {
  it.each([
    ['hmo', true],
    ['pos', true],
    ['ppo', false],
    ['epo', false],
    ['other', null],
    [null, null],
  ] as const)('%s: referral likely is %s', (networkType, likely) => {
    expect(advice({ networkType }).referralLikely).toBe(likely);
  });

  it('an HMO or POS plan: ask the primary doctor for the referral, and appeal a refusal', () => {
    for (const networkType of ['hmo', 'pos'] as const) {
      const text = stepsText(advice({ networkType, program: 'medicare-advantage' }));
      expect(text).toMatch(/Ask your primary doctor for a referral/);
      expect(text).toMatch(/you can appeal/);
    }
  });

  it('a PPO: in network costs less; an EPO: out of network is usually not paid', () => {
    expect(stepsText(advice({ networkType: 'ppo' }))).toMatch(
      /outside the network, but it will likely cost more/,
    );
    expect(stepsText(advice({ networkType: 'epo' }))).toMatch(
      /usually does not pay for doctors outside it/,
    );
  });

  it('an unknown network: ask whether a referral is needed', () => {
    expect(stepsText(advice({ networkType: 'other' }))).toMatch(/Do I need a referral/);
    expect(stepsText(advice({ networkType: 'ppo' }))).not.toMatch(/Do I need a referral/);
  });
});

describe('coverage and referral rules, by state', () => {
  it('California: the second opinion law, its written policy, and a 72-hour limit to check', () => {
    const a = advice({ state: 'CA' });
    expect(citations(a)).toEqual([
      '45 CFR 147.138(a); 29 CFR 2590.715-2719A',
      'Cal. Health & Safety Code §1383.15; Cal. Ins. Code §10123.68',
      'Cal. Health & Safety Code §1383.15',
      'Cal. Health & Safety Code §1383.1',
    ]);
    expect(a.rules[1]?.summary).toMatch(/usual share/);
    expect(a.rules[2]).toMatchObject({ confidence: 'low', verify: true });
    expect(a.rules[2]?.summary).toMatch(/72 hours.*Check with your plan/);
  });

  it('California words the request after the person’s own question', () => {
    const say = (questionKind: 'surgery' | 'diagnosis' | 'treatment') =>
      coverageAdvice(coverage({ state: 'CA' }), questionKind, 'en').steps.find((step) =>
        step.text.startsWith('Ask the plan for a second opinion'),
      )?.text;
    expect(say('surgery')).toMatch(/need this surgery/);
    expect(say('diagnosis')).toMatch(/my diagnosis/);
    expect(say('treatment')).toMatch(/treatment plan/);
  });

  it('Missouri: the in-network second opinion law, with its section number to check', () => {
    const a = advice({ state: 'MO' });
    const missouri = a.rules.find((rule) => rule.citation.includes('354.612'));
    expect(missouri).toMatchObject({ confidence: 'low', verify: true });
    expect(missouri?.summary).toMatch(/Check with your plan/);
    expect(a.steps.some((step) => step.citation === missouri?.citation && step.verify)).toBe(true);
  });

  it('another state, or none known, gets no state rule', () => {
    for (const state of ['TX', null] as const) {
      expect(citations(advice({ state }))).toEqual(['45 CFR 147.138(a); 29 CFR 2590.715-2719A']);
    }
  });

  it('state laws are not applied to Medicare', () => {
    for (const program of ['medicare-advantage', 'original-medicare'] as const) {
      expect(citations(advice({ program, state: 'CA' })).join()).not.toMatch(/Cal\./);
    }
  });
});

describe('the rule table', () => {
  const laws = coverageRows.flatMap((row) => (row.law === null ? [] : [row.law]));

  it('gives every rule a citation', () => {
    expect(laws.length).toBeGreaterThan(0);
    for (const law of laws) expect(law.citation).toMatch(/\S/);
  });

  it('marks every low-confidence rule, and every step taken from it, to be checked with the plan', () => {
    let lowRules = 0;
    for (const program of coverageProgramIds)
      for (const state of ['CA', 'MO', 'TX'] as const) {
        const a = advice({ program, state });
        for (const rule of a.rules) {
          expect(rule.verify).toBe(rule.confidence === 'low');
          if (rule.verify) lowRules += 1;
          if (rule.verify) expect(rule.summary).toMatch(/Check with your plan/);
        }
        for (const step of a.steps) {
          const from = a.rules.find((rule) => rule.citation === step.citation);
          if (from?.verify) expect(step.verify).toBe(true);
        }
      }
    expect(lowRules).toBeGreaterThan(0);
  });

  it('has stable, unique ids', () => {
    const ids = coverageRows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('reads plainly', () => {
  const variants: readonly Partial<Coverage>[] = [
    ...coverageProgramIds.map((program) => ({ program })),
    { networkType: 'hmo' },
    { networkType: 'ppo' },
    { networkType: 'epo' },
    { state: 'CA' },
    { state: 'MO' },
  ];
  const text = (a: CoverageAdvice) =>
    [
      ...a.steps.map((step) => step.text),
      ...a.rules.flatMap((rule) => [rule.name + '.', rule.summary]),
      a.thirdOpinion ?? '',
    ].join('\n');

  it.each(variants.map((v) => [JSON.stringify(v), v] as const))(
    'at grade 9 or below in English, ease 60 or more in Spanish (%s)',
    (_name, v) => {
      expect(fleschKincaidGrade(text(advice(v, 'en')))).toBeLessThanOrEqual(9);
      expect(fernandezHuertaEase(text(advice(v, 'es')))).toBeGreaterThanOrEqual(60);
    },
  );
});
