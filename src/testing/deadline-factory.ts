import { detailsFromInput } from '../cases/case-details.js';
import type { CaseDeadline, DeadlineOfCase } from '../deadlines/case-deadlines.js';
import { buildCaseInput } from './case-factory.js';

/**
 * One open deadline of one case, as `deadlineService.acrossCases` gives it: the person's internal
 * appeal under ERISA, due 2027-03-30 (send by 2027-03-20). Override what a test needs.
 */
export function buildDeadlineOfCase(
  overrides: Partial<CaseDeadline> = {},
  caseOverrides: Partial<Pick<DeadlineOfCase['case'], 'id' | 'status' | 'version'>> = {},
): DeadlineOfCase {
  return {
    case: {
      id: 'case-1',
      status: 'denied',
      version: 1,
      ...detailsFromInput(buildCaseInput({ patient: { name: 'Ana Ruiz' } })),
      ...caseOverrides,
    },
    deadline: {
      id: 'file-internal-appeal',
      who: 'patient',
      action: 'Send your appeal to the plan',
      due: '2027-03-30',
      sendBy: '2027-03-20',
      countedFrom: 'the date on the notice (2026-10-01)',
      limit: '180 days',
      citation: '29 CFR 2560.503-1(h)(3)(i)',
      confidence: 'high',
      verify: false,
      note: null,
      source: 'appeal-rules.md §1',
      state: 'open',
      daysLeft: 100,
      ...overrides,
    },
  };
}
