import type { UsState } from '../common/us-states.js';
import type { Confidence } from '../deadlines/deadline-terms.js';
import { stateHelpDataAsOf } from './state-help-data.js';
import type { HelpNetworkType, RegulatorId } from './state-help.js';

/**
 * Which office regulates a plan, as data. Most states have one regulator for insured plans: the
 * department of insurance. A few split them by plan type; California is the one this project has
 * read (appeal-rules.md §2d). Self-funded job plans answer to the U.S. Department of Labor, since
 * ERISA preempts state insurance law for them.
 */
export interface RegulatorFacts {
  readonly name: string;
  readonly phone: string | null;
  readonly url: string | null;
  readonly complaintUrl: string | null;
  readonly covers: string;
  readonly citation: string;
  readonly confidence: Confidence;
  readonly source: string;
  readonly asOf: string;
}

/** What the department of insurance oversees, and on what law, in a state with one regulator. */
export const insuranceDepartmentRole = {
  covers:
    'Health plans sold by insurance companies in the state (not self-funded job plans, Medicare or Medicaid)',
  citation: 'State insurance law; external review under 45 CFR 147.136(c) (NAIC Model Act #76)',
  confidence: 'high',
} as const satisfies Pick<RegulatorFacts, 'covers' | 'citation' | 'confidence'>;

export interface SplitRegulators {
  /** The second regulator, beside the department of insurance. */
  readonly managedCare: RegulatorFacts & { readonly id: RegulatorId; readonly reviewUrl: string };
  /** The department of insurance's share. */
  readonly department: Pick<RegulatorFacts, 'covers' | 'citation' | 'confidence'>;
  /** Which of the two a network type answers to; a type not listed could be either. */
  readonly byNetwork: Partial<Record<HelpNetworkType, RegulatorId>>;
  readonly howToTell: string;
}

export const splitRegulatorStates: Partial<Record<UsState, SplitRegulators>> = {
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
      covers: 'HMOs and most other managed-care plans, including most Covered California plans',
      citation:
        'Cal. Health & Safety Code §1374.30 et seq. (Knox-Keene Act, Independent Medical Review)',
      confidence: 'high',
      source:
        'appeal-rules.md §2d (dmhc.ca.gov/FileaComplaint.aspx); state_help.json: california.additional_resources',
      asOf: stateHelpDataAsOf,
    },
    department: {
      covers: 'Insured PPO, EPO and indemnity plans',
      citation: 'Cal. Ins. Code §10169 et seq. (Independent Medical Review)',
      confidence: 'high',
    },
    byNetwork: {
      hmo: 'dmhc',
      ppo: 'insurance-department',
      epo: 'insurance-department',
      indemnity: 'insurance-department',
    },
    howToTell:
      'California has two offices for health plans. HMOs and most managed-care plans go to the Department of Managed Health Care. Insured PPO, EPO and indemnity plans go to the Department of Insurance. Your plan card or plan papers may say which one oversees your plan.',
  },
};

export const ebsa: RegulatorFacts & { readonly id: RegulatorId } = {
  id: 'ebsa',
  name: 'U.S. Department of Labor, Employee Benefits Security Administration (EBSA)',
  phone: '866-444-3272',
  url: 'https://www.askebsa.dol.gov/',
  complaintUrl: 'https://www.askebsa.dol.gov/',
  covers: 'Self-funded job-based plans (the employer pays the claims)',
  citation: 'ERISA, 29 U.S.C. 1132 and 1144; claims rules at 29 CFR 2560.503-1',
  // The line and site are as dol.gov generally publishes them; not read in the shared reference.
  confidence: 'low',
  source:
    'dol.gov as generally published (not read in appeal-rules.md) — verify before relying on it',
  asOf: '2026-11-27',
};
