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
