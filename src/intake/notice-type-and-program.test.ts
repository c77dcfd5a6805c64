import { describe, expect, it } from 'vitest';

import { classifyNoticeType, classifyProgram } from './notice-type-and-program.js';

describe('the kind of notice', () => {
  it.each([
    ['We reviewed your appeal. The service remains denied.', 'final-internal-appeal-denial'],
    ['After review of your appeal, the denial is affirmed.', 'final-internal-appeal-denial'],
    ['We are maintaining our original decision on your appeal.', 'final-internal-appeal-denial'],
    [
      'We received a request for an MRI of the knee from your doctor.',
      'prior-authorization-denial',
    ],
    ['We received a request for payment of the claim below. It is denied.', 'claim-denial'],
    ['Medical Benefits Statement\nClaim #: 123', 'eob'],
  ])('%s → %s', (text, type) => {
    expect(classifyNoticeType(text).value).toBe(type);
  });

  it('reads a claim refused for want of prior authorization as a claim denial', () => {
    const claim =
      'Claim number: 77120045\nDate of service: 02/10/2026\nYour claim was denied because prior authorization was not obtained before the service.';
    expect(classifyNoticeType(claim).value).toBe('claim-denial');
    const missing =
      'Your claim for the MRI was denied: no prior authorization was on file. CARC 197.';
    expect(classifyNoticeType(missing).value).toBe('claim-denial');
  });

  it('reads a request for approval that was turned down as a prior-authorization denial', () => {
    const request =
      'We reviewed your request for prior authorization of a knee MRI. Reference number: PA-1. Your request is denied.';
    expect(classifyNoticeType(request).value).toBe('prior-authorization-denial');
    // Even when it mentions a claim: the request is what was decided.
    const withClaim =
      'Claim number: none yet. We received a request for prior authorization from Dr. Okafor. The request was denied because prior authorization criteria were not met.';
    expect(classifyNoticeType(withClaim).value).toBe('prior-authorization-denial');
  });

  it('reads an "If" that OCR printed as "1f" as a condition, not as an appeal decision', () => {
    const text =
      'We denied the request for prior authorization. 1f your appeal is denied, you may ask for an external review.';
    expect(classifyNoticeType(text).value).toBe('prior-authorization-denial');
  });
});

describe('the program', () => {
  it.each([
    ['Your MassHealth plan covers …', 'medicaid-managed-care'],
    ['This is a self-funded group health plan.', 'employer-group'],
    ['This self-insured plan is sponsored by Acme Corp, the plan sponsor.', 'employer-group'],
    ['You enrolled in this plan through NY State of Health.', 'individual-market'],
    ['You bought this policy through the Health Insurance. Marketplace.', 'individual-market'],
  ])('%s → %s', (text, program) => {
    expect(classifyProgram(text).value).toBe(program);
  });

  it('names no program from a bare group number', () => {
    expect(classifyProgram('Group number: 55012').value).toBeNull();
  });
});

describe('notices worded by other plans', () => {
  it.each([
    [
      'Second-Level Appeal Determination\nOur decision to deny coverage remains in effect.',
      'final-internal-appeal-denial',
    ],
    [
      'Notice of Claim Denial\nAmount billed: $1,975.00\nWe have no record of a prior authorization for this transport.',
      'claim-denial',
    ],
    ['We have denied your request for: inpatient rehabilitation.', 'prior-authorization-denial'],
  ])('%s', (text, type) => {
    expect(classifyNoticeType(text).value).toBe(type);
  });

  it('reads an employer plan named as such', () => {
    expect(classifyProgram('Account: 3340021 (Brightline Logistics employer plan)').value).toBe(
      'employer-group',
    );
  });
});

describe('decisions upheld, and Medicare coverage notices', () => {
  it('reads "we uphold the original decision" as an appeal decision, but not "if we uphold"', () => {
    expect(classifyNoticeType('We have decided to uphold the original decision.').value).toBe(
      'final-internal-appeal-denial',
    );
    expect(
      classifyNoticeType('We denied your claim. If we uphold our decision after your appeal, …')
        .value,
    ).toBe('claim-denial');
  });

  it('reads the Medicare "Notice of Denial of Medical Coverage" as a decision on a request', () => {
    expect(
      classifyNoticeType('NOTICE OF DENIAL OF MEDICAL COVERAGE\nWe denied coverage of Eylea.')
        .value,
    ).toBe('prior-authorization-denial');
  });
});

describe('more request and Marketplace wording', () => {
  it('reads "the request from your prescriber" as a decision on a request', () => {
    expect(
      classifyNoticeType('We reviewed the request from your prescriber. We denied it.').value,
    ).toBe('prior-authorization-denial');
  });

  it('knows the Massachusetts Health Connector for a Marketplace', () => {
    expect(classifyProgram('Your plan is a Massachusetts Health Connector plan.').value).toBe(
      'individual-market',
    );
  });
});
