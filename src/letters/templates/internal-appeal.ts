import { guidanceOf } from '../letter-parts.js';
import { categoryArgument, de, restsOnMedicalJudgment } from '../category-arguments.js';
import { governingLawOf } from '../governing-law.js';
import type { LetterFacts, LetterLang, LetterTemplate } from '../letter.js';
import { planLetterNeeds } from '../letter-facts.js';
import {
  isMedicareDrugAppeal,
  medicareDrugNextStep,
  medicareDrugNote,
  medicareReviewOf,
  medicareReviewWord,
} from '../medicare-drug-appeals.js';
import {
  argumentBody,
  careAtIssue,
  continuedCoverage,
  deadlineStep,
  firstSteps,
  onBehalf,
  planLetter,
  replyParagraph,
  sendStep,
  standardEnclosures,
  statedReason,
} from './plan-letter.js';

/**
 * The first appeal to the plan (in Medicare Advantage, the request for reconsideration): the ask,
 * the plan's reason answered with the argument for its category, the governing law, the full and
 * fair review, and the enclosures that prove it.
 */

function ask(facts: LetterFacts, lang: LetterLang): string {
  const care = careAtIssue(facts, lang);
  const review = medicareReviewOf(facts);
  if (lang === 'es') {
    const asking = review ? `pedir la ${medicareReviewWord(review, lang)} de` : 'apelar';
    return `Le escribo${onBehalf(facts, lang)} para ${asking} la decisión de ${facts.plan.insurer} de negar la cobertura ${de(care)}. Le pido que revierta la negación y cubra esta atención según los términos del plan.`;
  }
  const asking = review ? `ask for a ${medicareReviewWord(review, lang)} of` : 'appeal';
  return `I am writing${onBehalf(facts, lang)} to ${asking} ${facts.plan.insurer}’s decision to deny coverage for ${care}. I ask you to reverse the denial and cover this care under the terms of the plan.`;
}

/** The letter's title: what the program calls this first review. */
function titleOf(facts: LetterFacts, lang: LetterLang): string {
  const review = medicareReviewOf(facts);
  if (!review) return lang === 'es' ? 'Apelación interna' : 'Internal appeal';
  return lang === 'es'
    ? `Solicitud de ${medicareReviewWord(review, lang)}`
    : `Request for ${medicareReviewWord(review, lang)}`;
}

/** What comes after this appeal, in the program's own ladder. */
function nextStep(facts: LetterFacts, lang: LetterLang): string {
  const es = lang === 'es';
  switch (facts.plan.program) {
    case 'employer-group':
    case 'individual-market':
      return es
        ? 'Si el plan vuelve a decir que no, quizás pueda pedir una revisión externa independiente.'
        : 'If the plan says no again, you may be able to ask for an outside (external) review.';
    case 'medicare-advantage':
      if (isMedicareDrugAppeal(facts)) return medicareDrugNextStep(lang);
      return es
        ? 'Si el plan vuelve a decir que no, debe enviar su caso a un revisor independiente. No tiene que pedirlo.'
        : 'If the plan says no again, it must send your case to an outside reviewer. You do not have to ask.';
    case 'medicaid-managed-care':
      return es
        ? 'Si el plan vuelve a decir que no, puede pedir una audiencia imparcial a su estado.'
        : 'If the plan says no again, you can ask your state for a fair hearing.';
  }
}

export const internalAppeal: LetterTemplate = {
  kind: 'internal-appeal',
  audience: 'plan',
  requires: planLetterNeeds,
  write(facts, lang) {
    const law = governingLawOf(facts);
    const argument = categoryArgument(facts, lang);
    const title = titleOf(facts, lang);
    const document = planLetter(facts, lang, {
      kind: 'internal-appeal',
      title,
      subject:
        lang === 'es'
          ? `${medicareReviewOf(facts) ? title : 'Apelación'} de una negación de cobertura`
          : `${medicareReviewOf(facts) ? title : 'Appeal'} of a denial of coverage`,
      body: [
        ask(facts, lang),
        statedReason(facts, lang),
        ...argumentBody(argument),
        continuedCoverage(facts, lang),
        law.basis(facts.plan.funding, lang),
        law.fullAndFairReview(lang, restsOnMedicalJudgment(facts.denial.category)),
        replyParagraph(facts, lang),
      ],
      enclosures: [...standardEnclosures(facts, lang), ...argument.enclosures],
    });
    return {
      document,
      guidance: guidanceOf(lang, [
        ...firstSteps(lang),
        sendStep(lang),
        deadlineStep(lang),
        nextStep(facts, lang),
        ...(isMedicareDrugAppeal(facts) ? [medicareDrugNote(lang)] : []),
      ]),
    };
  },
};
