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

function acceptId(value: string): string | null {
  const token = idToken.exec(value.trim())?.[1] ?? null;
  return token !== null && token.length >= 3 ? token : null;
}

function acceptName(value: string): string | null {
  const name = value
    .replace(/\s+/g, ' ')
    .trim()
    // OCR's trailing speck or colon: "Hollis H. Rourke:".
    .replace(/\s*[:;,]$/, '');
  if (!personOrOrg.test(name) || name.split(' ').length > 8) return null;
  if (/\b(?:may|will|can|should|must|not|services|responsibility)\b/.test(name)) return null;
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

/** A table row that starts with a date and then a procedure code ("02/03/2025 95810 …"). */
function serviceDateFromTable(text: string): { iso: string; start: number; end: number } | null {
  for (const m of text.matchAll(
    /^[ \t]*(\S+(?: \S+,?){0,2}?)[ \t]+(?:\d{4}[0-9FTU]|[A-Z]\d{4})\b/gm,
  )) {
    const iso = leadingDate(m[1] ?? '');
    if (iso !== null) return { iso, start: m.index, end: m.index + (m[1]?.length ?? 0) };
  }
  return null;
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
  const providerName = read('providerName', providerKeys, nameOf, 0.8);
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
