import { categoryArgument, de } from '../category-arguments.js';
import { governingLawOf } from '../governing-law.js';
import type { LetterFacts, LetterLang, LetterResult } from '../letter.js';
import { blankLine, guidanceOf, printedDate } from '../letter-parts.js';
import { medicareDrugNote } from '../medicare-drug-appeals.js';
import {
  argumentBody,
  careAtIssue,
  deadlineStep,
  onBehalf,
  planLetter,
  replyParagraph,
  sendStep,
  standardEnclosures,
  statedReason,
} from './plan-letter.js';

/**
 * The outside review after a Medicare drug (Part D) redetermination upholds a denial. Unlike
 * Part 422 reconsiderations, the reference does not say the plan forwards these on its own, nor
 * who reviews them, their address or their deadline (see ../medicare-drug-appeals.ts). So this
 * letter is a request to the Independent Review Entity with the address left for the person to
 * copy from the plan's redetermination notice, it cites only the Part D rule the reference has, and
 * its guidance says to follow the plan's notice and check with the plan.
 */
export function medicareDrugReview(facts: LetterFacts, lang: LetterLang): LetterResult {
  const en = lang === 'en';
  const argument = categoryArgument(facts, lang);
  const care = careAtIssue(facts, lang);
  const dated = facts.denial.noticeDate && printedDate(facts.denial.noticeDate, lang);
  const document = planLetter(facts, lang, {
    kind: 'external-review-request',
    title: en
      ? 'Request for independent review of a drug decision'
      : 'Solicitud de revisión independiente de una decisión sobre un medicamento',
    subject: en
      ? `Request for independent review: ${facts.plan.insurer} (Medicare Part D)`
      : `Solicitud de revisión independiente: ${facts.plan.insurer} (Medicare Parte D)`,
    to: en
      ? ['Independent Review Entity (Medicare Part D)', `Address: ${blankLine}`]
      : ['Entidad de Revisión Independiente (Medicare Parte D)', `Dirección: ${blankLine}`],
    salutation: en ? 'Dear Reviewer:' : 'Estimado revisor:',
    body: [
      en
        ? `I am writing${onBehalf(facts, lang)} to ask for an independent review of ${facts.plan.insurer}’s redetermination${dated ? ` of ${dated}` : ''}, which upheld its decision to deny coverage for ${care}. I ask that the decision be reviewed and reversed.`
        : `Le escribo${onBehalf(facts, lang)} para pedir una revisión independiente de la redeterminación de ${facts.plan.insurer}${dated ? ` del ${dated}` : ''}, que mantuvo su decisión de negar la cobertura ${de(care)}. Pido que la decisión se revise y se revierta.`,
      statedReason(facts, lang, true),
      ...argumentBody(argument),
      governingLawOf(facts).basis(facts.plan.funding, lang),
      en
        ? 'Please ask the plan for my case file, and tell me if you need anything more from me or from my doctor.'
        : 'Le pido que solicite mi expediente al plan, y que me avise si necesita algo más de mí o de mi médico.',
      replyParagraph(facts, lang),
    ],
    enclosures: [
      ...standardEnclosures(facts, lang),
      en
        ? 'Copy of the plan’s first decision and of my request for a redetermination'
        : 'Copia de la primera decisión del plan y de mi solicitud de redeterminación',
      ...argument.enclosures,
    ],
  });
  const steps = en
    ? [
        'For drug appeals, the plan might not send your case on by itself. You may have to ask for the outside review yourself.',
        'The plan’s letter about your redetermination says who the outside reviewer is, where to send this, and by when. Copy that address into the letter.',
        'Read the letter, fix anything wrong, then print and sign it. Add copies (never originals) of the papers listed under Enclosures.',
        sendStep(lang),
        deadlineStep(lang),
        medicareDrugNote(lang),
      ]
    : [
        'En las apelaciones de medicamentos, puede que el plan no envíe su caso por su cuenta. Puede que tenga que pedir usted la revisión externa.',
        'La carta del plan sobre su redeterminación dice quién es el revisor externo, adónde enviar esto y hasta cuándo. Copie esa dirección en la carta.',
        'Lea la carta, corrija lo que esté mal, imprímala y fírmela. Agregue copias (nunca originales) de los papeles de la lista de documentos adjuntos.',
        sendStep(lang),
        deadlineStep(lang),
        medicareDrugNote(lang),
      ];
  return { document, guidance: guidanceOf(lang, steps) };
}
