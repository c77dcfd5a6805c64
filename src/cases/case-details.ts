import type { CaseDetails, Claim } from './case.js';
import type { CaseCreateInput, CasePatchInput } from './case-input.js';

/** Turns validated input into a case's details, and describes what a change changed. */

const toCents = (dollars: number | null | undefined): number | null =>
  dollars === null || dollars === undefined ? null : Math.round(dollars * 100);

type ClaimInput = NonNullable<CasePatchInput['claim']>;

function claimFrom(input: ClaimInput, base: Claim): Claim {
  const { amountBilled, patientResponsibility, ...rest } = input;
  return {
    ...base,
    ...dropUndefined(rest),
    ...(amountBilled !== undefined && { amountBilledCents: toCents(amountBilled) }),
    ...(patientResponsibility !== undefined && {
      patientResponsibilityCents: toCents(patientResponsibility),
    }),
  };
}

/** The fields that were given: `undefined` means "not sent", unlike `null` ("clear it"). */
export function dropUndefined<T extends object>(
  value: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

const emptyDetails: Omit<CaseDetails, 'patient' | 'plan'> & {
  patient: Omit<CaseDetails['patient'], 'name'>;
  plan: Omit<CaseDetails['plan'], 'insurer' | 'program'>;
} = {
  patient: { dateOfBirth: null },
  plan: {
    planName: null,
    funding: null,
    networkType: null,
    state: null,
    memberId: null,
    groupNumber: null,
  },
  claim: {
    claimNumber: null,
    serviceDate: null,
    provider: null,
    serviceDescription: null,
    procedureCodes: [],
    diagnosisCodes: [],
    amountBilledCents: null,
    patientResponsibilityCents: null,
  },
  denial: {
    noticeType: null,
    noticeDate: null,
    receivedDate: null,
    category: null,
    statedReason: null,
    statedDeadlineDays: null,
    noticeStage: null,
    urgency: null,
    appealFiledAt: null,
  },
};

/** A new case's details: everything not given is "not known". */
export function detailsFromInput(input: CaseCreateInput): CaseDetails {
  return {
    patient: { ...emptyDetails.patient, ...dropUndefined(input.patient) },
    plan: { ...emptyDetails.plan, ...dropUndefined(input.plan) },
    claim: claimFrom(input.claim, emptyDetails.claim),
    denial: { ...emptyDetails.denial, ...dropUndefined(input.denial) },
  };
}

/** The details after a change: fields not named stay as they were; `null` clears. */
export function applyPatch(details: CaseDetails, patch: CasePatchInput): CaseDetails {
  return {
    patient: { ...details.patient, ...dropUndefined(patch.patient ?? {}) },
    plan: { ...details.plan, ...dropUndefined(patch.plan ?? {}) },
    claim: patch.claim ? claimFrom(patch.claim, details.claim) : details.claim,
    denial: { ...details.denial, ...dropUndefined(patch.denial ?? {}) },
  };
}

export type FieldValue = string | number | readonly string[] | null;
export interface FieldChange {
  /** Dotted path, e.g. `plan.program`. */
  readonly field: string;
  readonly from: FieldValue;
  readonly to: FieldValue;
}

const same = (a: FieldValue, b: FieldValue) =>
  Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') === b.join('\u0000') : a === b;

/** Every field whose value differs between two versions of a case, in a stable order. */
export function diffDetails(before: CaseDetails, after: CaseDetails): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const section of ['patient', 'plan', 'claim', 'denial'] as const) {
    const a = before[section] as unknown as Record<string, FieldValue>;
    const b = after[section] as unknown as Record<string, FieldValue>;
    for (const key of Object.keys(b)) {
      const from = a[key] ?? null;
      const to = b[key] ?? null;
      if (!same(from, to)) changes.push({ field: `${section}.${key}`, from, to });
    }
  }
  return changes;
}
