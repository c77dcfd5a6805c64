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

const moneyRe = /\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)/;
const bareMoneyRe = /^(\d{1,3}(?:,\d{3})*\.\d{2})\b/;

export function parseMoney(value: string): number | null {
  const m = moneyRe.exec(value) ?? bareMoneyRe.exec(value.trim());
  return m?.[1] === undefined ? null : Number(m[1].replace(/,/g, ''));
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

export function findAmountBilled(
  text: string,
  labeled: readonly LabeledValue[],
): FoundAmount | null {
  return (
    fromLabel(firstLabeled(labeled, ['totalBilled'], parseMoney)) ??
    claimTotalsRow(text) ??
    fromLabel(firstLabeled(labeled, ['amountBilled'], parseMoney))
  );
}

const owesInProse =
  /\b(?:you owe|you may owe|you (?:are|will be) responsible for|your (?:total )?(?:responsibility|share|cost) (?:is|will be)|amount you (?:may )?owe(?: is)?)\b[^.$]{0,60}?\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?)/i;

export function findPatientResponsibility(
  text: string,
  labeled: readonly LabeledValue[],
): FoundAmount | null {
  const fromLabels = fromLabel(firstLabeled(labeled, ['patientOwes'], parseMoney));
  if (fromLabels) return fromLabels;
  const m = owesInProse.exec(text);
  if (m?.[1] === undefined) return null;
  const start = m.index + m[0].length - m[1].length;
  return { amount: Number(m[1].replace(/,/g, '')), start, end: start + m[1].length };
}
