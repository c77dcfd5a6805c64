import type { Lang } from '../common/lang.js';
import type { JourneyFacts } from './journey-facts.js';
import { spanishStepWords } from './next-step-words-es.js';
import type { NextStepId, StepContext, StepWords } from './next-step-words-shape.js';

export { nextStepIds } from './next-step-words-shape.js';
export type { NextStepId, StepContext, StepWords } from './next-step-words-shape.js';

/**
 * The words of each next step, for the patient: short sentences, what to do first, then why it
 * matters. Kept apart from the engine so the engine reads as the ladder and this reads as prose.
 */

/** Drug-list and step-therapy denials in Medicare Advantage are Part D: the plan may not forward them. */
const isMedicareDrug = (facts: JourneyFacts) =>
  facts.case.plan.program === 'medicare-advantage' &&
  (facts.case.denial.category === 'formulary' || facts.case.denial.category === 'step-therapy');

function englishStepWords({ plan, firstGap, drug }: StepContext): StepWords {
  const actions: Record<NextStepId, string> = {
    'add-missing-facts': 'Add the date on the denial letter to your case',
    'deadline-passed':
      'Your deadline has passed. Send your appeal now anyway, and ask the plan to accept it late',
    'gather-evidence': firstGap ? `Gather your evidence: ${firstGap}` : 'Gather your evidence',
    'write-expedited-appeal': 'Write your urgent (expedited) appeal today',
    'write-letter': 'Write your appeal letter',
    'send-letter': 'Send your letter, then mark it as sent',
    'follow-notice-instructions':
      'Follow the steps in the plan’s last letter to ask for the next review',
    'follow-up-call': 'Make the follow-up call you were promised',
    'ask-supervisor': 'Call again and ask for a supervisor',
    'chase-decision': `The decision is late. Call ${plan} and ask for it`,
    'wait-for-decision': 'Wait for the decision, and call if it is late',
    'wait-for-reviewer': 'Wait for the outside reviewer’s decision',
    'confirm-forwarding': drug
      ? 'Ask for an outside review of the drug decision'
      : `Check that ${plan} sent your case to the outside reviewer`,
    'request-external-review': 'Ask for an outside (external) review',
    'request-fair-hearing': 'Ask your state for a fair hearing',
    'next-level': 'Ask for the next level of review',
    'get-state-help': 'Get help from your state',
    'check-payment': `Check that ${plan} paid the claim`,
    'confirm-and-close': 'Check the payment matches, then close the case',
    'wait-for-regulator': 'Wait for the regulator’s answer, and follow up',
    'nothing-to-do': 'Nothing to do on this case',
  };

  const whys: Record<NextStepId, string> = {
    'add-missing-facts':
      'Your deadlines count from that date. Without it, we cannot tell you when to act.',
    'deadline-passed':
      'Plans can accept a late appeal for a good reason, like illness. Say why it is late. A state consumer help line can help you ask.',
    'gather-evidence':
      'Appeals are won with proof. The plan’s reason is answered best by the papers that show it is wrong.',
    'write-expedited-appeal':
      'Your health cannot wait. An urgent appeal must be decided within 72 hours once your doctor says it is urgent.',
    'write-letter':
      'A clear letter that answers the plan’s reason is the heart of your appeal. We fill it in from your case.',
    'send-letter':
      'The plan’s clock starts when it gets your appeal. Keep proof of the day you sent it.',
    'follow-notice-instructions':
      'This level has its own form and address. The plan’s letter says where to send it and by when.',
    'follow-up-call':
      'Someone promised to call back or do something by a date that has passed. Calling keeps your case moving.',
    'ask-supervisor':
      'You have called about the same question several times without progress. A supervisor can fix what the first person cannot. Ask for their name, an ID and a reference number.',
    'chase-decision':
      'The plan had a set time to decide. Ask for the decision in writing. If it still does not answer, a regulator can step in.',
    'wait-for-decision':
      'The plan has a set time to decide. If you hear nothing by then, call and ask.',
    'wait-for-reviewer':
      'An outside reviewer now has your case. Send any new papers as soon as you can.',
    'confirm-forwarding': drug
      ? 'For drug appeals, the plan may not send your case on by itself. Its letter says how to ask, and by when.'
      : 'Medicare Advantage plans must send a second “no” to an outside reviewer on their own. Make sure it happened, and add your papers.',
    'request-external-review':
      'An outside reviewer who does not work for the plan can overturn the denial. The plan must follow that decision.',
    'request-fair-hearing':
      'After the plan’s appeal, a state hearing officer can overturn the denial.',
    'next-level': 'Each level is a new chance to win.',
    'get-state-help':
      'The appeals are used up. Your state’s insurance department or consumer help program can still step in.',
    'check-payment':
      'A win only counts once the claim is paid. Compare the new explanation of benefits (EOB) with the bill.',
    'confirm-and-close':
      'Make sure the bill now shows what you owe after the payment. Then close the case.',
    'wait-for-regulator':
      'The regulator will look into your complaint. Note every call and letter here.',
    'nothing-to-do': 'This case is closed.',
  };

  return {
    actions,
    whys,
    missingFacts: (missing) =>
      `Your deadlines count from ${missing.join(' and ')}. Without it, we cannot tell you when to act.`,
    appealTheRest: 'Part of the claim is still denied. You can appeal that part.',
    secondLevelOffered:
      'Your plan may offer a second appeal first. Its letter says so. You can skip it and ask for an outside review.',
    eligibilityNote: (citation) =>
      `Which denials an outside reviewer can take: ${citation}. The reviewer decides in the end.`,
    nextLevel: (level) => `Next comes: ${level.name}. ${level.decidedBy} decides.`,
  };
}

const stepWordsIn: Record<Lang, (context: StepContext) => StepWords> = {
  en: englishStepWords,
  es: spanishStepWords,
};

/**
 * The words of the next steps of a case, in `lang`. The evidence labels in `facts` are expected in
 * the same language (the journey service words them).
 */
export function nextStepWords(facts: JourneyFacts, lang: Lang = 'en') {
  const firstGap = facts.missingEvidence.find((gap) => gap.essential) ?? facts.missingEvidence[0];
  const words = stepWordsIn[lang]({
    plan: facts.case.plan.insurer,
    firstGap: firstGap?.label ?? null,
    drug: isMedicareDrug(facts),
  });
  return {
    action: (id: NextStepId) => words.actions[id],
    why: (id: NextStepId) => words.whys[id],
    missingFacts: words.missingFacts,
    appealTheRest: () => words.appealTheRest,
    secondLevelOffered: () => words.secondLevelOffered,
    eligibilityNote: words.eligibilityNote,
    nextLevel: words.nextLevel,
  };
}

export type NextStepWords = ReturnType<typeof nextStepWords>;
