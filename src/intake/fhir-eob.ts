import type { Program } from '../cases/case-terms.js';
import { AppError } from '../common/errors.js';
import type { DenialFields, Extraction, FieldName } from './extraction.js';
import { carcCodeSet, rarcCodeSet } from './x12-codes.js';
import { carcCategories } from './carc-categories.js';

/**
 * FHIR R4 ExplanationOfBenefit (EOB) → denial extractions. A plan's patient-access API (CARIN Blue
 * Button, CMS Blue Button 2.0) gives claims as coded JSON, so values are read from coded fields,
 * not guessed from words; there are no pages, so no source spans.
 * Resources are walked as `unknown`: a file from outside is never trusted to match the R4 types.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const obj = (value: unknown): Json => (isObject(value) ? value : {});
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The resources in a FHIR file: one resource, a Bundle (`entry[].resource`, nested Bundles too),
 * a JSON array of resources, or NDJSON (one resource per line).
 */
export function parseFhirInput(text: string): unknown[] {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new AppError('invalid-input', 'The file is empty.');
  const lines = body.split(/\r?\n/);
  const filled = lines.filter((line) => line.trim() !== '');
  let values: unknown[];
  if (filled.length > 1 && filled.every((line) => line.trim().startsWith('{'))) {
    values = lines.flatMap((line, index) => {
      if (line.trim() === '') return [];
      return [parseJson(line, index + 1)];
    });
  } else {
    values = [parseJson(body, 1)];
  }
  const resources = values.flatMap(flatten);
  if (!resources.some((r) => resourceType(r) === 'ExplanationOfBenefit')) {
    const types = [...new Set(resources.map(resourceType).filter((t) => t !== null))];
    if (types.length === 0)
      throw new AppError(
        'unsupported-file',
        'This JSON file holds no FHIR resources, so no claim could be read from it. Download your claims (Explanation of Benefits) from your plan’s patient app or website as FHIR, or upload the letter as a PDF or a text file.',
      );
    throw new AppError(
      'unsupported-file',
      `This FHIR file holds ${joinTypes(types)}, not an ExplanationOfBenefit. Overturn reads denied claims from ExplanationOfBenefit resources: download your claims (Explanation of Benefits) from your plan’s patient app or website, or upload the letter as a PDF or a text file.`,
    );
  }
  return resources;
}

function parseJson(text: string, firstLine: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineInMessage = /line (\d+)/.exec(message);
    let line = firstLine;
    if (position) line = firstLine + (text.slice(0, Number(position[1])).match(/\n/g) ?? []).length;
    else if (lineInMessage) line = firstLine + Number(lineInMessage[1]) - 1;
    throw new AppError(
      'invalid-input',
      `This file is not valid JSON (line ${String(line)}): ${message.replace(/\s*\(line \d+ column \d+\)/, '')}. Download the file again from your plan, or upload the letter as a PDF or a text file.`,
    );
  }
}

function flatten(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (!isObject(value)) return [];
  if (value.resourceType === 'Bundle')
    return list(value.entry).flatMap((entry) => flatten(entry.resource));
  return [value];
}

function resourceType(value: unknown): string | null {
  return isObject(value) ? str(value.resourceType) : null;
}

function joinTypes(types: readonly string[]): string {
  const named = types.map((t) => `${/^[AEIOU]/.test(t) ? 'an' : 'a'} ${t}`);
  if (named.length === 1) return named[0] ?? '';
  return `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`;
}

// --- Reading one EOB ---------------------------------------------------------------------------

const deniedAmountCategories = new Set(['noncovered', 'notcovered', 'denied']);
const procedureSystem = /cpt|hcpcs/i;
const procedurePattern = /^(?:\d{4}[0-9A-Z]|[A-V]\d{4})$/;

interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display: string | null;
}

function codings(concept: unknown): Coding[] {
  return list(obj(concept).coding).flatMap((c) => {
    const code = str(c.code);
    return code === null ? [] : [{ system: str(c.system) ?? '', code, display: str(c.display) }];
  });
}

const hasCode = (concept: unknown, codes: ReadonlySet<string>) =>
  codings(concept).some((c) => codes.has(c.code.toLowerCase()));

interface Adjudication {
  readonly where: string;
  readonly category: unknown;
  readonly reason: unknown;
  readonly amount: number | null;
}

class Index {
  private readonly byKey = new Map<string, Json>();
  constructor(resources: readonly unknown[]) {
    for (const r of resources) {
      if (!isObject(r)) continue;
      const type = str(r.resourceType);
      const id = str(r.id);
      if (type === null || id === null) continue;
      this.byKey.set(`${type}/${id}`, r);
      if (!this.byKey.has(id)) this.byKey.set(id, r);
    }
  }
  /** The resource a Reference points at: contained (`#id`), in the file (`Type/id`, `urn:uuid:id`). */
  resolve(reference: unknown, eob: Json): Json | null {
    const ref = str(obj(reference).reference);
    if (ref === null) return null;
    if (ref.startsWith('#'))
      return list(eob.contained).find((c) => str(c.id) === ref.slice(1)) ?? null;
    const tail = ref.split('/').slice(-2).join('/');
    return (
      this.byKey.get(tail) ??
      this.byKey.get(ref.replace(/^urn:uuid:/, '')) ??
      this.byKey.get(ref.split('/').at(-1) ?? '') ??
      null
    );
  }
}

/** One extraction for each EOB that is denied or partly denied, in file order. */
export function denialsFromEobs(resources: readonly unknown[]): Extraction[] {
  const index = new Index(resources);
  return resources.flatMap((r) => {
    if (!isObject(r) || r.resourceType !== 'ExplanationOfBenefit') return [];
    const extraction = readEob(r, index);
    return extraction === null ? [] : [extraction];
  });
}

function adjudicationsOf(eob: Json): Adjudication[] {
  const out: Adjudication[] = [];
  const add = (owner: Json, where: string) => {
    for (const a of list(owner.adjudication))
      out.push({
        where,
        category: a.category,
        reason: a.reason,
        amount: num(obj(a.amount).value),
      });
  };
  add(eob, 'the claim');
  list(eob.item).forEach((item, i) => {
    const line = `line ${String(num(item.sequence) ?? i + 1)}`;
    add(item, line);
    for (const detail of list(item.detail)) add(detail, line);
  });
  list(eob.addItem).forEach((item) => add(item, 'an added line'));
  return out;
}

const meaningless = (c: Coding) =>
  c.code === '0' || /^(?:n\/?a|none|not applicable)$/i.test(c.display ?? c.code);

function readEob(eob: Json, index: Index): Extraction | null {
  const adjudications = adjudicationsOf(eob);
  const carcs: { code: string; where: string }[] = [];
  const rarcs: string[] = [];
  const signals: string[] = [];

  const outcome = str(eob.outcome);
  if (outcome === 'error' || outcome === 'partial') signals.push(`outcome "${outcome}"`);

  for (const a of adjudications) {
    const isDenialReason = hasCode(a.category, new Set(['denialreason']));
    for (const c of codings(a.reason)) {
      if (meaningless(c)) continue;
      const code = c.code.toUpperCase().replace(/^(?:CO|PR|OA|PI|CR)-?(?=\d)/, '');
      if (/rarc/i.test(c.system) || (rarcCodeSet.has(code) && !/carc/i.test(c.system))) {
        if (!rarcs.includes(code)) rarcs.push(code);
      } else if ((/carc|x12/i.test(c.system) || isDenialReason) && carcCodeSet.has(code)) {
        carcs.push({ code, where: a.where });
        if (isDenialReason || code in carcCategories) signals.push(`CARC ${code}`);
      } else if (isDenialReason) {
        signals.push(`denial reason ${c.code}`);
      }
    }
  }
  // Net of reversals: a line not covered and then reversed is not a denial.
  const notCovered = adjudications
    .filter((a) => hasCode(a.category, deniedAmountCategories))
    .reduce((sum, a) => sum + (a.amount ?? 0), 0);
  if (notCovered > 0.005) signals.push('a not-covered amount');

  const notes = list(eob.processNote)
    .map((n) => str(n.text))
    .filter((t): t is string => t !== null && /den(?:y|ied|ial)|not covered|reject/i.test(t));
  if (notes.length > 0) signals.push('a note');

  const billed = amountBilled(eob, adjudications);
  const payment = num(obj(obj(eob.payment).amount).value);
  const anyReason = adjudications.some((a) => codings(a.reason).some((c) => !meaningless(c)));
  if (payment === 0 && (billed ?? 0) > 0 && anyReason) signals.push('a payment of $0');

  if (signals.length === 0) return null;

  const patient = index.resolve(eob.patient, eob);
  const coverages = list(eob.insurance)
    .map((i) => index.resolve(i.coverage, eob))
    .filter((c): c is Json => c !== null);
  const carcCodes = [...new Set(carcs.map((c) => c.code))];
  const decided = carcs.find((c) => c.code in carcCategories);

  const fields: DenialFields = {
    noticeType: 'eob',
    program: programOf(eob, coverages),
    patientName: patient ? personName(patient) : null,
    memberId: memberIdOf(patient, coverages),
    groupNumber: groupNumberOf(coverages),
    claimNumber: claimNumberOf(eob),
    insurerName:
      str(obj(eob.insurer).display) ??
      nameOf(index.resolve(eob.insurer, eob)) ??
      payorName(coverages, eob, index),
    providerName: str(obj(eob.provider).display) ?? nameOf(index.resolve(eob.provider, eob)),
    serviceDate: serviceDateOf(eob),
    noticeDate: datePart(eob.created),
    serviceDescription: serviceDescriptionOf(eob),
    procedureCodes: procedureCodesOf(eob),
    diagnosisCodes: diagnosisCodesOf(eob),
    carcCodes,
    rarcCodes: rarcs,
    amountBilled: billed,
    patientResponsibility: totalOf(eob, new Set(['memberliability', 'patientpay'])),
    denialCategory: decided ? (carcCategories[decided.code] ?? 'other') : 'other',
    appealDeadlineDays: null,
  };
  const confidence = Object.fromEntries(
    Object.entries(fields).map(([name, value]) => {
      const empty = value === null || (Array.isArray(value) && value.length === 0);
      return [name, empty ? 0 : 0.95];
    }),
  ) as Record<FieldName, number>;
  if (fields.program !== null) confidence.program = 0.7;
  if (decided === undefined) confidence.denialCategory = 0.3;
  return {
    fields,
    confidence,
    sources: {},
    categoryEvidence: decided ? `CARC ${decided.code} on ${decided.where}` : null,
    statedReason: null,
  };
}

function programOf(eob: Json, coverages: readonly Json[]): Program | null {
  const hints = [eob.type, ...coverages.flatMap((c) => [c.type, c.payor, c.class])];
  const text = JSON.stringify(hints).toLowerCase();
  if (/medicare advantage|medicare part c|"part-?c"/.test(text)) return 'medicare-advantage';
  if (/medicaid/.test(text) && /managed care|\bmco\b|managed-care/.test(text))
    return 'medicaid-managed-care';
  // Original Medicare (Blue Button carrier, inpatient, outpatient claims) is none of our programs.
  return null;
}

function personName(resource: Json): string | null {
  for (const name of list(resource.name)) {
    const text = str(name.text);
    if (text !== null) return text;
    const parts = [
      ...(Array.isArray(name.given) ? name.given.map(str) : []),
      str(name.family),
    ].filter((p): p is string => p !== null);
    if (parts.length > 0) return parts.join(' ');
  }
  return null;
}

function nameOf(resource: Json | null): string | null {
  if (resource === null) return null;
  return typeof resource.name === 'string' ? str(resource.name) : personName(resource);
}

function payorName(coverages: readonly Json[], eob: Json, index: Index): string | null {
  for (const coverage of coverages)
    for (const payor of list(coverage.payor)) {
      const name = str(payor.display) ?? nameOf(index.resolve(payor, eob));
      if (
        name !== null &&
        (index.resolve(payor, eob)?.resourceType ?? 'Organization') === 'Organization'
      )
        return name;
    }
  return null;
}

function identifierOfType(identifiers: unknown, type: string): string | null {
  for (const id of list(identifiers))
    if (codings(id.type).some((c) => c.code.toLowerCase() === type.toLowerCase()))
      return str(id.value);
  return null;
}

function memberIdOf(patient: Json | null, coverages: readonly Json[]): string | null {
  const fromPatient = patient ? identifierOfType(patient.identifier, 'MB') : null;
  if (fromPatient !== null) return fromPatient;
  for (const coverage of coverages) {
    const id = identifierOfType(coverage.identifier, 'MB') ?? str(coverage.subscriberId);
    if (id !== null) return id;
  }
  return null;
}

function groupNumberOf(coverages: readonly Json[]): string | null {
  for (const coverage of coverages)
    for (const c of list(coverage.class))
      if (codings(c.type).some((t) => t.code === 'group')) return str(c.value);
  return null;
}

function claimNumberOf(eob: Json): string | null {
  return identifierOfType(eob.identifier, 'uc') ?? str(list(eob.identifier)[0]?.value);
}

function datePart(value: unknown): string | null {
  const text = str(value);
  return text !== null && /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : null;
}

function serviceDateOf(eob: Json): string | null {
  const fromPeriod = datePart(obj(eob.billablePeriod).start);
  if (fromPeriod !== null) return fromPeriod;
  for (const item of list(eob.item)) {
    const date = datePart(item.servicedDate) ?? datePart(obj(item.servicedPeriod).start);
    if (date !== null) return date;
  }
  return null;
}

function serviceDescriptionOf(eob: Json): string | null {
  for (const item of list(eob.item)) {
    const concept = obj(item.productOrService);
    const text = str(concept.text) ?? codings(concept).find((c) => c.display !== null)?.display;
    if (text) return text;
  }
  return null;
}

function procedureCodesOf(eob: Json): string[] {
  const codes = list(eob.item).flatMap((item) =>
    codings(item.productOrService)
      .filter((c) =>
        c.system === '' ? procedurePattern.test(c.code) : procedureSystem.test(c.system),
      )
      .map((c) => c.code.toUpperCase()),
  );
  return [...new Set(codes)];
}

function diagnosisCodesOf(eob: Json): string[] {
  const codes = list(eob.diagnosis).flatMap((d) =>
    codings(d.diagnosisCodeableConcept)
      .filter((c) => /icd-?10/i.test(c.system) && !/pcs/i.test(c.system))
      .map((c) => c.code.toUpperCase().replace('.', ''))
      .filter((code) => /^[A-Z]\d[0-9A-Z]{1,5}$/.test(code))
      .map((code) => (code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code)),
  );
  return [...new Set(codes)];
}

function totalOf(eob: Json, categories: ReadonlySet<string>): number | null {
  for (const total of list(eob.total))
    if (hasCode(total.category, categories)) {
      const value = num(obj(total.amount).value);
      if (value !== null) return value;
    }
  return null;
}

function amountBilled(eob: Json, adjudications: readonly Adjudication[]): number | null {
  const total = totalOf(eob, new Set(['submitted']));
  if (total !== null) return total;
  // Per line, the largest submitted amount: some payers give a rate and a charge both as `submitted`.
  const byLine = new Map<string, number>();
  for (const a of adjudications) {
    if (a.where === 'the claim' || a.amount === null) continue;
    if (!hasCode(a.category, new Set(['submitted']))) continue;
    byLine.set(a.where, Math.max(byLine.get(a.where) ?? -Infinity, a.amount));
  }
  const submitted = [...byLine.values()];
  if (submitted.length === 0) return null;
  return Math.round(submitted.reduce((sum, v) => sum + v, 0) * 100) / 100;
}
