import { describe, expect, it } from 'vitest';
import { parseInput } from '../common/validation.js';
import { caseCreateInput, casePatchInput } from './case-input.js';

const minimal = {
  patient: { name: '  Ana Ruiz ' },
  plan: { insurer: 'Acme Health', program: 'employer-group' },
};

describe('what a person may send for a case', () => {
  it('needs only the patient, the insurer and the program; the rest is "not known"', () => {
    const input = caseCreateInput.parse(minimal);
    expect(input.patient.name).toBe('Ana Ruiz');
    expect(input.claim).toEqual({});
  });

  it('normalizes what people type: state case, codes, money as printed, blank as unknown', () => {
    const input = caseCreateInput.parse({
      ...minimal,
      plan: { ...minimal.plan, state: ' ny ', memberId: '   ' },
      claim: {
        procedureCodes: [' g0283 '],
        diagnosisCodes: ['Z00.00', 'e119'],
        amountBilled: '$12,400.50',
      },
    });
    expect(input.plan).toMatchObject({ state: 'NY', memberId: null });
    expect(input.claim).toMatchObject({
      procedureCodes: ['G0283'],
      diagnosisCodes: ['Z00.00', 'E11.9'],
      amountBilled: 12400.5,
    });
  });

  it.each([
    [{ plan: { ...minimal.plan, state: 'XX' } }, 'plan.state', /two-letter US state code/],
    [
      { plan: { ...minimal.plan, program: 'medicare' } },
      'plan.program',
      /must be one of: employer-group/,
    ],
    [{ patient: { name: '' } }, 'patient.name', /is required/],
    [{ patient: {} }, 'patient.name', /is required/],
    [{ claim: { amountBilled: -5 } }, 'claim.amountBilled', /must not be negative/],
    [{ claim: { amountBilled: 10.005 } }, 'claim.amountBilled', /at most two decimals/],
    [{ claim: { procedureCodes: ['9711'] } }, 'claim.procedureCodes.0', /5-character CPT or HCPCS/],
    [{ claim: { diagnosisCodes: ['banana'] } }, 'claim.diagnosisCodes.0', /ICD-10/],
    [{ denial: { noticeDate: '2026-02-30' } }, 'denial.noticeDate', /real date/],
    [{ denial: { statedDeadlineDays: 0 } }, 'denial.statedDeadlineDays', /at least 1 day/],
    [{ denial: { category: 'because' } }, 'denial.category', /medical-necessity/],
    [
      { denial: { statedReason: 'x'.repeat(10_001) } },
      'denial.statedReason',
      /10000 characters or fewer/,
    ],
  ])('refuses %j, naming %s', (change, field, message) => {
    const attempt = () => parseInput(caseCreateInput, { ...minimal, ...change });
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-input', field }));
  });

  it('refuses fields it does not know, so typos are not silently dropped', () => {
    expect(() =>
      parseInput(caseCreateInput, { ...minimal, plan: { ...minimal.plan, programme: 'x' } }),
    ).toThrow(/plan: Unrecognized key/);
  });

  it('lets a change name only what changes, and null clear a field, but not a required one', () => {
    expect(casePatchInput.parse({ claim: { serviceDate: null } })).toEqual({
      claim: { serviceDate: null },
    });
    expect(() => parseInput(casePatchInput, { patient: { name: null } })).toThrow(/patient.name/);
  });
});
