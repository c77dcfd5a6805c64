import type { Case } from '../cases/case.js';
import type { LetterFacts, LetterTemplate, MissingFact, Sender } from './letter.js';

/**
 * The facts a letter is written from: the case, plus what a case does not hold (who signs, their
 * address, the plan's appeals address, today's date). The patient signs unless someone else does.
 */
export function letterFactsOf(
  c: Case,
  {
    today,
    sender,
    appealsAddress = [],
  }: { today: string; sender?: Partial<Sender>; appealsAddress?: readonly string[] },
): LetterFacts {
  return {
    today,
    patient: { name: c.patient.name, dateOfBirth: c.patient.dateOfBirth },
    sender: senderOf(c.patient.name, sender),
    plan: {
      insurer: c.plan.insurer,
      planName: c.plan.planName,
      program: c.plan.program,
      funding: c.plan.funding,
      state: c.plan.state,
      memberId: c.plan.memberId,
      groupNumber: c.plan.groupNumber,
      appealsAddress: filledLines(appealsAddress),
    },
    claim: {
      claimNumber: c.claim.claimNumber,
      serviceDate: c.claim.serviceDate,
      provider: c.claim.provider,
      serviceDescription: c.claim.serviceDescription,
      procedureCodes: c.claim.procedureCodes,
      diagnosisCodes: c.claim.diagnosisCodes,
      amountBilledCents: c.claim.amountBilledCents,
    },
    denial: {
      noticeType: c.denial.noticeType,
      noticeDate: c.denial.noticeDate,
      category: c.denial.category,
      statedReason: c.denial.statedReason,
      noticeStage: c.denial.noticeStage,
      urgency: c.denial.urgency,
    },
  };
}

/** Lines as typed, trimmed, without the empty ones. */
export const filledLines = (lines: readonly string[]) =>
  lines.map((line) => line.trim()).filter(Boolean);

/** Who signs: the patient unless someone else is named; blanks become null. */
export function senderOf(patientName: string, sender: Partial<Sender> = {}): Sender {
  return {
    name: sender.name?.trim() || patientName,
    relationship: sender.relationship?.trim() || null,
    addressLines: filledLines(sender.addressLines ?? []),
    phone: sender.phone?.trim() || null,
    email: sender.email?.trim() || null,
  };
}

/** The value at a dotted path of the facts (`plan.memberId`), for checking what a letter needs. */
function factAt(facts: object, path: string): unknown {
  let value: unknown = facts;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const isGiven = (value: unknown) =>
  value !== null &&
  value !== undefined &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0);

/** What the template needs that the facts lack; empty when the letter can be written. */
export function missingFacts(template: LetterTemplate, facts: LetterFacts): MissingFact[] {
  return missingOf(template.requires, facts);
}

/** Of the facts a letter requires (by dotted path), those the given facts lack. */
export function missingOf(requires: readonly MissingFact[], facts: object): MissingFact[] {
  return requires.filter((fact) => !isGiven(factAt(facts, fact.path)));
}

/** The facts most letters to a plan cannot go without: who, which plan, which member, which claim. */
export const planLetterNeeds: readonly MissingFact[] = [
  { path: 'patient.name', label: 'patient’s name' },
  { path: 'plan.insurer', label: 'insurer' },
  { path: 'plan.memberId', label: 'member ID' },
  { path: 'claim.claimNumber', label: 'claim or reference number' },
];
