import type { Lang } from '../common/lang.js';
import { usStates } from '../common/us-states.js';
import { spanishStateHelpWords } from './state-help-words-es.js';
import type { StateHelpWords } from './state-help-words-shape.js';

/** The state help's sentences in English, and both languages by `Lang`. */
export const englishStateHelpWords: StateHelpWords = {
  stateName: (state) => usStates[state],
  why: {
    regulatorDirectory:
      'Overturn has no entry for this place yet. This list names every state and territory’s insurance regulator.',
    oversees: (covers) => `Oversees: ${covers}. You can file a complaint about your plan there.`,
    consumerAssistance: 'Free help with health coverage problems, including appeals.',
    medicaidDirectory: 'Finds your Medicaid program.',
    medicaidOmbudsman: 'Helps Medicaid members with problems with their plan.',
    medicaid: 'Runs Medicaid in your state. Ask it about a state fair hearing.',
    medicaidLegalHelp: 'Free legal help with Medicaid problems.',
    medicare:
      'Medicare Advantage plans answer to Medicare, not to the state. Call to complain about the plan.',
    ship: 'Free Medicare counseling. A counselor can help with your appeal.',
    ebsaSelfFunded:
      'Your plan is self-funded, so federal law (ERISA) governs it and the U.S. Department of Labor oversees it.',
    ebsaIfSelfFunded:
      'Only if your job plan is self-funded: then the U.S. Department of Labor oversees it, not the state.',
  },
  notes: {
    askHowFunded:
      'Ask your employer’s benefits office whether the plan is self-funded or fully insured. That decides who oversees it.',
    stateCannotActOnSelfFunded:
      'The state insurance department cannot act on a self-funded plan. It may still tell you where to go.',
    tellKindOfPlan:
      'Tell Overturn the kind of plan (through a job, bought yourself, Medicare Advantage or Medicaid) to see the right office.',
    noDirectoryEntries: (stateName) => `Overturn’s directory has no entries for ${stateName} yet.`,
    unconfirmed: (office) =>
      `We could not confirm the phone and site of the ${office}. Check them before you rely on them.`,
    aboutTheData: [
      'These contacts come from a public directory and may have changed. If one is wrong, you can correct it.',
      'Overturn does not contact these offices for you. What they can do depends on your plan.',
    ],
  },
  review: {
    medicareIre:
      'Medicare’s Independent Review Entity. If the plan keeps its denial after your appeal, the plan must send your case there itself.',
    medicaidFairHearing:
      'A state fair hearing. You can ask for one after the plan’s appeal, within 120 days of the plan’s answer.',
    selfFundedFederal: 'An independent reviewer under the federal process. Your plan arranges it.',
    federalProcess: 'The federal process: HHS, or an independent reviewer your plan arranges.',
    stateRunsIt: (department) => `The state runs it: ${department}.`,
    stateRunsItThroughRegulator: 'The state runs it, through its insurance regulator.',
    independentReviewBy: (office) => `Independent Medical Review by the ${office}.`,
    independentReviewByEither: (managedCare, department) =>
      `Independent Medical Review: by the ${managedCare} for HMOs and most managed-care plans, or by the ${department} for insured PPO, EPO and indemnity plans.`,
    notSure:
      'We are not sure which process your state uses. Check with your plan or the state insurance department.',
    federalIfSelfFunded: 'If your job plan is self-funded, the federal process applies instead.',
    otherProgramsOwnProcess: 'Medicare Advantage and Medicaid plans use their own processes.',
  },
  covers: {
    insuranceDepartment:
      'Health plans sold by insurance companies in the state (not self-funded job plans, Medicare or Medicaid)',
    ebsa: 'Self-funded job-based plans (the employer pays the claims)',
    split: {
      CA: {
        managedCare:
          'HMOs and most other managed-care plans, including most Covered California plans',
        department: 'Insured PPO, EPO and indemnity plans',
        howToTell:
          'California has two offices for health plans. HMOs and most managed-care plans go to the Department of Managed Health Care. Insured PPO, EPO and indemnity plans go to the Department of Insurance. Your plan card or plan papers may say which one oversees your plan.',
      },
    },
  },
  correctedLocally: (on, by) => `Corrected locally on ${on} by ${by}.`,
  attribution:
    'State contacts from the state help directory curated by the Fight Health Insurance project (August 2026), Apache License 2.0.',
};

export const stateHelpWords: Readonly<Record<Lang, StateHelpWords>> = {
  en: englishStateHelpWords,
  es: spanishStateHelpWords,
};
