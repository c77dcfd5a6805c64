import { guidanceOf } from '../letter-parts.js';
import {
  capitalized,
  categoryArgument,
  de,
  factWords,
  restsOnMedicalJudgment,
} from '../category-arguments.js';
import type { CitedText } from '../governing-law.js';
import { governingLawOf } from '../governing-law.js';
import type { LetterFacts, LetterLang, LetterTemplate } from '../letter.js';
import { planLetterNeeds } from '../letter-facts.js';
import {
  isMedicareDrugAppeal,
  medicareDrugNote,
  medicareReviewOf,
  medicareReviewWord,
} from '../medicare-drug-appeals.js';
import {
  argumentBody,
  careAtIssue,
  continuedCoverage,
  onBehalf,
  planLetter,
  replyParagraph,
  standardEnclosures,
  statedReason,
} from './plan-letter.js';

/**
 * The urgent appeal: decided within 72 hours when the standard time could seriously jeopardize
 * the patient's life, health or ability to regain maximum function, on the treating doctor's word.
 * Job-based and individual plans also let the person start expedited external review at the same
 * time; Medicare Advantage and Medicaid do not (their next steps come after the plan decides).
 */

function ask(facts: LetterFacts, lang: LetterLang): string {
  const care = careAtIssue(facts, lang);
  const patient = facts.patient.name;
  const review = medicareReviewOf(facts);
  if (lang === 'es') {
    return `Le escribo${onBehalf(facts, lang)} para pedir una ${review ? medicareReviewWord(review, lang) : 'apelación'} acelerada (urgente) de la decisión de ${facts.plan.insurer} de negar la cobertura ${de(care)}. Esperar el plazo normal podría poner en grave peligro la vida o la salud de ${patient}, o su capacidad de recuperar al máximo sus funciones, por lo que pido una decisión dentro de 72 horas.`;
  }
  return `I am writing${onBehalf(facts, lang)} to ask for an expedited (urgent) ${review ? medicareReviewWord(review, lang) : 'appeal'} of ${facts.plan.insurer}’s decision to deny coverage for ${care}. Waiting the standard time could seriously jeopardize ${patient}’s life, health or ability to regain maximum function, so I ask for a decision within 72 hours.`;
}

const cited = (text: string, ...citations: string[]): CitedText => ({ text, citations });

// ERISA/ACA: 29 CFR 2560.503-1(m)(1) (urgent, on a physician's word) and (i)(2)(i) (72 hours);
// 45 CFR 147.136(d)(3) simultaneous expedited external review (high rule, medium para.).
// Medicare Advantage: 42 CFR 422.584 (a physician's request must be expedited), 422.590(e) (72 h).
// Medicaid: 42 CFR 438.410 (expedited process; a denied request goes to the standard track),
// 438.408(b)(3) (72 hours, medium). appeal-rules.md §§1, 3, 4.
function urgencyRules(facts: LetterFacts, lang: LetterLang): CitedText[] {
  const { doctor, patient } = factWords(facts, lang);
  const en = lang === 'en';
  // A named doctor is introduced as treating the patient; the stand-in already says so.
  const known = Boolean(facts.claim.provider?.trim());
  const certified = en
    ? `${capitalized(doctor)}${known ? `, who is treating ${patient},` : ''} states in the enclosed letter that this request is urgent and why.`
    : `En la carta adjunta, ${doctor}${known ? `, que atiende a ${patient},` : ''} declara que esta solicitud es urgente y explica por qué.`;
  switch (facts.plan.program) {
    case 'employer-group':
    case 'individual-market':
      return [
        en
          ? cited(
              `${certified} Under 29 CFR 2560.503-1(m)(1), a claim is urgent when the standard time could seriously jeopardize the patient’s life, health or ability to regain maximum function, or when a physician with knowledge of the condition says it would bring severe pain that cannot be managed without the care; and the plan must treat a claim as urgent when such a physician says it is. Under 29 CFR 2560.503-1(i)(2)(i), the plan must decide an urgent appeal within 72 hours of receiving it.`,
              '29 CFR 2560.503-1(m)(1)',
              '29 CFR 2560.503-1(i)(2)(i)',
            )
          : cited(
              `${certified} Según 29 CFR 2560.503-1(m)(1), un reclamo es urgente cuando el plazo normal podría poner en grave peligro la vida o la salud del paciente o su capacidad de recuperar al máximo sus funciones, o cuando un médico que conoce la afección dice que causaría un dolor intenso que no se puede controlar sin la atención; y el plan debe tratar el reclamo como urgente cuando ese médico lo dice. Según 29 CFR 2560.503-1(i)(2)(i), el plan debe decidir una apelación urgente dentro de las 72 horas de recibirla.`,
              '29 CFR 2560.503-1(m)(1)',
              '29 CFR 2560.503-1(i)(2)(i)',
            ),
        en
          ? cited(
              'Because this is urgent, I am also asking for expedited external review at the same time as this appeal, as 45 CFR 147.136(d)(3) allows. Please send this request to the independent review organization right away, or tell me today how to file it.',
              '45 CFR 147.136(d)(3)',
            )
          : cited(
              'Como es urgente, también pido una revisión externa acelerada al mismo tiempo que esta apelación, como lo permite 45 CFR 147.136(d)(3). Le pido que envíe esta solicitud a la organización de revisión independiente de inmediato, o que me diga hoy mismo cómo presentarla.',
              '45 CFR 147.136(d)(3)',
            ),
      ];
    case 'medicare-advantage':
      // Part D's expedited rules are not in shared/reference: the letter asks, it does not cite.
      if (isMedicareDrugAppeal(facts)) return [cited(certified)];
      return [
        en
          ? cited(
              `${certified} Under 42 CFR 422.584, an enrollee or a physician may ask for an expedited reconsideration, and the plan must expedite a request made by a physician. Under 42 CFR 422.590(e), the plan must decide an expedited reconsideration within 72 hours.`,
              '42 CFR 422.584',
              '42 CFR 422.590(e)',
            )
          : cited(
              `${certified} Según 42 CFR 422.584, un miembro o un médico puede pedir una reconsideración acelerada, y el plan debe acelerar la solicitud que hace un médico. Según 42 CFR 422.590(e), el plan debe decidir una reconsideración acelerada dentro de 72 horas.`,
              '42 CFR 422.584',
              '42 CFR 422.590(e)',
            ),
      ];
    case 'medicaid-managed-care':
      return [
        en
          ? cited(
              `${certified} Under 42 CFR 438.410, the plan must expedite an appeal when the standard time could seriously jeopardize the enrollee’s life, health or ability to attain, maintain or regain maximum function, and under 42 CFR 438.408(b)(3) it must resolve an expedited appeal within 72 hours. If the plan denies the request to expedite, 42 CFR 438.410 has it decide the appeal on the standard timeline; please tell me right away if it does.`,
              '42 CFR 438.410',
              '42 CFR 438.408(b)(3)',
            )
          : cited(
              `${certified} Según 42 CFR 438.410, el plan debe acelerar una apelación cuando el plazo normal podría poner en grave peligro la vida o la salud del miembro o su capacidad de lograr, mantener o recuperar al máximo sus funciones, y según 42 CFR 438.408(b)(3) debe resolver una apelación acelerada dentro de 72 horas. Si el plan niega la solicitud de acelerar, 42 CFR 438.410 dispone que decida la apelación en el plazo normal; le pido que me avise de inmediato si lo hace.`,
              '42 CFR 438.410',
              '42 CFR 438.408(b)(3)',
            ),
      ];
  }
}

function guidanceSteps(facts: LetterFacts, lang: LetterLang): string[] {
  // Urgent appeals may be asked for by phone: ERISA/ACA (§1, high for the rule) and Medicaid
  // (orally or in writing, §4, high). Not stated for Medicare Advantage (not in the reference).
  const byPhone = facts.plan.program !== 'medicare-advantage';
  if (lang === 'es') {
    return [
      `Llame hoy al plan. Diga que va a enviar una apelación urgente.${byPhone ? ' También puede pedirla por teléfono.' : ''}`,
      'Pida al médico una carta firmada que diga que la atención es urgente y por qué.',
      'Lea la carta, corrija lo que esté mal, imprímala y fírmela.',
      'Agregue copias (nunca originales) de los papeles de la lista de documentos adjuntos.',
      'Envíela por fax hoy. Guarde el recibo del fax.',
      'Si no recibe respuesta en 72 horas, llame al plan y pida hablar con un supervisor.',
    ];
  }
  return [
    `Call the plan today. Say you are sending an urgent appeal.${byPhone ? ' You can also ask for it by phone.' : ''}`,
    'Ask the doctor for a signed letter that says the care is urgent and why.',
    'Read the letter, fix anything wrong, then print and sign it.',
    'Add copies (never originals) of the papers listed under Enclosures.',
    'Fax it today. Keep the fax receipt.',
    'If you hear nothing in 72 hours, call the plan and ask for a supervisor.',
  ];
}

export const expeditedAppeal: LetterTemplate = {
  kind: 'expedited-appeal',
  audience: 'plan',
  requires: planLetterNeeds,
  write(facts, lang) {
    const law = governingLawOf(facts);
    const argument = categoryArgument(facts, lang);
    const { doctor } = factWords(facts, lang);
    const review = medicareReviewOf(facts);
    const name = review ? medicareReviewWord(review, lang) : lang === 'es' ? 'apelación' : 'appeal';
    const document = planLetter(facts, lang, {
      kind: 'expedited-appeal',
      title:
        lang === 'es'
          ? review
            ? `Solicitud de ${name} acelerada`
            : 'Apelación acelerada'
          : review
            ? `Request for expedited ${name}`
            : 'Expedited appeal',
      subject:
        lang === 'es'
          ? `URGENTE: ${name} acelerada; se necesita una decisión dentro de 72 horas`
          : `URGENT: expedited ${name}; decision needed within 72 hours`,
      body: [
        ask(facts, lang),
        ...urgencyRules(facts, lang),
        statedReason(facts, lang),
        ...argumentBody(argument),
        continuedCoverage(facts, lang),
        law.basis(facts.plan.funding, lang),
        law.fullAndFairReview(lang, restsOnMedicalJudgment(facts.denial.category)),
        replyParagraph(facts, lang),
      ],
      enclosures: [
        lang === 'es'
          ? `Carta ${de(doctor)} que declara que la solicitud es urgente`
          : `Letter from ${doctor} stating that this request is urgent`,
        ...standardEnclosures(facts, lang),
        ...argument.enclosures,
      ],
    });
    const steps = guidanceSteps(facts, lang);
    if (isMedicareDrugAppeal(facts)) steps.push(medicareDrugNote(lang));
    return { document, guidance: guidanceOf(lang, steps) };
  },
};
