import { describe, expect, it } from 'vitest';

import { decideDenialCategory } from './denial-category.js';

describe('the denial category on scanned and boilerplate-heavy notices', () => {
  it('reads a reason that an OCR speck cut with a period', () => {
    const text =
      'The request cannot be approved because we asked the supplier twice for the report and the home assessment showing the chair can be used. in your home, and we did not receive them.';
    expect(decideDenialCategory(text).category).toBe('missing-documentation');
  });

  it('takes "tried first" as step therapy only when a drug is meant', () => {
    const therapy = decideDenialCategory(
      'We denied it because it is not medically necessary: the records do not show that home exercise was tried first.',
    );
    expect(therapy.category).toBe('medical-necessity');
    const drug = decideDenialCategory(
      'We denied this drug because you must try two preferred medications first.',
    );
    expect(drug.category).toBe('step-therapy');
    expect(decideDenialCategory('Denied because step therapy applies.').category).toBe(
      'step-therapy',
    );
  });

  it('does not take a patient who has "already paid" for a duplicate claim', () => {
    expect(
      decideDenialCategory('If you haven’t already paid them, they’ll bill you directly.').category,
    ).toBe('other');
  });

  it('ignores the surprise-billing insert and tables of figures when the letter gives no reason', () => {
    const text = [
      'Your anticipated cost is $205.20.',
      'OUT-OF-NETWORK Deductible $424.88 / $3,400 Out-of-pocket $0 / $6,800',
      'Your Rights and Protections Against Surprise Medical Bills',
      'When you get emergency care or are treated by an out-of-network provider, you are protected.',
      'Your health plan will pay out-of-network providers and facilities directly.',
    ].join('\n');
    expect(decideDenialCategory(text).category).toBe('other');
  });
});

describe('reasons worded by other plans', () => {
  it('skips the reasons a form lists with an unticked box', () => {
    const text = [
      'Why did we deny your request?',
      '[X] We denied this request because the service is not medically necessary.',
      '[ ] We denied this request because you did not get a referral.',
    ].join('\n');
    expect(decideDenialCategory(text).category).toBe('medical-necessity');
  });

  it.each([
    [
      'The power wheelchair is denied because the records do not show that you meet Medicare’s coverage criteria.',
      'medical-necessity',
    ],
    [
      'We denied it because the criteria in medical policy 7.01.546 are not met.',
      'medical-necessity',
    ],
    [
      'We denied payment because the drug was billed without a valid NDC number and the units billed are not correct for the code.',
      'coding-error',
    ],
    [
      'Your request was denied because the guidelines require that you first try a preferred drug.',
      'step-therapy',
    ],
    [
      'We are denying this request because the provider did not send the clinical information we asked for.',
      'missing-documentation',
    ],
    [
      'We did not pay this claim because we have no record of a prior authorization for this transport.',
      'prior-authorization',
    ],
  ])('%s', (text, category) => {
    expect(decideDenialCategory(text).category).toBe(category);
  });
});

describe('a block of labels above the reason', () => {
  it('does not join the labels to the paragraph under them', () => {
    const text = [
      'Charge .......... $150.00',
      'Patient Responsibility .. $150.00',
      '',
      'Acupuncture is not a covered service under your plan except for low back pain. We have denied it.',
    ].join('\n');
    expect(decideDenialCategory(text).category).toBe('not-covered');
  });
});

describe('a heading on a line of its own', () => {
  it('is not run into the reason under it', () => {
    const text = [
      'We reviewed the claim for physical therapy on 15 Oct 2025. We cannot pay this claim.',
      'The reason',
      'The claim arrived on 24 Oct 2026, more than one year after the date of service, and no proof',
      'of earlier submission was provided.',
    ].join('\n');
    // The reason code alone would also say timely filing, but without the plan's own words.
    const decided = decideDenialCategory(text, ['29']);
    expect(decided.category).toBe('timely-filing');
    expect(decided.confidence).toBe(0.8);
    expect(decided.sentence).toBe(
      'The claim arrived on 24 Oct 2026, more than one year after the date of service, and no proof of earlier submission was provided.',
    );
  });

  it('leaves a sentence that wrapped onto a short line whole', () => {
    const text = [
      'The claim arrived on 24 Oct 2026, more than one year after the',
      'Date of Service',
      'and no proof of earlier submission was provided.',
    ].join('\n');
    expect(decideDenialCategory(text).sentence).toBe(
      'The claim arrived on 24 Oct 2026, more than one year after the Date of Service and no proof of earlier submission was provided.',
    );
  });
});
