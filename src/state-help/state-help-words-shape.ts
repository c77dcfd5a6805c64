import type { UsState } from '../common/us-states.js';
import type { SplitState } from './plan-regulators.js';

/**
 * Every sentence the state help writes for a person, in one language. English is in
 * `state-help-words.ts`, Spanish in `state-help-words-es.ts`: a sentence missing from either does
 * not compile. Office names, phones, links, citations and sources are facts, not words: they stay
 * as the directory and the law write them.
 */
export interface StateHelpWords {
  readonly stateName: (state: UsState) => string;
  readonly why: PickWhyWords;
  readonly notes: HelpNoteWords;
  readonly review: ReviewWords;
  readonly covers: CoverWords;
  /** The mark on a field a person corrected: "Corrected locally on DATE by NAME." */
  readonly correctedLocally: (on: string, by: string) => string;
  readonly attribution: string;
}

/** Why an office is on the case's "contact first" list. */
export interface PickWhyWords {
  /** NAIC's list, for a place the directory does not cover. */
  readonly regulatorDirectory: string;
  /** A state regulator, with what it oversees (`CoverWords`). */
  readonly oversees: (covers: string) => string;
  readonly consumerAssistance: string;
  /** Medicaid.gov, for a place the directory does not cover. */
  readonly medicaidDirectory: string;
  readonly medicaidOmbudsman: string;
  readonly medicaid: string;
  readonly medicaidLegalHelp: string;
  /** 1-800-MEDICARE, for a Medicare Advantage plan. */
  readonly medicare: string;
  readonly ship: string;
  /** EBSA, for a self-funded job plan. */
  readonly ebsaSelfFunded: string;
  /** EBSA, for a job plan whose funding is not known. */
  readonly ebsaIfSelfFunded: string;
}

/** The notes under the list: what is unsure, what a missing fact would change. */
export interface HelpNoteWords {
  readonly askHowFunded: string;
  readonly stateCannotActOnSelfFunded: string;
  readonly tellKindOfPlan: string;
  readonly noDirectoryEntries: (stateName: string) => string;
  /** An office picked whose phone and site the project could not confirm. */
  readonly unconfirmed: (office: string) => string;
  /** The notes every answer ends with. */
  readonly aboutTheData: readonly [string, string];
}

/** Who decides an external review, and the notes beside it. */
export interface ReviewWords {
  readonly medicareIre: string;
  readonly medicaidFairHearing: string;
  readonly selfFundedFederal: string;
  readonly federalProcess: string;
  readonly stateRunsIt: (department: string) => string;
  readonly stateRunsItThroughRegulator: string;
  /** Independent Medical Review by one of a split state's two offices. */
  readonly independentReviewBy: (office: string) => string;
  /** The same, when the network does not say which of the two. */
  readonly independentReviewByEither: (managedCare: string, department: string) => string;
  readonly notSure: string;
  readonly federalIfSelfFunded: string;
  readonly otherProgramsOwnProcess: string;
}

/** Which plans each regulator oversees, in plain words. */
export interface CoverWords {
  /** The department of insurance, in a state with one regulator. */
  readonly insuranceDepartment: string;
  readonly ebsa: string;
  readonly split: Readonly<Record<SplitState, SplitWords>>;
}

/** A state with two regulators: what each oversees, and how a person tells which is theirs. */
export interface SplitWords {
  readonly managedCare: string;
  readonly department: string;
  readonly howToTell: string;
}
