import type { UsState } from '../common/us-states.js';
import {
  externalReviewProcessesVerifiedOn,
  reviewProcessOf,
} from '../deadlines/external-review-processes.js';
import type { SplitRegulators } from './plan-regulators.js';
import type { ExternalReviewEntry, RegulatorId, StateHelpFacts } from './state-help.js';
import type { ReviewWords } from './state-help-words-shape.js';

type Review = Omit<ExternalReviewEntry, 'corrections'>;
/** A process that does not depend on the state, without its words. */
type FixedReview = Omit<Review, 'who'>;

/** The process with who decides it, `who` second as in every answer. */
const withWho = ({ process, ...rest }: FixedReview, who: string): Review => ({
  process,
  who,
  ...rest,
});

interface ReviewContext {
  readonly words: ReviewWords;
  readonly state: UsState;
  readonly facts: StateHelpFacts;
  readonly departmentName: string | null;
  readonly stateReviewUrl: string | null;
  readonly split: SplitRegulators | null;
  /** In a split state, the regulator the case's network points to (null: not known). */
  readonly splitPick: RegulatorId | null;
}

/** Medicare Advantage: the plan itself sends an upheld denial to Medicare's reviewer. */
const medicareIre: FixedReview = {
  process: 'medicare-ire',
  infoUrl: null,
  citation: '42 CFR 422.590(a)(2), (b)(2); 422.592',
  confidence: 'high',
  verify: false,
  source: 'appeal-rules.md §3',
  asOf: externalReviewProcessesVerifiedOn,
  note: null,
};

/** Medicaid managed care: after the plan's one appeal, a state fair hearing. */
const medicaidFairHearing: FixedReview = {
  process: 'state-fair-hearing',
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
const selfFundedFederal: FixedReview = {
  process: 'federal',
  infoUrl: null,
  citation: '45 CFR 147.136(d); 29 CFR 2590.715-2719',
  confidence: 'high',
  verify: false,
  source: 'appeal-rules.md §2c (self-funded plans use the federal process in every state)',
  asOf: externalReviewProcessesVerifiedOn,
  note: null,
};

function stateWho(context: ReviewContext): Pick<Review, 'who' | 'citation' | 'infoUrl'> {
  const { words, split, splitPick, departmentName, stateReviewUrl } = context;
  if (!split)
    return {
      who: departmentName ? words.stateRunsIt(departmentName) : words.stateRunsItThroughRegulator,
      citation: '45 CFR 147.136(c) (a state process meeting the NAIC Model Act #76 minimums)',
      infoUrl: stateReviewUrl,
    };
  const managed = split.managedCare;
  if (splitPick === 'dmhc')
    return {
      who: words.independentReviewBy(managed.name),
      citation: managed.citation,
      infoUrl: managed.reviewUrl,
    };
  // An office name, so it stays as written in every language.
  const department = departmentName ?? 'Department of Insurance';
  if (splitPick === 'insurance-department')
    return {
      who: words.independentReviewBy(department),
      citation: split.department.citation,
      infoUrl: stateReviewUrl,
    };
  return {
    who: words.independentReviewByEither(managed.name, department),
    citation: `${managed.citation}; ${split.department.citation}`,
    infoUrl: stateReviewUrl,
  };
}

/** Where external review goes for this plan, with its law and how sure the project is. */
export function externalReviewFor(context: ReviewContext): Review {
  const { words } = context;
  const { program, funding } = context.facts;
  if (program === 'medicare-advantage') return withWho(medicareIre, words.medicareIre);
  if (program === 'medicaid-managed-care')
    return withWho(medicaidFairHearing, words.medicaidFairHearing);
  if (program === 'employer-group' && funding === 'self-funded')
    return withWho(selfFundedFederal, words.selfFundedFederal);

  const listed = reviewProcessOf(context.state);
  const notes: string[] = [];
  if (listed.confidence === 'low') notes.push(words.notSure);
  if (program === 'employer-group' && !funding) notes.push(words.federalIfSelfFunded);
  if (!program) notes.push(words.otherProgramsOwnProcess);
  const where =
    listed.process === 'state'
      ? stateWho(context)
      : {
          who: words.federalProcess,
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
