import { firstLabeled, type LabeledValue } from './labeled-values.js';

/**
 * Dollar amounts: what was billed (the claim total on an EOB, the denied services in a letter)
 * and what the patient owes or may owe (`0` when the notice says $0.00).
 */

export interface FoundAmount {
  readonly amount: number;
  readonly start: number;
  readonly end: number;
}

// A scan may set a space after the thousands comma ("$1, 240.00") or read the comma as a period
// ("$1.240.00"); neither is another amount.
const moneyRe = /\$\s?(\d{1,3}(?:[,.] ?\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)(?!\d)/;
const bareMoneyRe = /^(\d{1,3}(?:, ?\d{3})*\.\d{2})\b/;

/** "1, 240.00" or "1.240.00" → 1240; the last period followed by two digits is the decimal point. */
function amountOf(digits: string): number {
  const cents = /\.(\d{2})$/.exec(digits)?.[1];
  const whole = (cents === undefined ? digits : digits.slice(0, -3)).replace(/[ ,.]/g, '');
  return Number(cents === undefined ? whole : `${whole}.${cents}`);
}

export function parseMoney(value: string): number | null {
  const m = moneyRe.exec(value) ?? bareMoneyRe.exec(value.trim());
  return m?.[1] === undefined ? null : amountOf(m[1]);
}

function fromLabel(found: { result: number; at: LabeledValue } | null): FoundAmount | null {
  return found === null ? null : { amount: found.result, start: found.at.start, end: found.at.end };
}

/** The first amount of a "Claim totals $2,934.50 $0.00 …" row. */
function claimTotalsRow(text: string): FoundAmount | null {
  const m = /^[ \t]*(?:claim )?totals?\b[^\n$]*?\$\s?(\d{1,3}(?:,\d{3})*\.\d{2})/im.exec(text);
  if (m?.[1] === undefined) return null;
  const start = m.index + m[0].length - m[1].length;
  return { amount: Number(m[1].replace(/,/g, '')), start, end: start + m[1].length };
}

/**
 * Under a "Claim totals" heading, the billed amount that follows it (the claim's total), not the
 * first service line's "Amount billed" above it.
 */
function underTotalsHeading(text: string, labeled: readonly LabeledValue[]): FoundAmount | null {
  const heading = /^[ \t]*(?:claim |grand )?totals?:?[ \t]*$/im.exec(text);
  if (heading === null) return null;
  const after = labeled.filter((v) => v.start > heading.index && v.start < heading.index + 400);
  return fromLabel(firstLabeled(after, ['totalBilled', 'amountBilled'], parseMoney));
}

export function findAmountBilled(
  text: string,
  labeled: readonly LabeledValue[],
): FoundAmount | null {
  return (
    fromLabel(firstLabeled(labeled, ['totalBilled'], parseMoney)) ??
    claimTotalsRow(text) ??
    underTotalsHeading(text, labeled) ??
    fromLabel(firstLabeled(labeled, ['amountBilled'], parseMoney))
  );
}

// A text layer may glue the phrase to the amount before it: "$25.59Your cost is $205.20".
// No figure stands between the phrase and its amount: a table's "You owe" header is no sentence.
const owesInProse =
  /(?:\b|(?<=\d))(?:you owe|you may owe|you (?:are|will be) responsible for|your (?:total |anticipated |estimated )?(?:responsibility|share|cost) (?:is|will be)|amount you (?:may )?owe(?: is)?)\b[^.$\d]{0,60}?\$\s?(\d{1,3}(?:, ?\d{3})*(?:\.\d{2})?)/i;

export function findPatientResponsibility(
  text: string,
  labeled: readonly LabeledValue[],
): FoundAmount | null {
  const fromLabels = fromLabel(firstLabeled(labeled, ['patientOwes'], parseMoney));
  if (fromLabels) return fromLabels;
  const m = owesInProse.exec(text);
  if (m?.[1] === undefined) return null;
  const start = m.index + m[0].length - m[1].length;
  return { amount: amountOf(m[1]), start, end: start + m[1].length };
}
