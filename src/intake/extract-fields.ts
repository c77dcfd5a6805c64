import { findAmountBilled, findPatientResponsibility } from './amounts.js';
import { findAppealDeadlineDays } from './appeal-deadline.js';
import { findCodes } from './codes.js';
import { findDates, leadingDate } from './dates.js';
import { decideDenialCategory } from './denial-category.js';
import { denialSignal } from './denial-signal.js';
import type {
  DenialFields,
  DocumentText,
  Extraction,
  FieldName,
  SourceSpan,
} from './extraction.js';
import { findInsurerName } from './insurer-name.js';
import { findLabeledValues, firstLabeled, type LabelKey } from './labeled-values.js';
import { classifyNoticeType, classifyProgram } from './notice-type-and-program.js';
import { repairOcrTokens } from './ocr-token-repair.js';

/**
 * Plain text of a denial notice → the fields of a denial, each with a confidence and the span it
 * was read from. A field that is not found stays `null`/`[]` with a low confidence: a guess is
 * never dressed as a fact.
 */

const idToken = /^([A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*)\b/i;
// Any alphabet's letters and accents: "José Muñoz", "Nguyễn Thị Lan", "O’Brien-Søren".
const personOrOrg = /^\p{Lu}[\p{L}\p{M}.'’&,() -]+$/u;

/**
 * Some plans print long numbers in groups, as a card does ("Claim #: 6 26211 4488 301",
 * "ID: QYI 4491 8827 33"), or add a two-digit member suffix ("U40918273 02"). Only when the
 * groups are the whole value: digits after the first group, nothing else on the line.
 */
const groupedId = /^((?:[A-Z0-9]{1,6}(?: \d{1,6}){2,})|[A-Z0-9]*\d[A-Z0-9]{5,} \d{2})(?=\s{2,}|$)/;

function acceptId(value: string): string | null {
  const grouped = groupedId.exec(value.trim())?.[1];
  if (grouped !== undefined && grouped.replace(/ /g, '').length >= 10) return grouped;
  const token = idToken.exec(value.trim())?.[1] ?? null;
  return token !== null && token.length >= 3 ? token : null;
}

const relationNote =
  /\s*\((?:[a-z][^()]*|(?:Self|Spouse|Son|Daughter|Child|Dependent|Subscriber|Member|Patient|Parent|Guardian|SELF|SPOUSE|SON|DAUGHTER|CHILD|DEPENDENT)\b[^()]*)\)$/;

function acceptName(value: string): string | null {
  const name = value
    .replace(/\s+/g, ' ')
    .trim()
    // OCR's trailing speck or colon: "Hollis H. Rourke:".
    .replace(/\s*[:;,]$/, '')
    // A note on who the person is, not part of the name: "Emma Lindqvist (dependent)",
    // "Chen, Lily (Daughter)", "Front Range Urgent Care (non-plan provider)".
    .replace(relationNote, '');
  if (!personOrOrg.test(name) || name.split(' ').length > 8) return null;
  if (/\b(?:may|will|can|should|must|not|services|responsibility)\b/.test(name)) return null;
  // A heading that follows a label word: "Member Appeal Decision - Final Adverse Determination".
  if (/\b(?:decision|determination|notice|explanation of benefits)\b/i.test(name)) return null;
  return name;
}

function acceptDescription(value: string): string | null {
  const cleaned = value
    .replace(/\bCPT(?:\/HCPCS)?\s+[A-Z]?\d{4}[0-9A-Z]?\s*-\s*/i, '')
    .replace(/\s*\((?:code |CPT |HCPCS )?[A-Z]?\d{4}[0-9A-Z]?(?:,\s*[A-Z]?\d{4}[0-9A-Z]?)*\)/gi, '')
    .replace(/\s*\(\d+ units?\)/i, '')
    .trim();
  return /[a-z]{3}/i.test(cleaned) && !/^\d+ of \d+$/.test(cleaned) ? cleaned : null;
}

function pageOf(document: DocumentText, start: number): number {
  return (
    document.pages.find((p) => start >= p.start && start < p.end)?.number ??
    document.pages[0]?.number ??
    1
  );
}

/** Claim, authorization or appeal number: whichever names *this* decision (README, claimNumber). */
function decisionNumberKeys(noticeType: DenialFields['noticeType']): LabelKey[] {
  switch (noticeType) {
    case 'final-internal-appeal-denial':
      return ['appealNumber', 'authorizationNumber', 'claimNumber'];
    case 'prior-authorization-denial':
      return ['authorizationNumber', 'appealNumber', 'claimNumber'];
    case 'claim-denial':
    case 'eob':
    case null:
      return ['claimNumber', 'authorizationNumber', 'appealNumber'];
  }
}

/**
 * A table row that starts with a date (or a date range) and holds a procedure code in a later
 * column: "02/03/2025 95810 …", "09/22/2026 | Office visit | 99214 | …",
 * "03/11/26-03/11/26   Speech therapy eval   92523   $380.00".
 */
function serviceDateFromTable(text: string): { iso: string; start: number; end: number } | null {
  // A row may open with its line number: "1     07/15/2026  95810   2,850.00".
  for (const m of text.matchAll(/^([ \t]*(?:\|[ \t]*|\d{1,3}[ \t]{2,})?)(\S[^\n]*)$/gm)) {
    const row = m[2] ?? '';
    const date = findDates(row)[0];
    if (date === undefined || date.start !== 0) continue;
    const rest = row.slice(date.end);
    if (!/(?:^|[\s|])(?:\d{4}[0-9FTU]|[A-Z]\d{4})(?=[\s|]|$)/.test(rest)) continue;
    const start = m.index + (m[1]?.length ?? 0);
    return { iso: date.iso, start, end: start + date.end };
  }
  return dateColumnOfRow(text);
}

/**
 * A table row whose date stands in a later column, after the service and its code:
 * "Psychotherapy, 60 min (90837)   10/06/2026    $260.00". A row has columns (wide gaps or bars),
 * a procedure code, and a date that is a column of its own.
 */
function dateColumnOfRow(text: string): { iso: string; start: number; end: number } | null {
  for (const m of text.matchAll(/^.*(?: {3,}|\t|\|).*$/gm)) {
    if (!/(?:^|[\s|(])(?:\d{4}[0-9FTU]|[A-Z]\d{4})(?=[\s|)]|$)/.test(m[0])) continue;
    const date = findDates(m[0]).find((d) => /(?:^|\s{2,}|\|)\s*$/.test(m[0].slice(0, d.start)));
    if (date !== undefined)
      return { iso: date.iso, start: m.index + date.start, end: m.index + date.end };
  }
  return null;
}

/**
 * A provider named in a sentence, not a field: "… (97110, 97530), requested by Dr. Anand
 * Kulkarni, DPT." A person's name, optionally with "Dr." and credentials.
 */
const namedInProse =
  /\b(?:requested|ordered|prescribed|submitted|referred) by ((?:Dr\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,4}(?:,\s*(?:M\.D\.|MD|D\.O\.|DO|NP|PA-C|PA|DPT|DDS|DMD|OD|DPM|APRN|FNP|CNM|PhD)(?!\w))*)/u;

function providerInProse(text: string): { name: string; start: number; end: number } | null {
  const m = namedInProse.exec(text);
  const name = m?.[1] === undefined ? null : acceptName(m[1]);
  if (m === null || name === null) return null;
  const start = m.index + m[0].length - (m[1]?.length ?? 0);
  return { name, start, end: start + name.length };
}

/** A line that is only a date near the top of a letter is its date. */
function standaloneDate(text: string): { iso: string; start: number; end: number } | null {
  const head = text.slice(0, 1500);
  for (const m of head.matchAll(/^[ \t]*(\S[^\n]*?)[ \t]*$/gm)) {
    const found = findDates(m[1] ?? '')[0];
    if (found !== undefined && found.start === 0 && found.end === (m[1]?.length ?? 0)) {
      const start = m.index + m[0].indexOf(m[1] ?? '');
      return { iso: found.iso, start, end: start + found.end };
    }
  }
  return null;
}

type Spans = Partial<Record<FieldName, SourceSpan>>;

/**
 * OCR sprinkles specks that read as accents ("Fernhill Rétina"); an accent in a scanned name is
 * more often a speck than a letter, so names read by OCR are given back without them.
 */
function foldAccents(name: string | null): string | null {
  return name === null ? null : name.normalize('NFD').replace(/\p{M}/gu, '');
}

export function extractFields(document: DocumentText): Extraction {
  const ocr = document.source === 'ocr';
  // Same length as the page's text, so every offset below still points into the page.
  const text = ocr ? repairOcrTokens(document.text) : document.text;
  const labeled = findLabeledValues(text, { ocr });
  const sources: Spans = {};
  const confidence: Record<FieldName, number> = {
    noticeType: 0,
    program: 0,
    patientName: 0,
    memberId: 0,
    groupNumber: 0,
    claimNumber: 0,
    insurerName: 0,
    providerName: 0,
    serviceDate: 0,
    noticeDate: 0,
    serviceDescription: 0,
    procedureCodes: 0,
    diagnosisCodes: 0,
    carcCodes: 0,
    rarcCodes: 0,
    amountBilled: 0,
    patientResponsibility: 0,
    denialCategory: 0,
    appealDeadlineDays: 0,
  };
  const note = (field: FieldName, sure: number, span?: { start: number; end: number }): void => {
    confidence[field] = sure;
    if (span !== undefined)
      sources[field] = { page: pageOf(document, span.start), start: span.start, end: span.end };
  };
  const read = <T>(
    field: FieldName,
    keys: LabelKey[],
    accept: (v: string) => T | null,
    sure = 0.85,
  ): T | null => {
    const found = firstLabeled(labeled, keys, accept);
    if (found === null) {
      note(field, 0.1);
      return null;
    }
    note(field, sure, found.at);
    return found.result;
  };

  const noticeType = classifyNoticeType(text);
  note('noticeType', noticeType.confidence);
  const program = classifyProgram(text);
  note('program', program.confidence);

  const nameOf = ocr ? (v: string) => foldAccents(acceptName(v)) : acceptName;
  const patientName = read('patientName', ['patient', 'memberName'], nameOf);
  const memberId = read('memberId', ['memberId'], acceptId);
  const groupNumber = read('groupNumber', ['groupNumber'], acceptId, 0.8);
  const claimNumber = read('claimNumber', decisionNumberKeys(noticeType.value), acceptId);
  const providerKeys: LabelKey[] =
    noticeType.value === 'prior-authorization-denial'
      ? ['requestingProvider', 'provider']
      : ['provider', 'requestingProvider', 'facility'];
  let providerName = read('providerName', providerKeys, nameOf, 0.8);
  const inProse = providerName === null ? providerInProse(text) : null;
  if (inProse !== null) {
    providerName = inProse.name;
    note('providerName', 0.5, inProse);
  }
  const serviceDescription = read('serviceDescription', ['service'], acceptDescription, 0.6);

  let serviceDate = read('serviceDate', ['serviceDate', 'requestedServiceDate'], leadingDate);
  if (serviceDate === null) {
    const row = serviceDateFromTable(text);
    if (row) {
      serviceDate = row.iso;
      note('serviceDate', 0.6, row);
    }
  }
  let noticeDate = read('noticeDate', ['noticeDate'], leadingDate);
  if (noticeDate === null) {
    const top = standaloneDate(text);
    if (top) {
      noticeDate = top.iso;
      note('noticeDate', 0.7, top);
    }
  }

  const insurer = findInsurerName(text);
  if (insurer) note('insurerName', insurer.confidence, insurer);
  else note('insurerName', 0.1);

  const codes = findCodes(text);
  note('procedureCodes', codes.procedureCodes.length > 0 ? 0.8 : 0.4);
  note('diagnosisCodes', codes.diagnosisCodes.length > 0 ? 0.85 : 0.5);
  note('carcCodes', codes.carcCodes.length > 0 ? 0.85 : 0.6);
  note('rarcCodes', codes.rarcCodes.length > 0 ? 0.85 : 0.6);

  const billed = findAmountBilled(text, labeled);
  note('amountBilled', billed ? 0.8 : 0.4, billed ?? undefined);
  const owes = findPatientResponsibility(text, labeled);
  note('patientResponsibility', owes ? 0.8 : 0.4, owes ?? undefined);

  const category = decideDenialCategory(text, codes.carcCodes);
  note('denialCategory', category.confidence);
  const deadline = findAppealDeadlineDays(text, noticeType.value);
  note('appealDeadlineDays', deadline.confidence, deadline.days === null ? undefined : deadline);

  const fields: DenialFields = {
    noticeType: noticeType.value,
    program: program.value,
    patientName,
    memberId,
    groupNumber,
    claimNumber,
    insurerName: insurer?.name ?? null,
    providerName,
    serviceDate,
    noticeDate,
    serviceDescription,
    ...codes,
    amountBilled: billed?.amount ?? null,
    patientResponsibility: owes?.amount ?? null,
    denialCategory: category.category,
    appealDeadlineDays: deadline.days,
  };
  if (denialSignal(document, fields).likely)
    return {
      fields,
      confidence,
      sources,
      categoryEvidence: category.evidence,
      statedReason: category.sentence,
    };
  return notADenial({ fields, confidence, sources, categoryEvidence: null, statedReason: null });
}

/**
 * A page that does not read as a denial (a receipt, a recipe, a paid EOB) gets no denial's
 * defaults: no notice type, reason or appeal deadline is made up for it, a first line is not
 * taken for an insurer unless it is named like one, and nothing read from it is trusted much.
 */
function notADenial(extraction: Extraction): Extraction {
  const { fields, confidence } = extraction;
  const insurerSure = confidence.insurerName >= 0.8;
  const capped = Object.fromEntries(
    Object.entries(confidence).map(([field, sure]) => [field, Math.min(sure, 0.3)]),
  ) as Record<FieldName, number>;
  return {
    ...extraction,
    fields: {
      ...fields,
      noticeType: null,
      denialCategory: null,
      appealDeadlineDays: null,
      insurerName: insurerSure ? fields.insurerName : null,
    },
    confidence: capped,
  };
}
