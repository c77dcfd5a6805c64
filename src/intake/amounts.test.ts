import { describe, expect, it } from 'vitest';

import { findAmountBilled, findPatientResponsibility, parseMoney } from './amounts.js';
import { findLabeledValues } from './labeled-values.js';

function billed(text: string): number | undefined {
  return findAmountBilled(text, findLabeledValues(text))?.amount;
}

function owes(text: string): number | undefined {
  return findPatientResponsibility(text, findLabeledValues(text))?.amount;
}

describe('dollar amounts', () => {
  it.each([
    ['$1,240.00', 1240],
    ['$1, 240.00', 1240],
    ['$1.240.00', 1240],
    ['$ 95.00', 95],
    ['$0.00', 0],
    ['$12345', 12345],
  ])('reads %s', (printed, amount) => {
    expect(parseMoney(printed)).toBe(amount);
  });

  it('takes the billed total under a "Claim totals" heading, not the first line item', () => {
    const text = [
      'Service 1 of 2',
      'Amount billed          $1,389.25',
      'Service 2 of 2',
      'Amount billed      $95.00',
      'Claim totals',
      '',
      'Amount billed       $1,484.25',
    ].join('\n');
    expect(billed(text)).toBe(1484.25);
  });

  it('reads what the patient owes from a sentence, even glued to the figure before it', () => {
    expect(owes('Plan paid$25.59Your anticipated cost is $205.20. Pay your provider.')).toBe(205.2);
    expect(owes('Amount you owe:\n$0.00. If you get a bill, call us.')).toBe(0);
  });

  it('does not read a table header "You owe" as a sentence about the next row', () => {
    const text = 'Billed    Plan paid   You owe\n04/10/2026   99395   $245.00   $180.00   $0.00';
    expect(owes(text)).toBeUndefined();
  });
});

describe('amounts in a table’s totals row', () => {
  it('takes what the patient owes from its column, aligning a merged totals row from the right', () => {
    const text = [
      'Date of Service | Description | Code  | Submitted Charges | Plan Paid | What You Owe | Remark',
      '09/22/2026      | Office visit | 99214 | $245.00          | $117.60   | $29.40       | 1',
      'Claim Totals                  |       | $245.00          | $117.60   | $29.40       |',
    ].join('\n');
    expect(owes(text)).toBeCloseTo(29.4);
  });

  it('takes the column under its header in a space-aligned table, also without "$"', () => {
    const text = [
      'DOS         CPT     Billed      Allowed   Not Payable   Paid',
      '05/12/26    74177   1,420.00    0.00      1,420.00      0.00',
      'CLAIM TOTAL         1,515.00    0.00      1,515.00      0.00',
    ].join('\n');
    expect(billed(text)).toBeCloseTo(1515);
  });

  it('joins a header written on two lines ("Your" / "share")', () => {
    const text = [
      'Service          Date          Amount     Plan     Your',
      '                               billed     paid     share',
      'Therapy (90837)  10/06/2026    $260.00    $0.00    $260.00',
      'Total                          $260.00    $0.00    $260.00',
    ].join('\n');
    expect(owes(text)).toBeCloseTo(260);
    expect(billed(text)).toBeCloseTo(260);
  });

  it('reads the billed amount from a sentence when no label gives it', () => {
    expect(billed('We denied the claim for allergy shots billed at $1,240.00 USD because …')).toBe(
      1240,
    );
    expect(billed('Because it is excluded, we cannot pay. Billed amount: $18,650.00.')).toBe(18650);
  });
});
