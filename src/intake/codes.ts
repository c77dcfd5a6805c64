import { carcCodeSet, rarcCodeSet } from './x12-codes.js';

/**
 * Billing codes printed on a notice: CPT/HCPCS procedure codes, ICD-10-CM diagnoses, and the
 * claim adjustment reason (CARC) and remittance remark (RARC) codes of the X12 835 remittance.
 * A bare number is a procedure code only in a procedure context, so ZIP codes, phone numbers,
 * amounts and IDs are not read as CPT codes.
 */

export interface FoundCodes {
  readonly procedureCodes: readonly string[];
  readonly diagnosisCodes: readonly string[];
  readonly carcCodes: readonly string[];
  readonly rarcCodes: readonly string[];
}

interface Line {
  readonly text: string;
  readonly start: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split(/[\n\f]/)) {
    lines.push({ text: line, start });
    start += line.length + 1;
  }
  return lines;
}

const procedureContext =
  /\b(?:cpt|hcpcs|procedure|code|codes|service|services|billed|requested)\b/i;
/** Right after "(" or inside a parenthesized list: "Echocardiogram (93306)", "(97110, 97530)". */
const inParentheses = /\((?:[^()]*,)?\s*$/;
/** A table's header row with a code column and a money column: the rows under it hold codes. */
const codeTableHeader =
  /\b(?:codes?|proc\.?|procedure|cpt|hcpcs|cdt)(?=\s|$).*\b(?:billed|charges?|amount|allowed|submitted)\b/i;
const tableEnd = /\btotals?\b|\bsummary\b/i;
const diagnosisContext = /\b(?:diagnos[ie]s|icd-?10(?:-cm)?|dx)\b/i;
// A row that starts with a date, or a date range ("03/11/26-03/11/26", "05/01/26 thru 05/03/26");
// OCR may glue a colon to it or drop the space after its comma.
const rowDate =
  '(?:\\d{1,2}/\\d{1,2}/\\d{2,4}|[A-Z][a-z]{2,8}\\.? \\d{1,2}(?:, ?| )\\d{4}|\\d{1,2} [A-Z][a-z]{2,8} \\d{4})';
const tableRowStart = new RegExp(
  `^\\s*\\|?\\s*${rowDate}(?:\\s*(?:-|–|to|thru|through)\\s*${rowDate})?[:;.,]?\\s`,
);
const stateBeforeZip = /\b[A-Z]{2},?\s+$/;
/** "13112 Evening Creek Dr": a street number, not a CPT code opening a table row. */
const streetAfter =
  /^\s*(?:[A-Z][a-z]+\.?\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Way|Ln|Lane|Ct|Court|Pkwy|Parkway|Hwy|Highway|Pl|Place|Trail|Cir|Circle|Ste|Suite)\b/;
/** NDCs (5-4-2, 4-4-2, 5-3-2) are drug product codes, never procedure codes. */
const ndc = /\b\d{4,5}-\d{3,4}-\d{1,2}\b/g;

function unique(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}

/** CPT (5 digits, or 4 digits + F/T/U) and HCPCS Level II (letter + 4 digits). */
export function findProcedureCodes(text: string): string[] {
  const codes: string[] = [];
  let previous = '';
  let tableRows = 0;
  for (const line of linesOf(text.replace(ndc, (m) => ' '.repeat(m.length)))) {
    tableRows = codeTableHeader.test(line.text) ? 8 : tableEnd.test(line.text) ? 0 : tableRows - 1;
    // A code list may wrap: "(97110,\n97530)", so the line before counts as context too.
    const inProcedureLine =
      procedureContext.test(line.text) ||
      tableRowStart.test(line.text) ||
      /^\s*\d{4}[0-9FTU]\s+[A-Z][a-z]+[a-z/ ,]*\b/.test(line.text) ||
      /[(,]\s*$/.test(previous);
    // Under a code column only the row's first number is its code; the rest are amounts
    // (which OCR may print without their decimal point: "27300" for 273.00).
    let tableCode = tableRows > 0 && !inProcedureLine;
    const diagnosisAt = line.text.search(diagnosisContext);
    // HCPCS Level II letters, with D for the dental (CDT) codes it includes.
    const re = /(?<![\w$.,/-])(\d{4}[0-9FTU]|[ABCDEGHJKLMPQRSTV]\d{4})(?![\w/-]|[.,]\d)/g;
    for (const m of line.text.matchAll(re)) {
      const code = m[1] ?? '';
      const before = `${previous} ${line.text.slice(0, m.index)}`;
      // After "Diagnosis" a letter + 4 digits is an undotted ICD-10 code (M5416), not HCPCS.
      if (
        diagnosisAt >= 0 &&
        diagnosisAt < m.index &&
        !/\b(?:cpt|hcpcs|procedure)\b/i.test(line.text)
      )
        continue;
      if (/^\d{5}$/.test(code)) {
        const inContext = inProcedureLine || inParentheses.test(before) || tableCode;
        const after = line.text.slice(m.index + code.length);
        if (!inContext || stateBeforeZip.test(before) || /\bbox\s+$/i.test(before)) continue;
        if (streetAfter.test(after)) continue;
      }
      tableCode = false;
      codes.push(code);
    }
    previous = line.text;
  }
  return unique(codes);
}

/** ICD-10-CM: dotted anywhere ("M54.16"); undotted ("M5416") only on a diagnosis line. */
export function findDiagnosisCodes(text: string): string[] {
  const codes: string[] = [];
  for (const line of linesOf(text)) {
    for (const m of line.text.matchAll(
      /(?<![\w.-])([A-TV-Z]\d[0-9AB])\.([0-9A-Z]{1,4})(?![\w-]|\.\d)/g,
    )) {
      codes.push(`${m[1] ?? ''}.${m[2] ?? ''}`);
    }
    const diagnosisAt = line.text.search(diagnosisContext);
    if (diagnosisAt >= 0) {
      for (const m of line.text.matchAll(
        /(?<![\w.-])([A-TV-Z]\d[0-9AB])([0-9A-Z]{1,4})(?![\w.-])/g,
      )) {
        // Only after the word "diagnosis": a code before it on the line is the service's (J2506).
        if (m.index > diagnosisAt && /\d/.test(m[2] ?? ''))
          codes.push(`${m[1] ?? ''}.${m[2] ?? ''}`);
      }
    }
  }
  return unique(codes);
}

/**
 * CARCs: a group prefix ("CO-45", "PR 2"), or a number after "reason code"/"CARC"/"adjustment
 * code"; EOB legends that map an internal message code to a CARC ("AB = CARC 50") yield the CARC.
 */
export function findCarcCodes(text: string): string[] {
  const codes: string[] = [];
  // OCR reads the O of a group code as 0 and its hyphen as a colon: "C0-197", "CO:197", "0A-22".
  // Glued to its group a CARC has two or three digits ("CO45"): "PR1" is an EOB's own message code.
  for (const m of text.matchAll(
    /(?<![\w-])(?:C[O0]|PR|[O0]A|PI|CR)(?:(?:[-:]\s*|\s)(\d{1,3}|[A-Z]\d{1,2})|(\d{2,3}))(?![\w-]|\.\d)/g,
  )) {
    const code = m[1] ?? m[2] ?? '';
    if (carcCodeSet.has(code)) codes.push(code);
  }
  const contextual =
    /\b(?:CARC|claim adjustment reason code|adjustment reason code|reason code|adjustment code)s?\s*(?:#|:|is|=)?\s*(\d{1,3}|[A-Z]\d{1,2})\b/gi;
  for (const m of text.matchAll(contextual)) {
    if (carcCodeSet.has(m[1] ?? '')) codes.push(m[1] ?? '');
  }
  return unique(codes);
}

const remarkContext = /\b(?:remark|RARC|remarks|codes?)\b|(?:CO|PR|OA|PI)-[A-Z]?\d/i;

/** RARCs ("N130", "M127", "MA130") that exist in X12's list, in a remark/code context. */
export function findRarcCodes(text: string): string[] {
  const codes: string[] = [];
  for (const line of linesOf(text)) {
    for (const m of line.text.matchAll(/(?<![\w-])(MA\d{2,3}|N\d{1,3}|M\d{1,3})(?![\w-]|\.\d)/g)) {
      const code = m[1] ?? '';
      if (!rarcCodeSet.has(code)) continue;
      if (code.length >= 4 || remarkContext.test(line.text)) codes.push(code);
    }
  }
  return unique(codes);
}

export function findCodes(text: string): FoundCodes {
  return {
    procedureCodes: findProcedureCodes(text),
    diagnosisCodes: findDiagnosisCodes(text),
    carcCodes: findCarcCodes(text),
    rarcCodes: findRarcCodes(text),
  };
}
