import { z } from 'zod';
import { nextStatuses, statusLabel } from './appeal-ladder.js';
import type { Case, CaseSummary } from './case.js';
import { nextDeadlineOf } from '../deadlines/case-deadlines.js';
import { ladderFor } from './program-ladders.js';

/**
 * What leaves the server about a case (rows never go out raw). Money goes out in dollars, as people
 * read it; each status comes with its plain name and the steps allowed next, so clients never
 * re-implement the ladder.
 */
const statusView = z.object({ status: z.string(), label: z.string() });
const nullableString = z.string().nullable();

export const caseView = z.object({
  id: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  allowedNextStatuses: z.array(statusView),
  nextDeadline: nullableString.describe('The next date not to miss, YYYY-MM-DD, if known.'),
  patient: z.object({ name: z.string(), dateOfBirth: nullableString }),
  plan: z.object({
    insurer: z.string(),
    planName: nullableString,
    program: z.string(),
    funding: nullableString,
    networkType: nullableString,
    state: nullableString,
    memberId: nullableString,
    groupNumber: nullableString,
  }),
  claim: z.object({
    claimNumber: nullableString,
    serviceDate: nullableString,
    provider: nullableString,
    serviceDescription: nullableString,
    procedureCodes: z.array(z.string()),
    diagnosisCodes: z.array(z.string()),
    amountBilled: z.number().nullable(),
    patientResponsibility: z.number().nullable(),
  }),
  denial: z.object({
    noticeType: nullableString,
    noticeDate: nullableString,
    receivedDate: nullableString,
    category: nullableString,
    statedReason: nullableString,
    statedDeadlineDays: z.number().nullable(),
    noticeStage: nullableString,
    urgency: nullableString,
    appealFiledAt: nullableString,
  }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseView = z.infer<typeof caseView>;

const dollars = (cents: number | null) => (cents === null ? null : cents / 100);

export function presentCase(c: Case): CaseView {
  const ladder = ladderFor(c.plan.program);
  const { amountBilledCents, patientResponsibilityCents, ...claim } = c.claim;
  return {
    id: c.id,
    status: c.status,
    statusLabel: statusLabel(ladder, c.status),
    allowedNextStatuses: nextStatuses(ladder, c.status).map((status) => ({
      status,
      label: statusLabel(ladder, status),
    })),
    nextDeadline: nextDeadlineOf(c),
    patient: { ...c.patient },
    plan: { ...c.plan },
    claim: {
      ...claim,
      procedureCodes: [...claim.procedureCodes],
      diagnosisCodes: [...claim.diagnosisCodes],
      amountBilled: dollars(amountBilledCents),
      patientResponsibility: dollars(patientResponsibilityCents),
    },
    denial: { ...c.denial },
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/** A case in a list: who, which plan, where it stands and what is due. */
export const caseSummaryView = z.object({
  id: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  nextDeadline: nullableString,
  patient: z.object({ name: z.string() }),
  plan: z.object({ insurer: z.string(), program: z.string(), state: nullableString }),
  claim: z.object({ claimNumber: nullableString, serviceDescription: nullableString }),
  denial: z.object({
    category: nullableString,
    noticeDate: nullableString,
    statedDeadlineDays: z.number().nullable(),
  }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseSummaryView = z.infer<typeof caseSummaryView>;

export function presentCaseSummary(c: CaseSummary): CaseSummaryView {
  return {
    id: c.id,
    status: c.status,
    statusLabel: statusLabel(ladderFor(c.plan.program), c.status),
    nextDeadline: c.nextDeadline,
    patient: { name: c.patient.name },
    plan: { ...c.plan },
    claim: { ...c.claim },
    denial: { ...c.denial },
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
