import type { UsState } from '../common/us-states.js';
import type { Confidence } from '../deadlines/deadline-terms.js';
import { stateHelpDataAsOf } from './state-help-data.js';
import type { HelpNetworkType, RegulatorId } from './state-help.js';

/**
 * Which office regulates a plan, as data. Most states have one regulator for insured plans: the
 * department of insurance. A few split them by plan type; California is the one this project has
 * read (appeal-rules.md §2d). Self-funded job plans answer to the U.S. Department of Labor, since
 * ERISA preempts state insurance law for them. What each one oversees, in plain words, is in the
 * words (`CoverWords` in `state-help-words-shape.ts`), in English and Spanish.
 */
export interface RegulatorFacts {
  readonly name: string;
  readonly phone: string | null;
  readonly url: string | null;
  readonly complaintUrl: string | null;
  readonly citation: string;
  readonly confidence: Confidence;
  readonly source: string;
  readonly asOf: string;
}

/** The law of the department of insurance, in a state with one regulator. */
export const insuranceDepartmentRole = {
  citation: 'State insurance law; external review under 45 CFR 147.136(c) (NAIC Model Act #76)',
  confidence: 'high',
} as const satisfies Pick<RegulatorFacts, 'citation' | 'confidence'>;

export interface SplitRegulators {
  /** The second regulator, beside the department of insurance. */
  readonly managedCare: RegulatorFacts & { readonly id: RegulatorId; readonly reviewUrl: string };
  /** The law of the department of insurance's share. */
  readonly department: Pick<RegulatorFacts, 'citation' | 'confidence'>;
  /** Which of the two a network type answers to; a type not listed could be either. */
  readonly byNetwork: Partial<Record<HelpNetworkType, RegulatorId>>;
}

/** The states this project knows to split their regulators. */
export type SplitState = 'CA';

export const splitRegulatorStates: Readonly<Record<SplitState, SplitRegulators>> = {
  CA: {
    managedCare: {
      id: 'dmhc',
      name: 'California Department of Managed Health Care',
      // No phone line in the directory or the reference: a person can add it as a correction.
      phone: null,
      url: 'https://www.dmhc.ca.gov/',
      complaintUrl: 'https://www.dmhc.ca.gov/FileaComplaint.aspx',
      reviewUrl:
        'https://www.dmhc.ca.gov/FileaComplaint/ConsumerIndependentMedicalReviewComplaint.aspx',
      citation:
        'Cal. Health & Safety Code §1374.30 et seq. (Knox-Keene Act, Independent Medical Review)',
      confidence: 'high',
      source:
        'appeal-rules.md §2d (dmhc.ca.gov/FileaComplaint.aspx); state_help.json: california.additional_resources',
      asOf: stateHelpDataAsOf,
    },
    department: {
      citation: 'Cal. Ins. Code §10169 et seq. (Independent Medical Review)',
      confidence: 'high',
    },
    byNetwork: {
      hmo: 'dmhc',
      ppo: 'insurance-department',
      epo: 'insurance-department',
      indemnity: 'insurance-department',
    },
  },
};

const isSplitState = (state: UsState): state is SplitState =>
  Object.hasOwn(splitRegulatorStates, state);

/** The state, if it splits its regulators; null for a state with one. */
export const splitStateOf = (state: UsState): SplitState | null =>
  isSplitState(state) ? state : null;

export const ebsa: RegulatorFacts & { readonly id: RegulatorId } = {
  id: 'ebsa',
  name: 'U.S. Department of Labor, Employee Benefits Security Administration (EBSA)',
  phone: '866-444-3272',
  url: 'https://www.askebsa.dol.gov/',
  complaintUrl: 'https://www.askebsa.dol.gov/',
  citation: 'ERISA, 29 U.S.C. 1132 and 1144; claims rules at 29 CFR 2560.503-1',
  // The line and site are as dol.gov generally publishes them; not read in the shared reference.
  confidence: 'low',
  source:
    'dol.gov as generally published (not read in appeal-rules.md) — verify before relying on it',
  asOf: '2026-11-27',
};
