import type { Funding, NetworkType, Program } from '../cases/case-terms.js';
import type { UsState } from '../common/us-states.js';
import type { Confidence } from '../deadlines/deadline-terms.js';

/**
 * Who can help a person with a denial in their state: the insurance regulator(s), the consumer
 * assistance program, Medicaid, Medicare counseling (SHIP), and where external review goes — each
 * entry with where it came from and how old it is, and the person's own local corrections on top.
 */

/** The case's network types, plus `indemnity` (no network at all), which decides California's regulator. */
export const helpNetworkTypes = {
  hmo: 'HMO',
  ppo: 'PPO',
  epo: 'EPO',
  pos: 'POS',
  indemnity: 'Indemnity (no network: the plan pays a share of any doctor’s bill)',
  other: 'Another kind, or not sure',
} as const satisfies Record<NetworkType | 'indemnity', string>;
export type HelpNetworkType = keyof typeof helpNetworkTypes;
export const helpNetworkTypeIds = Object.keys(helpNetworkTypes) as [
  HelpNetworkType,
  ...HelpNetworkType[],
];

/** What the help depends on. Unknown facts widen the answer (both regulators, both processes). */
export interface StateHelpFacts {
  readonly network?: HelpNetworkType | null;
  readonly program?: Program | null;
  readonly funding?: Funding | null;
}

/** A field of an entry that a person corrected on this computer or server. */
export interface CorrectionMark {
  readonly id: string;
  readonly field: string;
  /** The shipped value the correction replaces (null when the directory had none). */
  readonly shipped: string | null;
  readonly note: string | null;
  /** `YYYY-MM-DD`. */
  readonly on: string;
  readonly by: string;
  /** "Corrected locally on 2026-11-27 by Ana." */
  readonly words: string;
}

export interface ContactEntry {
  readonly name: string;
  readonly phone: string | null;
  readonly url: string | null;
  /** Which file and field the entry came from. */
  readonly source: string;
  /** When the source was current (`YYYY-MM` or `YYYY-MM-DD`). */
  readonly asOf: string;
  readonly corrections: readonly CorrectionMark[];
}

export interface InsuranceDepartmentEntry extends ContactEntry {
  readonly officePhone: string | null;
  readonly complaintUrl: string | null;
}

export type RegulatorId = 'insurance-department' | 'dmhc' | 'ebsa' | 'medicare' | 'medicaid';

/** An office that regulates health plans, with the law that gives it the job. */
export interface RegulatorEntry extends ContactEntry {
  readonly id: RegulatorId;
  readonly complaintUrl: string | null;
  /** Which plans it regulates, in plain words. */
  readonly covers: string;
  readonly citation: string;
  readonly confidence: Confidence;
}

export interface MedicaidEntry extends ContactEntry {
  readonly ombudsman: ContactEntry | null;
  readonly legalHelp: ContactEntry | null;
}

export type ExternalReviewProcess = 'state' | 'federal' | 'medicare-ire' | 'state-fair-hearing';

export interface ExternalReviewEntry {
  readonly process: ExternalReviewProcess;
  /** Who decides, in plain words. */
  readonly who: string;
  readonly infoUrl: string | null;
  readonly citation: string;
  readonly confidence: Confidence;
  /** True when the person should check this with their plan or state. */
  readonly verify: boolean;
  readonly source: string;
  readonly asOf: string;
  readonly note: string | null;
  readonly corrections: readonly CorrectionMark[];
}

/** One office to contact for this case, and why, in plain words. */
export interface CasePick {
  /** The entry it comes from (`regulators.dmhc`, `medicaid.ombudsman`, `ship` …). */
  readonly key: string;
  readonly name: string;
  readonly phone: string | null;
  readonly url: string | null;
  readonly why: string;
}

export interface StateHelp {
  readonly state: UsState;
  readonly stateName: string;
  readonly facts: Required<StateHelpFacts>;
  /** The state's department of insurance; null only for the territories, which the directory lacks. */
  readonly insuranceDepartment: InsuranceDepartmentEntry | null;
  /** Every office that may regulate the plan; `forThisCase` says which fits. */
  readonly regulators: readonly RegulatorEntry[];
  readonly consumerAssistance: ContactEntry | null;
  readonly medicaid: MedicaidEntry | null;
  /** The state's Medicare counseling program, or the national SHIP locator. */
  readonly ship: ContactEntry;
  /** 1-800-MEDICARE. */
  readonly medicare: ContactEntry;
  readonly externalReview: ExternalReviewEntry;
  /** Who to contact first for this case, in order. */
  readonly forThisCase: readonly CasePick[];
  /** Plain-language notes: what is unsure, what depends on facts the case lacks. */
  readonly notes: readonly string[];
  readonly attribution: string;
}
