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
