import type { NetworkType, Program } from '../cases/case-terms.js';
import { programs } from '../cases/case-terms.js';
import type { UsState } from '../common/us-states.js';

/**
 * A second-opinion case: the question a person wants answered, what matters most to them, how
 * their plan covers another doctor's view, and the opinions they gather. It lives beside appeal
 * cases (one row in `cases` with kind `second-opinion`), so it shares their timeline, documents,
 * tasks and letters. The first doctor's view is the first opinion of the list.
 * Ids are stable: they appear in the API, the CLI and the database.
 */

/** What the person wants a second look at. */
export const questionKinds = {
  diagnosis: 'Is the diagnosis right?',
  treatment: 'Is this the right treatment plan?',
  surgery: 'Do I need this surgery, or is there another way?',
} as const;
export type QuestionKind = keyof typeof questionKinds;
export const questionKindIds = Object.keys(questionKinds) as [QuestionKind, ...QuestionKind[]];

/** Kinds of condition that add their own questions (and weigh toward a second opinion). */
export const conditionKinds = {
  cancer: 'Cancer',
  rare: 'A rare disease',
  chronic: 'A long-lasting (chronic) condition',
  other: 'Something else, or not sure',
} as const;
export type ConditionKind = keyof typeof conditionKinds;
export const conditionKindIds = Object.keys(conditionKinds) as [ConditionKind, ...ConditionKind[]];

/** What matters most to the person, in their words; the comparison weighs each opinion against it. */
export const goals = {
  'live-longer': 'Living as long as possible',
  'avoid-surgery': 'Avoiding surgery if I safely can',
  'keep-working': 'Staying at work',
  'quality-of-life': 'Feeling well day to day',
  'fewer-side-effects': 'Fewer side effects',
  'lower-cost': 'Keeping costs down',
  'near-home': 'Getting care close to home',
  'quick-recovery': 'Recovering quickly',
} as const;
export type Goal = keyof typeof goals;
export const goalIds = Object.keys(goals) as [Goal, ...Goal[]];

/**
 * The plan a second opinion is paid by. Wider than an appeal case's program: Original Medicare
 * covers second and third surgical opinions, and a person may not know their plan yet.
 */
export const coveragePrograms = {
  ...programs,
  'original-medicare': 'Original Medicare (Part A and Part B, with the red, white and blue card)',
  'not-sure': 'I am not sure what kind of plan I have',
} as const;
export type CoverageProgram = keyof typeof coveragePrograms;
export const coverageProgramIds = Object.keys(coveragePrograms) as [
  CoverageProgram,
  ...CoverageProgram[],
];
/** An appeal case's program, when the coverage program is one (a refused referral becomes an appeal). */
export function appealProgramOf(program: CoverageProgram): Program | null {
  return program === 'original-medicare' || program === 'not-sure' ? null : program;
}

/** The answers to "Should I get a second opinion?" (each a yes or no; not answered is false). */
export const checkReasons = {
  'serious-diagnosis': 'The diagnosis is serious or life-changing',
  'rare-diagnosis': 'The condition is rare',
  'major-surgery': 'A major surgery is planned',
  'risky-treatment': 'The treatment is risky, long or hard to undo',
  'not-at-ease': 'I do not feel at ease with the plan or the doctor',
  'not-improving': 'My symptoms are not getting better with treatment',
  'diagnosis-incomplete': 'The diagnosis feels unclear or incomplete',
  'want-options': 'I want to know my other options',
  'tests-conflict': 'Test results are unclear or do not agree',
} as const;
export type CheckReason = keyof typeof checkReasons;
export const checkReasonIds = Object.keys(checkReasons) as [CheckReason, ...CheckReason[]];

export interface CheckAnswers {
  /** The reasons that apply, from `checkReasons`. */
  readonly reasons: readonly CheckReason[];
  /** Care is needed right now (an emergency): get care first; an opinion must not delay it. */
  readonly emergency: boolean;
  /** The person wants a second opinion, whatever the reasons: never talked out of it. */
  readonly wantsOne: boolean;
}

/** How the plan pays for care: what the coverage and referral rules are chosen by. */
export interface Coverage {
  readonly insurer: string | null;
  readonly program: CoverageProgram;
  readonly networkType: NetworkType | null;
  readonly state: UsState | null;
  readonly memberId: string | null;
  /** The primary care doctor, who writes an HMO's referral. */
  readonly primaryDoctor: string | null;
}

/** Where the referral stands, when the plan needs one (HMO, POS, many Medicaid and MA plans). */
export const referralStatuses = {
  'not-needed': 'No referral is needed',
  'to-ask': 'I still need to ask for the referral',
  asked: 'I asked and am waiting for an answer',
  approved: 'The referral was approved',
  refused: 'The referral was refused',
} as const;
export type ReferralStatus = keyof typeof referralStatuses;
export const referralStatusIds = Object.keys(referralStatuses) as [
  ReferralStatus,
  ...ReferralStatus[],
];

/** One question to ask at the visit, with room for the answer the doctor gave. */
export interface VisitQuestion {
  readonly id: string;
  readonly text: string;
  /** Where it came from: the standard list, a situation's list, or the person. */
  readonly source: 'standard' | 'surgery' | 'cancer' | 'rare' | 'own';
  readonly answer: string | null;
}

export const secondOpinionStatuses = {
  open: 'Gathering opinions',
  decided: 'Decided',
} as const;
export type SecondOpinionStatus = keyof typeof secondOpinionStatuses;
export const secondOpinionStatusIds = Object.keys(secondOpinionStatuses) as [
  SecondOpinionStatus,
  ...SecondOpinionStatus[],
];

export interface SecondOpinionCase {
  readonly id: string;
  readonly ownerId: string;
  readonly status: SecondOpinionStatus;
  readonly patient: { readonly name: string; readonly dateOfBirth: string | null };
  /** The question to answer, in the person's words ("Do I need a knee replacement?"). */
  readonly question: string;
  readonly questionKind: QuestionKind;
  /** The condition, in the person's words, when known ("early breast cancer"). */
  readonly condition: string | null;
  readonly conditionKind: ConditionKind | null;
  readonly goals: readonly Goal[];
  /** More about what matters, in the person's words. */
  readonly goalsNote: string | null;
  /** The "should I get one?" answers, once given. */
  readonly check: CheckAnswers | null;
  readonly coverage: Coverage;
  readonly referral: {
    readonly status: ReferralStatus | null;
    /** The appeal case opened when a referral was refused. */
    readonly appealCaseId: string | null;
  };
  /** The question list for the visit; empty until the person makes it (or it is suggested). */
  readonly questions: readonly VisitQuestion[];
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a list of second-opinion cases shows of each. */
export interface SecondOpinionSummary {
  readonly id: string;
  readonly status: SecondOpinionStatus;
  readonly patient: { readonly name: string };
  readonly question: string;
  readonly opinionCount: number;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}
