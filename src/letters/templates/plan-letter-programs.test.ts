import { describe, expect, it } from 'vitest';
import { buildLetterFacts } from '../../testing/letter-facts-factory.js';
import { expeditedAppeal } from './expedited-appeal.js';
import { externalReviewRequest } from './external-review-request.js';
import { internalAppeal } from './internal-appeal.js';
import { secondLevelAppeal } from './second-level-appeal.js';

const body = (doc: { body: readonly string[] }) => doc.body.join('\n');

describe('internal appeal', () => {
  it('is a request for reconsideration in Medicare Advantage', () => {
    const facts = buildLetterFacts({ plan: { program: 'medicare-advantage' } });
    const { document } = internalAppeal.write(facts, 'en');
    expect(document.title).toBe('Request for reconsideration');
    expect(document.body[0]).toMatch(/^I am writing to ask for a reconsideration of Acme Health’s/);
    expect(document.citations).toEqual(
      expect.arrayContaining(['42 CFR 422.578', '42 CFR 422.590']),
    );
  });

  it('quotes the plan’s reason without doubling its end mark', () => {
    const { document } = internalAppeal.write(buildLetterFacts(), 'en');
    expect(body(document)).toContain('gave this reason: “Not medically necessary.” The reasons');
  });

  it('asks to keep ongoing care covered while the appeal is pending', () => {
    const concurrent = { denial: { urgency: 'concurrent' as const } };
    const group = internalAppeal.write(buildLetterFacts(concurrent), 'en').document;
    expect(group.citations).toContain('42 U.S.C. 300gg-19(a)(1)(C)');
    const medicaid = internalAppeal.write(
      buildLetterFacts({ ...concurrent, plan: { program: 'medicaid-managed-care' } }),
      'es',
    ).document;
    expect(medicaid.citations).toContain('42 CFR 438.420');
    expect(internalAppeal.write(buildLetterFacts(), 'en').document.citations).not.toContain(
      '42 U.S.C. 300gg-19(a)(1)(C)',
    );
  });
});

describe('expedited appeal', () => {
  it('cites the 72-hour rule, the doctor’s word and simultaneous external review for ERISA plans', () => {
    const { document, guidance } = expeditedAppeal.write(buildLetterFacts(), 'en');
    expect(document.subject).toMatch(/URGENT.*72 hours/);
    expect(document.citations).toEqual(
      expect.arrayContaining([
        '29 CFR 2560.503-1(m)(1)',
        '29 CFR 2560.503-1(i)(2)(i)',
        '45 CFR 147.136(d)(3)',
      ]),
    );
    expect(document.enclosures[0]).toBe(
      'Letter from Dr. Lena Ortiz stating that this request is urgent',
    );
    expect(guidance.steps.join(' ')).toMatch(/72 hours/);
  });

  it('uses the Medicare Advantage and Medicaid rules, without simultaneous external review', () => {
    const ma = expeditedAppeal.write(
      buildLetterFacts({ plan: { program: 'medicare-advantage' } }),
      'en',
    ).document;
    expect(ma.citations).toEqual(expect.arrayContaining(['42 CFR 422.584', '42 CFR 422.590(e)']));
    expect(ma.citations).not.toContain('45 CFR 147.136(d)(3)');
    const medicaid = expeditedAppeal.write(
      buildLetterFacts({ plan: { program: 'medicaid-managed-care' } }),
      'es',
    ).document;
    expect(medicaid.citations).toEqual(
      expect.arrayContaining(['42 CFR 438.410', '42 CFR 438.408(b)(3)']),
    );
    expect(medicaid.citations).not.toContain('45 CFR 147.136(d)(3)');
  });
});

describe('external review request', () => {
  it('sends self-funded plans to the federal process in every state', () => {
    const facts = buildLetterFacts({ plan: { funding: 'self-funded', state: 'NY' } });
    const { document } = externalReviewRequest.write(facts, 'en');
    expect(body(document)).toContain(
      'Because the plan is self-funded, it uses the federal external review process',
    );
    expect(document.citations).toContain('45 CFR 147.136(d)');
  });

  it('names the state’s own process where the state runs one', () => {
    const { document, guidance } = externalReviewRequest.write(buildLetterFacts(), 'en');
    expect(body(document)).toContain('Texas runs its own external review process');
    expect(guidance.steps.join(' ')).toContain('Texas runs its own review.');
  });

  it('names the federal process for insured plans in a state that uses it', () => {
    const facts = buildLetterFacts({ plan: { state: 'FL' } });
    expect(body(externalReviewRequest.write(facts, 'en').document)).toContain(
      'Insured plans in Florida use the federal external review process',
    );
  });

  it('names neither process where the state is known only at low confidence', () => {
    for (const state of ['GA', 'OH'] as const) {
      const { document, guidance } = externalReviewRequest.write(
        buildLetterFacts({ plan: { state } }),
        'en',
      );
      expect(body(document)).not.toMatch(/runs its own|use the federal/);
      expect(document.citations).toEqual(
        expect.arrayContaining(['45 CFR 147.136(c)', '45 CFR 147.136(d)']),
      );
      expect(guidance.steps.join(' ')).toMatch(/not sure/);
    }
  });

  it('asks for expedited external review when health is at risk', () => {
    const facts = buildLetterFacts({ denial: { urgency: 'urgent' } });
    expect(externalReviewRequest.write(facts, 'en').document.citations).toContain(
      '45 CFR 147.136(d)(3)',
    );
  });

  it('asks a Medicare Advantage plan to confirm it forwarded the case to the IRE, and explains the ALJ', () => {
    const facts = buildLetterFacts({ plan: { program: 'medicare-advantage' } });
    const { document, guidance } = externalReviewRequest.write(facts, 'en');
    expect(document.body[0]).toMatch(
      /confirm that you forwarded my case to the Independent Review Entity/,
    );
    expect(document.citations).toEqual(
      expect.arrayContaining(['42 CFR 422.590', '42 CFR 422.592']),
    );
    expect(document.citations).not.toContain('45 CFR 147.136(d)');
    expect(guidance.steps.join(' ')).toMatch(/You do not have to ask/);
    expect(guidance.steps.join(' ')).toMatch(/hearing with a judge within 60 days.*\$200/);
  });

  it('is a state fair hearing request, to the state Medicaid agency, for Medicaid', () => {
    const facts = buildLetterFacts({
      plan: { program: 'medicaid-managed-care', state: 'NC' },
      denial: { urgency: 'concurrent' },
    });
    const { document, guidance } = externalReviewRequest.write(facts, 'en');
    expect(document.title).toBe('Request for a state fair hearing');
    expect(document.to[0]).toBe('North Carolina Medicaid agency');
    expect(document.citations).toEqual(
      expect.arrayContaining(['42 CFR 438.408(f)', '42 CFR 438.420']),
    );
    expect(guidance.steps.join(' ')).toMatch(/within 10 days/);
    const es = externalReviewRequest.write(facts, 'es').document;
    expect(es.to[0]).toBe('Agencia de Medicaid de North Carolina');
  });
});

describe('second-level appeal', () => {
  it('answers the plan’s stated reasons and asks for a fresh reviewer', () => {
    const facts = buildLetterFacts({
      denial: {
        noticeStage: 'final-internal-denial',
        statedReason: 'Criteria for lumbar MRI not met',
      },
    });
    const { document } = secondLevelAppeal.write(facts, 'en');
    expect(document.body[0]).toMatch(
      /second-level review of Acme Health’s decision of October 1, 2026/,
    );
    expect(body(document)).toContain(
      'In its decision on my appeal dated October 1, 2026, the plan gave this reason: “Criteria for lumbar MRI not met”.',
    );
    expect(body(document)).toMatch(/took no part in either earlier decision/);
    expect(document.enclosures).toContain('Copy of my first appeal and the documents sent with it');
  });

  it('says what the letter becomes where the program has one level of appeal', () => {
    const medicaid = secondLevelAppeal.write(
      buildLetterFacts({ plan: { program: 'medicaid-managed-care' } }),
      'en',
    );
    expect(medicaid.document.citations).toContain('42 CFR 438.402(b)');
    expect(medicaid.guidance.steps[0]).toMatch(/only one appeal/);
    const individual = secondLevelAppeal.write(
      buildLetterFacts({ plan: { program: 'individual-market' } }),
      'en',
    );
    expect(body(individual.document)).toMatch(/final internal decision/);
  });
});
