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

interface Cell {
  readonly text: string;
  readonly start: number;
}

/**
 * A row's cells: between `|` bars (empty ones too, even after a closing bar, which stands for an
 * empty last column), or else runs of text two or more spaces apart.
 */
function cellsOf(line: string): Cell[] {
  if (!line.includes('|'))
    return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], start: m.index }));
  let at = 0;
  return line.split('|').map((part) => {
    const cell = { text: part.trim(), start: at + part.length - part.trimStart().length };
    at += part.length + 1;
    return cell;
  });
}

/** The totals row of a table, within a page of its header: "Claim Totals", "TOTAL", "Totals". */
const totalsRow = /^[ \t|]*(?:claim |grand )?totals?\b/i;

/**
 * A table's amount under the column whose header is `header`, in its totals row. A bar table
 * whose totals row merges its leading label cells is aligned from the right; a space-aligned
 * table by position, the amount nearest under the header.
 */
function tableTotal(text: string, header: RegExp): FoundAmount | null {
  const lines = text.split('\n');
  let offset = 0;
  const starts = lines.map((line) => ((offset += line.length + 1), offset - line.length - 1));
  for (const [index, line] of lines.entries()) {
    const cells = headerCellsOf(line, lines[index + 1] ?? '');
    const column = cells.findIndex((c) => header.test(c.text));
    if (cells.length < 3 || column < 0) continue;
    const totalsAt = lines.slice(index + 1, index + 16).findIndex((l) => totalsRow.test(l));
    if (totalsAt < 0) continue;
    const row = lines[index + 1 + totalsAt] ?? '';
    const rowStart = starts[index + 1 + totalsAt] ?? 0;
    const rowCells = cellsOf(row);
    const cell = line.includes('|')
      ? rowCells.length === cells.length
        ? rowCells[column]
        : rowCells[rowCells.length - (cells.length - column)]
      : nearestUnder(rowCells, cells[column]);
    const amount = cell === undefined ? null : parseMoney(cell.text);
    if (cell === undefined || amount === null) continue;
    return { amount, start: rowStart + cell.start, end: rowStart + cell.start + cell.text.length };
  }
  return null;
}

/**
 * A header's cells, with a second header line joined to the column it stands under
 * ("Your" / "share" → "Your share"), unless that line holds figures (it is a row, then).
 */
function headerCellsOf(line: string, next: string): Cell[] {
  const cells = cellsOf(line);
  if (line.includes('|') || /\d/.test(next) || next.trim() === '') return cells;
  const below = cellsOf(next);
  return cells.map((cell) => {
    const end = cell.start + cell.text.length;
    const words = below.filter((b) => b.start <= end && b.start + b.text.length >= cell.start);
    return words.length === 0
      ? cell
      : { ...cell, text: [cell.text, ...words.map((w) => w.text)].join(' ') };
  });
}

/** The amount cell of a space-aligned row that overlaps, or stands nearest to, `under`. */
function nearestUnder(cells: readonly Cell[], under: Cell | undefined): Cell | undefined {
  if (under === undefined) return undefined;
  const distance = (c: Cell): number =>
    Math.max(
      0,
      c.start - (under.start + under.text.length),
      under.start - (c.start + c.text.length),
    );
  const amounts = cells.filter((c) => parseMoney(c.text) !== null);
  const best = amounts.sort((a, b) => distance(a) - distance(b))[0];
  return best !== undefined && distance(best) <= 4 ? best : undefined;
}

const billedHeader =
  /^(?:total )?(?:submitted|billed|provider)(?: charges?| amount)?$|^charges?$|^amount (?:billed|charged)$/i;
const owesHeader =
  /^(?:what (?:you|I) (?:owe|pay)|you (?:owe|pay)|patient (?:pays|owes|resp(?:onsibility)?\.?)|your (?:share|responsibility|cost)|member (?:pays|owes|resp(?:onsibility)?\.?)|amount you (?:may )?owe)$/i;

// Prose that states the billed total: "billed at $1,240.00", "Billed amount: $18,650.00."
const billedInProse =
  /\b(?:billed (?:at|for)|(?:billed|charged) amount(?: (?:was|is|of))?:?|amount (?:billed|charged)(?: (?:was|is|of))?:?|total charges?(?: (?:were|was|of))?:?)\s*\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?)/i;

function billedProse(text: string): FoundAmount | null {
  const m = billedInProse.exec(text);
  if (m?.[1] === undefined) return null;
  const start = m.index + m[0].length - m[1].length;
  return { amount: amountOf(m[1]), start, end: start + m[1].length };
}

export function findAmountBilled(
  text: string,
  labeled: readonly LabeledValue[],
): FoundAmount | null {
  return (
    fromLabel(firstLabeled(labeled, ['totalBilled'], parseMoney)) ??
    claimTotalsRow(text) ??
    tableTotal(text, billedHeader) ??
    underTotalsHeading(text, labeled) ??
    fromLabel(firstLabeled(labeled, ['amountBilled'], parseMoney)) ??
    billedProse(text)
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
  const fromTable = tableTotal(text, owesHeader);
  if (fromTable) return fromTable;
  const m = owesInProse.exec(text);
  if (m?.[1] === undefined) return null;
  const start = m.index + m[0].length - m[1].length;
  return { amount: amountOf(m[1]), start, end: start + m[1].length };
}
