import type { UsState } from '../common/us-states.js';
import {
  externalReviewProcessesVerifiedOn,
  reviewProcessOf,
} from '../deadlines/external-review-processes.js';
import type { SplitRegulators } from './plan-regulators.js';
import type { ExternalReviewEntry, RegulatorId, StateHelpFacts } from './state-help.js';

type Review = Omit<ExternalReviewEntry, 'corrections'>;

interface ReviewContext {
  readonly state: UsState;
  readonly facts: StateHelpFacts;
  readonly departmentName: string | null;
  readonly stateReviewUrl: string | null;
  readonly split: SplitRegulators | null;
  /** In a split state, the regulator the case's network points to (null: not known). */
  readonly splitPick: RegulatorId | null;
}

const notSure =
  'We are not sure which process your state uses. Check with your plan or the state insurance department.';

/** Medicare Advantage: the plan itself sends an upheld denial to Medicare's reviewer. */
const medicareIre: Review = {
  process: 'medicare-ire',
  who: 'Medicare’s Independent Review Entity. If the plan keeps its denial after your appeal, the plan must send your case there itself.',
  infoUrl: null,
  citation: '42 CFR 422.590(a)(2), (b)(2); 422.592',
  confidence: 'high',
  verify: false,
  source: 'appeal-rules.md §3',
  asOf: externalReviewProcessesVerifiedOn,
  note: null,
};

/** Medicaid managed care: after the plan's one appeal, a state fair hearing. */
const medicaidFairHearing: Review = {
  process: 'state-fair-hearing',
  who: 'A state fair hearing. You can ask for one after the plan’s appeal, within 120 days of the plan’s answer.',
  infoUrl: null,
  citation: '42 CFR 438.402(c)(1)(i); 438.408(f)(2)',
  // The 120 days reads as medium confidence in appeal-rules.md §4.
  confidence: 'medium',
  verify: false,
  source: 'appeal-rules.md §4',
  asOf: externalReviewProcessesVerifiedOn,
  note: null,
};

/** Self-funded job plans use the federal process in every state (appeal-rules.md §2c). */
const selfFundedFederal: Review = {
  process: 'federal',
  who: 'An independent reviewer under the federal process. Your plan arranges it.',
  infoUrl: null,
  citation: '45 CFR 147.136(d); 29 CFR 2590.715-2719',
  confidence: 'high',
  verify: false,
  source: 'appeal-rules.md §2c (self-funded plans use the federal process in every state)',
  asOf: externalReviewProcessesVerifiedOn,
  note: null,
};

function stateWho(context: ReviewContext): Pick<Review, 'who' | 'citation' | 'infoUrl'> {
  const { split, splitPick, departmentName, stateReviewUrl } = context;
  if (!split)
    return {
      who: departmentName
        ? `The state runs it: ${departmentName}.`
        : 'The state runs it, through its insurance regulator.',
      citation: '45 CFR 147.136(c) (a state process meeting the NAIC Model Act #76 minimums)',
      infoUrl: stateReviewUrl,
    };
  const managed = split.managedCare;
  if (splitPick === 'dmhc')
    return {
      who: `Independent Medical Review by the ${managed.name}.`,
      citation: managed.citation,
      infoUrl: managed.reviewUrl,
    };
  const department = departmentName ?? 'Department of Insurance';
  if (splitPick === 'insurance-department')
    return {
      who: `Independent Medical Review by the ${department}.`,
      citation: split.department.citation,
      infoUrl: stateReviewUrl,
    };
  return {
    who: `Independent Medical Review: by the ${managed.name} for HMOs and most managed-care plans, or by the ${department} for insured PPO, EPO and indemnity plans.`,
    citation: `${managed.citation}; ${split.department.citation}`,
    infoUrl: stateReviewUrl,
  };
}

/** Where external review goes for this plan, with its law and how sure the project is. */
export function externalReviewFor(context: ReviewContext): Review {
  const { program, funding } = context.facts;
  if (program === 'medicare-advantage') return medicareIre;
  if (program === 'medicaid-managed-care') return medicaidFairHearing;
  if (program === 'employer-group' && funding === 'self-funded') return selfFundedFederal;

  const listed = reviewProcessOf(context.state);
  const notes: string[] = [];
  if (listed.confidence === 'low') notes.push(notSure);
  if (program === 'employer-group' && !funding)
    notes.push('If your job plan is self-funded, the federal process applies instead.');
  if (!program) notes.push('Medicare Advantage and Medicaid plans use their own processes.');
  const where =
    listed.process === 'state'
      ? stateWho(context)
      : {
          who: 'The federal process: HHS, or an independent reviewer your plan arranges.',
          citation: '45 CFR 147.136(d)',
          infoUrl: null,
        };
  return {
    process: listed.process,
    ...where,
    confidence: listed.confidence,
    verify: listed.confidence === 'low',
    source: listed.source,
    asOf: listed.asOf,
    note: notes.length > 0 ? notes.join(' ') : null,
  };
}
