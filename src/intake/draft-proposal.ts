import type { CaseCreateInput, CasePatchInput } from '../cases/case-input.js';
import { caseCreateInput } from '../cases/case-input.js';
import { dropUndefined } from '../cases/case-details.js';
import { programIds } from '../cases/case-terms.js';
import { invalidInput } from '../common/errors.js';
import { parseInput } from '../common/validation.js';
import type { DenialFields, Extraction, FieldName, SourceSpan } from './extraction.js';

/**
 * What a document read proposes for a new case, field by field, and which fields the person should
 * look at before the case is saved: the ones the reader is unsure of, and the required ones it did
 * not find. Nothing here is a fact until the person confirms it.
 */

/** Below this confidence a field is flagged for the person to check. */
export const reviewBelow = 0.7;

/** The case field (dotted path, as the API and the web app name it) each extracted field fills. */
export const caseFieldOf = {
  patientName: 'patient.name',
  insurerName: 'plan.insurer',
  program: 'plan.program',
  memberId: 'plan.memberId',
  groupNumber: 'plan.groupNumber',
  claimNumber: 'claim.claimNumber',
  providerName: 'claim.provider',
  serviceDate: 'claim.serviceDate',
  serviceDescription: 'claim.serviceDescription',
  procedureCodes: 'claim.procedureCodes',
  diagnosisCodes: 'claim.diagnosisCodes',
  amountBilled: 'claim.amountBilled',
  patientResponsibility: 'claim.patientResponsibility',
  noticeType: 'denial.noticeType',
  noticeDate: 'denial.noticeDate',
  denialCategory: 'denial.category',
  appealDeadlineDays: 'denial.statedDeadlineDays',
} as const satisfies Partial<Record<FieldName, string>>;

/** Fields a case cannot be saved without (`caseCreateInput`), and how a sentence names each. */
const requiredFields: readonly (readonly [string, string])[] = [
  ['patient.name', 'the patient’s name'],
  ['plan.insurer', 'the insurer’s name'],
  ['plan.program', `the kind of plan (${programIds.join(', ')})`],
];
const requiredPaths = requiredFields.map(([path]) => path);

/** The case a document proposes: the create-input shape, with `null` where the document is silent. */
export interface CaseProposal {
  readonly patient: { readonly name: string | null };
  readonly plan: Pick<DenialFields, 'program' | 'memberId' | 'groupNumber'> & {
    readonly insurer: string | null;
  };
  readonly claim: {
    readonly claimNumber: string | null;
    readonly provider: string | null;
    readonly serviceDate: string | null;
    readonly serviceDescription: string | null;
    readonly procedureCodes: readonly string[];
    readonly diagnosisCodes: readonly string[];
    readonly amountBilled: number | null;
    readonly patientResponsibility: number | null;
  };
  readonly denial: {
    readonly noticeType: DenialFields['noticeType'];
    readonly noticeDate: string | null;
    readonly category: DenialFields['denialCategory'];
    readonly statedReason: string | null;
    readonly statedDeadlineDays: number | null;
  };
}

/** One proposed field: where it goes, how sure the reader is, where it was read, and why to check it. */
export interface ProposedField {
  readonly field: FieldName;
  readonly path: string;
  readonly confidence: number;
  readonly source: SourceSpan | null;
  /** `missing`: required but not found. `unsure`: found, with low confidence. */
  readonly check: 'missing' | 'unsure' | null;
}

export function proposalFrom(extraction: Extraction): CaseProposal {
  const f = extraction.fields;
  return {
    patient: { name: f.patientName },
    plan: {
      insurer: f.insurerName,
      program: f.program,
      memberId: f.memberId,
      groupNumber: f.groupNumber,
    },
    claim: {
      claimNumber: f.claimNumber,
      provider: f.providerName,
      serviceDate: f.serviceDate,
      serviceDescription: f.serviceDescription,
      procedureCodes: f.procedureCodes,
      diagnosisCodes: f.diagnosisCodes,
      amountBilled: f.amountBilled,
      patientResponsibility: f.patientResponsibility,
    },
    denial: {
      noticeType: f.noticeType,
      noticeDate: f.noticeDate,
      category: f.denialCategory,
      // The plan's reason in its own words: the sentence that decided the category.
      statedReason: extraction.statedReason ?? extraction.categoryEvidence,
      statedDeadlineDays: f.appealDeadlineDays,
    },
  };
}

/** Every proposed field with its confidence and source, flagged where the person should look. */
export function proposedFields(extraction: Extraction): ProposedField[] {
  return (Object.keys(caseFieldOf) as (keyof typeof caseFieldOf)[]).map((field) => {
    const path = caseFieldOf[field];
    const value = extraction.fields[field];
    const confidence = extraction.confidence[field];
    const absent = value === null || (Array.isArray(value) && value.length === 0);
    // A field found with low confidence is worth a look; one not found is left empty for the
    // person to fill, and only flagged when a case cannot be saved without it.
    const check = absent
      ? requiredPaths.includes(path)
        ? 'missing'
        : null
      : confidence < reviewBelow
        ? 'unsure'
        : null;
    return { field, path, confidence, source: extraction.sources[field] ?? null, check };
  });
}

/**
 * The case to save: the proposal with the person's corrections laid over it, checked as a new case
 * would be. A required field still missing is reported by its path ("plan.program: is required").
 */
export function confirmedInput(
  proposal: CaseProposal,
  corrections: CasePatchInput,
): CaseCreateInput {
  const merged = {
    patient: { ...proposal.patient, ...dropUndefined(corrections.patient ?? {}) },
    plan: { ...proposal.plan, ...dropUndefined(corrections.plan ?? {}) },
    claim: { ...proposal.claim, ...dropUndefined(corrections.claim ?? {}) },
    denial: { ...proposal.denial, ...dropUndefined(corrections.denial ?? {}) },
  };
  for (const [path, what] of requiredFields) {
    const [section, key] = path.split('.') as ['patient' | 'plan', string];
    const value: unknown = (merged[section] as Record<string, unknown>)[key];
    if (value === null || value === undefined || value === '')
      throw invalidInput(
        `${path}: the document does not give ${what}; add it to open the case`,
        path,
      );
  }
  return parseInput(caseCreateInput, merged);
}

/** The case fields (dotted paths) where the person's corrections differ from what was read. */
export function correctedPaths(proposal: CaseProposal, corrections: CasePatchInput): string[] {
  const changed: string[] = [];
  for (const section of ['patient', 'plan', 'claim', 'denial'] as const) {
    const read: Record<string, unknown> = proposal[section];
    for (const [key, value] of Object.entries(dropUndefined(corrections[section] ?? {}))) {
      if (JSON.stringify(value) !== JSON.stringify(read[key] ?? null))
        changed.push(`${section}.${key}`);
    }
  }
  return changed;
}
