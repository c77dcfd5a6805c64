import { z } from 'zod';
import { fundingIds, programIds } from '../cases/case-terms.js';
import type { StateHelpCorrection } from './state-help-corrections.js';
import type {
  CasePick,
  ContactEntry,
  CorrectionMark,
  ExternalReviewEntry,
  RegulatorEntry,
  StateHelp,
} from './state-help.js';
import { helpNetworkTypeIds } from './state-help.js';

/**
 * What leaves the server about state help. `insuranceDepartment` and `externalReview` are the CLI
 * contract of `overturn help-for XX --json`; every entry carries its source, its "as of" date and
 * the local corrections laid over it.
 */
const correctionMarkView = z.object({
  id: z.string(),
  field: z.string(),
  shipped: z.string().nullable().describe('The directory’s value that the correction replaces'),
  note: z.string().nullable(),
  on: z.string().describe('YYYY-MM-DD'),
  by: z.string(),
  words: z.string().describe('“Corrected locally on DATE by NAME.”'),
});

const contactFields = {
  name: z.string(),
  phone: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().describe('Which file and field the entry came from'),
  asOf: z.string().describe('When the source was current: YYYY-MM or YYYY-MM-DD'),
  corrections: z.array(correctionMarkView),
};
export const contactView = z.object(contactFields);
const confidence = z.enum(['high', 'medium', 'low']);

export const stateHelpView = z.object({
  state: z.string(),
  stateName: z.string(),
  facts: z.object({
    network: z.enum(helpNetworkTypeIds).nullable(),
    program: z.enum(programIds).nullable(),
    funding: z.enum(fundingIds).nullable(),
  }),
  insuranceDepartment: z
    .object({
      ...contactFields,
      officePhone: z.string().nullable(),
      complaintUrl: z.string().nullable(),
    })
    .nullable(),
  regulators: z.array(
    z.object({
      ...contactFields,
      id: z.enum(['insurance-department', 'dmhc', 'ebsa', 'medicare', 'medicaid']),
      complaintUrl: z.string().nullable(),
      covers: z.string(),
      citation: z.string(),
      confidence,
    }),
  ),
  consumerAssistance: contactView.nullable(),
  medicaid: z
    .object({
      ...contactFields,
      ombudsman: contactView.nullable(),
      legalHelp: contactView.nullable(),
    })
    .nullable(),
  ship: contactView,
  medicare: contactView,
  externalReview: z.object({
    process: z.enum(['state', 'federal', 'medicare-ire', 'state-fair-hearing']),
    who: z.string(),
    infoUrl: z.string().nullable(),
    citation: z.string(),
    confidence,
    verify: z.boolean().describe('True when the person should check this with their plan or state'),
    source: z.string(),
    asOf: z.string(),
    note: z.string().nullable(),
    corrections: z.array(correctionMarkView),
  }),
  forThisCase: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      phone: z.string().nullable(),
      url: z.string().nullable(),
      why: z.string(),
    }),
  ),
  notes: z.array(z.string()),
  attribution: z.string(),
});
export type StateHelpView = z.output<typeof stateHelpView>;

export const correctionView = z.object({
  id: z.string(),
  state: z.string(),
  key: z.string(),
  value: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type CorrectionView = z.output<typeof correctionView>;

const presentMark = (m: CorrectionMark) => ({ ...m });

function presentContact(entry: ContactEntry): z.output<typeof contactView> {
  return {
    name: entry.name,
    phone: entry.phone,
    url: entry.url,
    source: entry.source,
    asOf: entry.asOf,
    corrections: entry.corrections.map(presentMark),
  };
}

const presentRegulator = (r: RegulatorEntry) => ({
  ...presentContact(r),
  id: r.id,
  complaintUrl: r.complaintUrl,
  covers: r.covers,
  citation: r.citation,
  confidence: r.confidence,
});

const presentReview = (r: ExternalReviewEntry) => ({
  ...r,
  corrections: r.corrections.map(presentMark),
});

const presentPick = (p: CasePick) => ({ ...p });

export function presentStateHelp(help: StateHelp): StateHelpView {
  const department = help.insuranceDepartment;
  const medicaid = help.medicaid;
  return {
    state: help.state,
    stateName: help.stateName,
    facts: help.facts,
    insuranceDepartment: department && {
      ...presentContact(department),
      officePhone: department.officePhone,
      complaintUrl: department.complaintUrl,
    },
    regulators: help.regulators.map(presentRegulator),
    consumerAssistance: help.consumerAssistance && presentContact(help.consumerAssistance),
    medicaid: medicaid && {
      ...presentContact(medicaid),
      ombudsman: medicaid.ombudsman && presentContact(medicaid.ombudsman),
      legalHelp: medicaid.legalHelp && presentContact(medicaid.legalHelp),
    },
    ship: presentContact(help.ship),
    medicare: presentContact(help.medicare),
    externalReview: presentReview(help.externalReview),
    forThisCase: help.forThisCase.map(presentPick),
    notes: [...help.notes],
    attribution: help.attribution,
  };
}

/** A correction as stored; the actor's id stays in, their name is in the marks. */
export const presentCorrection = (c: StateHelpCorrection): CorrectionView => ({
  id: c.id,
  state: c.state,
  key: c.key,
  value: c.value,
  note: c.note,
  createdAt: c.createdAt,
  createdBy: c.createdByName,
});
