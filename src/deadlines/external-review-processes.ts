import type { UsState } from '../common/us-states.js';
import type { Confidence } from './deadline-terms.js';
import type { ReviewProcess } from './deadline-rule.js';

/**
 * Which states send insured plans' external reviews to the federal process (HHS-administered or
 * the plan's accredited reviewers) instead of running their own. Self-funded job-based plans use the
 * federal process in every state (appeal-rules.md §2c). This list changes; each entry says when its
 * source was dated, and the table says when it was last checked against the reference.
 */
export const externalReviewProcessesVerifiedOn = '2026-11-27';

export interface StateReviewProcess {
  readonly process: ReviewProcess;
  readonly confidence: Confidence;
  /** The date of the newest source read for this state. */
  readonly asOf: string;
  readonly source: string;
}

const cciio2016 = 'CCIIO deck, April 2016 (appeal-rules.md §2c)';
const secondary2026 =
  'claimgotdenied.com/external-review, undated c. 2025–26 (appeal-rules.md §2c)';

const listed: Partial<Record<UsState, StateReviewProcess>> = {
  AL: {
    process: 'federal',
    confidence: 'medium',
    asOf: '2016-04-15',
    source: `${cciio2016}; ${secondary2026}`,
  },
  FL: {
    process: 'federal',
    confidence: 'medium',
    asOf: '2016-04-15',
    source: `${cciio2016}; ${secondary2026}; patientadvocates.io`,
  },
  // Federal in 2016; a newer secondary source lists them as state programs.
  AK: { process: 'federal', confidence: 'low', asOf: '2016-04-15', source: cciio2016 },
  GA: { process: 'federal', confidence: 'low', asOf: '2016-04-15', source: cciio2016 },
  WI: { process: 'federal', confidence: 'low', asOf: '2016-04-15', source: cciio2016 },
  MS: { process: 'federal', confidence: 'low', asOf: '2026-01-01', source: secondary2026 },
  OK: { process: 'federal', confidence: 'low', asOf: '2026-01-01', source: secondary2026 },
  TN: { process: 'federal', confidence: 'low', asOf: '2026-01-01', source: secondary2026 },
  WY: { process: 'federal', confidence: 'low', asOf: '2026-01-01', source: secondary2026 },
  // Act 146 of 2022: the Pennsylvania Insurance Department runs external review from 2024-01-01.
  PA: {
    process: 'state',
    confidence: 'high',
    asOf: '2024-01-01',
    source: 'media.pa.gov (PID news 488, 529)',
  },
  CA: { process: 'state', confidence: 'high', asOf: '2026-06-01', source: 'dmhc.ca.gov; CDI' },
  NY: { process: 'state', confidence: 'high', asOf: '2026-06-01', source: 'dfs.ny.gov' },
  TX: { process: 'state', confidence: 'high', asOf: '2026-06-01', source: 'tdi.texas.gov' },
  IL: {
    process: 'state',
    confidence: 'high',
    asOf: '2026-06-01',
    source: 'insurance2.illinois.gov',
  },
};

/** States on no federal list we read are taken to run their own process; that is unconfirmed. */
const assumedState: StateReviewProcess = {
  process: 'state',
  confidence: 'low',
  asOf: externalReviewProcessesVerifiedOn,
  source: 'not on any list of federal-process states read for appeal-rules.md §2c',
};

export function reviewProcessOf(state: UsState): StateReviewProcess {
  return listed[state] ?? assumedState;
}
