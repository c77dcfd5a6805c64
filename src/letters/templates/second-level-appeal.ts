import { categoryArgument, de, factWords, restsOnMedicalJudgment } from '../category-arguments.js';
import type { CitedText } from '../governing-law.js';
import { governingLawOf } from '../governing-law.js';
import {
  isMedicareDrugAppeal,
  medicareDrugNextStep,
  medicareDrugNote,
} from '../medicare-drug-appeals.js';
import type { LetterFacts, LetterLang, LetterTemplate } from '../letter.js';
import { guidanceOf, printedDate } from '../letter-parts.js';
import { planLetterNeeds } from '../letter-facts.js';
import {
  argumentBody,
  careAtIssue,
  continuedCoverage,
  deadlineStep,
  onBehalf,
  planLetter,
  replyParagraph,
  sendStep,
  standardEnclosures,
  statedReason,
} from './plan-letter.js';

/**
 * The appeal after an internal loss: it answers the reasons the plan gave in its appeal decision,
 * adds what is new, and asks for a fresh reviewer. Only job-based plans may have a second internal
 * level (the individual market has one level, 45 CFR 147.136(b)(3)(ii)(G), medium for the
 * paragraph; Medicaid has one, 42 CFR 438.402(b), high; Medicare Advantage sends its own denial on
 * to the IRE, 42 CFR 422.592, high). For those programs the letter says what it becomes if the
 * plan's decision was final, and the guidance names the real next step.
 */

const cited = (text: string, ...citations: string[]): CitedText => ({ text, citations });

function ask(facts: LetterFacts, lang: LetterLang): string {
  const care = careAtIssue(facts, lang);
  const dated = facts.denial.noticeDate && printedDate(facts.denial.noticeDate, lang);
  if (lang === 'es') {
    return `Le escribo${onBehalf(facts, lang)} para pedir una revisión de segundo nivel de la decisión de ${facts.plan.insurer}${dated ? ` del ${dated}` : ''}, que mantuvo la negación de la cobertura ${de(care)}. Le pido que revierta esa decisión y cubra esta atención según los términos del plan.`;
  }
  return `I am writing${onBehalf(facts, lang)} to ask for a second-level review of ${facts.plan.insurer}’s decision${dated ? ` of ${dated},` : ''} upholding its denial of coverage for ${care}. I ask you to reverse that decision and cover this care under the terms of the plan.`;
}

/** If the plan has no second level, what this letter becomes instead. */
function ifNoSecondLevel(facts: LetterFacts, lang: LetterLang): CitedText {
  const en = lang === 'en';
  switch (facts.plan.program) {
    case 'employer-group':
      return cited('');
    case 'individual-market':
      return en
        ? cited(
            'If the plan’s decision was its final internal decision, please tell me so in writing right away, and treat this letter and its enclosures as part of the claim file for external review.',
          )
        : cited(
            'Si la decisión del plan fue su decisión interna final, le pido que me lo diga por escrito de inmediato, y que incluya esta carta y sus documentos adjuntos en el expediente del reclamo para la revisión externa.',
          );
    case 'medicare-advantage':
      if (isMedicareDrugAppeal(facts)) {
        return en
          ? cited(
              'If the plan has already decided my redetermination, please tell me in writing right away how to ask for the next level of review, and by when.',
            )
          : cited(
              'Si el plan ya decidió mi redeterminación, le pido que me diga por escrito de inmediato cómo pedir el siguiente nivel de revisión, y hasta cuándo.',
            );
      }
      return en
        ? cited(
            'If the plan has already decided my reconsideration, please add this letter and its enclosures to the case file forwarded to the Independent Review Entity (42 CFR 422.592).',
            '42 CFR 422.592',
          )
        : cited(
            'Si el plan ya decidió mi reconsideración, le pido que agregue esta carta y sus documentos adjuntos al expediente enviado a la Entidad de Revisión Independiente (42 CFR 422.592).',
            '42 CFR 422.592',
          );
    case 'medicaid-managed-care':
      return en
        ? cited(
            'A Medicaid managed care plan has one level of appeal (42 CFR 438.402(b)). If the plan’s decision was its final appeal decision, please tell me so in writing right away, so that I can request a state fair hearing.',
            '42 CFR 438.402(b)',
          )
        : cited(
            'Un plan de atención administrada de Medicaid tiene un solo nivel de apelación (42 CFR 438.402(b)). Si la decisión del plan fue su decisión final sobre la apelación, le pido que me lo diga por escrito de inmediato, para poder solicitar una audiencia imparcial estatal.',
            '42 CFR 438.402(b)',
          );
  }
}

function answer(facts: LetterFacts, lang: LetterLang): string[] {
  const { doctor } = factWords(facts, lang);
  return lang === 'es'
    ? [
        'Mi primera apelación y los documentos que envié con ella siguen en pie. Esta carta responde a las razones que dio el plan y agrega lo siguiente.',
        `Si la decisión se basó en la opinión de un revisor, le pido que me envíe esa opinión y los títulos y la especialidad del revisor; la carta adjunta ${de(doctor)} responde a ella. Pido también que esta revisión la decida una persona que no participó en ninguna de las decisiones anteriores.`,
      ]
    : [
        'My first appeal and the documents sent with it still stand. This letter answers the reasons the plan gave and adds the following.',
        `If the decision relied on a reviewer’s opinion, please send me that opinion and the reviewer’s qualifications and specialty; the enclosed letter from ${doctor} responds to it. I also ask that this review be decided by someone who took no part in either earlier decision.`,
      ];
}

function guidanceSteps(facts: LetterFacts, lang: LetterLang): string[] {
  const es = lang === 'es';
  const levels: Record<LetterFacts['plan']['program'], { en: string; es: string }> = {
    'employer-group': {
      en: 'Check the plan’s letter. It says if you can appeal again. If not, ask for an outside (external) review instead.',
      es: 'Revise la carta del plan. Dice si puede apelar otra vez. Si no, pida una revisión externa.',
    },
    'individual-market': {
      en: 'Plans you buy yourself usually have only one appeal. If the plan’s letter says its decision is final, ask for an outside (external) review instead.',
      es: 'Los planes que usted compra por su cuenta suelen tener una sola apelación. Si la carta del plan dice que su decisión es final, pida una revisión externa.',
    },
    'medicare-advantage': {
      en: 'Medicare Advantage plans send a second “no” to an outside reviewer on their own. Use this letter to add papers to your case.',
      es: 'Los planes Medicare Advantage envían un segundo «no» a un revisor externo por su cuenta. Use esta carta para agregar papeles a su caso.',
    },
    'medicaid-managed-care': {
      en: 'Medicaid plans have only one appeal. If the plan’s letter says its decision is final, ask your state for a fair hearing instead.',
      es: 'Los planes de Medicaid tienen una sola apelación. Si la carta del plan dice que su decisión es final, pida una audiencia imparcial a su estado.',
    },
  };
  const drug = isMedicareDrugAppeal(facts);
  return [
    drug ? medicareDrugNextStep(lang) : levels[facts.plan.program][lang],
    es
      ? 'Pida al médico una carta nueva que responda a las razones del plan.'
      : 'Ask the doctor for a new letter that answers the plan’s reasons.',
    es
      ? 'Lea la carta, corrija lo que esté mal, imprímala y fírmela. Agregue copias (nunca originales) de los papeles de la lista de documentos adjuntos.'
      : 'Read the letter, fix anything wrong, then print and sign it. Add copies (never originals) of the papers listed under Enclosures.',
    sendStep(lang),
    deadlineStep(lang),
    ...(drug ? [medicareDrugNote(lang)] : []),
  ];
}

export const secondLevelAppeal: LetterTemplate = {
  kind: 'second-level-appeal',
  audience: 'plan',
  requires: planLetterNeeds,
  write(facts, lang) {
    const law = governingLawOf(facts);
    const argument = categoryArgument(facts, lang);
    const { doctor } = factWords(facts, lang);
    const en = lang === 'en';
    const document = planLetter(facts, lang, {
      kind: 'second-level-appeal',
      title: en ? 'Second-level appeal' : 'Apelación de segundo nivel',
      subject: en
        ? 'Second-level appeal of a decision upholding a denial'
        : 'Apelación de segundo nivel de una decisión que mantuvo una negación',
      body: [
        ask(facts, lang),
        ifNoSecondLevel(facts, lang),
        statedReason(facts, lang, true),
        ...answer(facts, lang),
        ...argumentBody(argument),
        continuedCoverage(facts, lang),
        law.basis(facts.plan.funding, lang),
        law.fullAndFairReview(lang, restsOnMedicalJudgment(facts.denial.category)),
        replyParagraph(facts, lang),
      ],
      enclosures: [
        ...standardEnclosures(facts, lang),
        en
          ? 'Copy of my first appeal and the documents sent with it'
          : 'Copia de mi primera apelación y de los documentos que envié con ella',
        en
          ? `New letter from ${doctor} answering the plan’s reasons`
          : `Carta nueva ${de(doctor)} que responde a las razones del plan`,
        ...argument.enclosures,
      ],
    });
    return { document, guidance: guidanceOf(lang, guidanceSteps(facts, lang)) };
  },
};
