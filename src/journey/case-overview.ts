import type { Case } from '../cases/case.js';
import type { CaseDeadlines } from '../deadlines/case-deadlines.js';
import type { TimelineEvent } from '../timeline/timeline-event.js';
import type { EvidenceGap } from './journey-facts.js';
import type { NextStep } from './next-step.js';

/** The case page's one read: what the person sees at the top of a case. */
export interface CaseOverview {
  readonly case: Case;
  readonly today: string;
  readonly deadlines: CaseDeadlines;
  readonly missingEvidence: readonly EvidenceGap[];
  readonly next: NextStep;
  /** The newest events, oldest first. */
  readonly timeline: readonly TimelineEvent[];
}
