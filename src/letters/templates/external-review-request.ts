import { usStates } from '../../common/us-states.js';
import { reviewProcessOf } from '../../deadlines/external-review-processes.js';
import type { StateReviewProcess } from '../../deadlines/external-review-processes.js';
import { categoryArgument, de, restsOnMedicalJudgment } from '../category-arguments.js';
import type { CitedText } from '../governing-law.js';
import { programLawOf } from '../governing-law.js';
import { isMedicareDrugAppeal } from '../medicare-drug-appeals.js';
import { medicareDrugReview } from './medicare-drug-review.js';
import type { LetterDocument, LetterFacts, LetterLang, LetterTemplate } from '../letter.js';
import { blankLine, guidanceOf, printedDate } from '../letter-parts.js';
import { planLetterNeeds } from '../letter-facts.js';
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
 * The step after the plan's final "no", by program (appeal-rules.md §§2–4):
 * - job-based and individual plans: external review by an independent reviewer — the federal
 *   process for self-funded plans in every state and for insured plans in the states that use it,
 *   else the state's own process (src/deadlines/external-review-processes.ts). Where the state's
 *   process is known only at low confidence, the letter names neither;
 * - Medicare Advantage: the plan must forward its own denial to the Independent Review Entity, so
 *   the letter asks the plan to confirm it did and to add the enclosures; the guidance explains the
 *   judge's hearing (ALJ) that follows; a drug (Part D) denial instead gets a request to the
 *   Independent Review Entity (./medicare-drug-review.ts);
 * - Medicaid managed care: a request for a state fair hearing, sent to the state Medicaid agency.
 */

const cited = (text: string, ...citations: string[]): CitedText => ({ text, citations });

/** Which external review process the plan uses, as far as we know it; null when unknown. */
function processOf(facts: LetterFacts): StateReviewProcess | null {
  if (facts.plan.funding === 'self-funded') {
    return { process: 'federal', confidence: 'high', asOf: '', source: 'appeal-rules.md §2c' };
  }
  return facts.plan.state ? reviewProcessOf(facts.plan.state) : null;
}

function processParagraph(facts: LetterFacts, lang: LetterLang): CitedText {
  const found = processOf(facts);
  const en = lang === 'en';
  const state = facts.plan.state && usStates[facts.plan.state];
  if (found === null || found.confidence === 'low') {
    return en
      ? cited(
          'Please handle this request under the external review process that applies to the plan, the state’s process (45 CFR 147.136(c)) or the federal one (45 CFR 147.136(d)), and tell me right away if I must file it somewhere else.',
          '45 CFR 147.136(c)',
          '45 CFR 147.136(d)',
        )
      : cited(
          'Le pido que tramite esta solicitud según el proceso de revisión externa que corresponde al plan, el del estado (45 CFR 147.136(c)) o el federal (45 CFR 147.136(d)), y que me diga de inmediato si debo presentarla en otro lugar.',
          '45 CFR 147.136(c)',
          '45 CFR 147.136(d)',
        );
  }
  if (found.process === 'federal') {
    const why =
      facts.plan.funding === 'self-funded'
        ? en
          ? 'Because the plan is self-funded, it uses'
          : 'Como plan autofinanciado, el plan usa'
        : en
          ? `Insured plans in ${state} use`
          : `Los planes asegurados en ${state} usan`;
    return en
      ? cited(
          `${why} the federal external review process (45 CFR 147.136(d)), run by the U.S. Department of Health and Human Services or by independent review organizations under contract with the plan. If the plan does not take these requests itself, please tell me right away where to send this one.`,
          '45 CFR 147.136(d)',
        )
      : cited(
          `${why} el proceso federal de revisión externa (45 CFR 147.136(d)), a cargo del Departamento de Salud y Servicios Humanos de los EE. UU. o de organizaciones de revisión independientes contratadas por el plan. Si el plan no recibe estas solicitudes directamente, le pido que me diga de inmediato adónde enviarla.`,
          '45 CFR 147.136(d)',
        );
  }
  return en
    ? cited(
        `${state} runs its own external review process for insured plans, under the standards of 45 CFR 147.136(c). Please forward this request and the claim file to the state’s external review program right away, or tell me at once if I must file it there myself.`,
        '45 CFR 147.136(c)',
      )
    : cited(
        `${state} tiene su propio proceso de revisión externa para planes asegurados, según las normas de 45 CFR 147.136(c). Le pido que envíe de inmediato esta solicitud y el expediente del reclamo al programa de revisión externa del estado, o que me diga enseguida si debo presentarla allí directamente.`,
        '45 CFR 147.136(c)',
      );
}

// 45 CFR 147.136(d)(1): external review covers denials that involve medical judgment (and
// rescissions); the reviewer decides. (d)(3): expedited review, 72 hours. §2a, high.
function scopeAndSpeed(facts: LetterFacts, lang: LetterLang): CitedText[] {
  const en = lang === 'en';
  const scope = restsOnMedicalJudgment(facts.denial.category)
    ? en
      ? cited(
          'This denial rests on medical judgment, which external review covers (45 CFR 147.136(d)(1)).',
          '45 CFR 147.136(d)(1)',
        )
      : cited(
          'Esta negación se basa en un juicio médico, que la revisión externa cubre (45 CFR 147.136(d)(1)).',
          '45 CFR 147.136(d)(1)',
        )
    : en
      ? cited(
          'External review covers denials that involve medical judgment (45 CFR 147.136(d)(1)); I ask the reviewer to decide whether this one does, in light of the reasons below.',
          '45 CFR 147.136(d)(1)',
        )
      : cited(
          'La revisión externa cubre las negaciones que involucran un juicio médico (45 CFR 147.136(d)(1)); pido al revisor que decida si esta lo involucra, a la luz de las razones que siguen.',
          '45 CFR 147.136(d)(1)',
        );
  const urgent = facts.denial.urgency === 'urgent' || facts.denial.urgency === 'concurrent';
  const speed = urgent
    ? en
      ? cited(
          `Because waiting could seriously jeopardize ${facts.patient.name}’s life or health, I ask for an expedited external review, decided within 72 hours (45 CFR 147.136(d)(3)).`,
          '45 CFR 147.136(d)(3)',
        )
      : cited(
          `Como esperar podría poner en grave peligro la vida o la salud de ${facts.patient.name}, pido una revisión externa acelerada, decidida dentro de 72 horas (45 CFR 147.136(d)(3)).`,
          '45 CFR 147.136(d)(3)',
        )
    : cited('');
  return [scope, speed];
}

function externalReview(facts: LetterFacts, lang: LetterLang) {
  const en = lang === 'en';
  const argument = categoryArgument(facts, lang);
  const care = careAtIssue(facts, lang);
  const found = processOf(facts);
  const state = facts.plan.state && usStates[facts.plan.state];
  const document = planLetter(facts, lang, {
    kind: 'external-review-request',
    title: en ? 'Request for external review' : 'Solicitud de revisión externa',
    subject: en
      ? 'Request for external review of a final internal denial'
      : 'Solicitud de revisión externa de una negación interna final',
    body: [
      en
        ? `I am writing${onBehalf(facts, lang)} to request an external review, by an independent review organization, of ${facts.plan.insurer}’s final decision denying coverage for ${care}. Please start the review and send the complete claim file to the reviewer.`
        : `Le escribo${onBehalf(facts, lang)} para solicitar una revisión externa, a cargo de una organización de revisión independiente, de la decisión final de ${facts.plan.insurer} de negar la cobertura ${de(care)}. Le pido que inicie la revisión y envíe el expediente completo del reclamo al revisor.`,
      processParagraph(facts, lang),
      ...scopeAndSpeed(facts, lang),
      statedReason(facts, lang, true),
      ...argumentBody(argument),
      programLawOf(facts.plan.program).basis(facts.plan.funding, lang),
      replyParagraph(facts, lang, 'answer'),
    ],
    enclosures: [
      ...standardEnclosures(facts, lang),
      en
        ? 'Copy of my internal appeal and the documents sent with it'
        : 'Copia de mi apelación interna y de los documentos que envié con ella',
      ...argument.enclosures,
    ],
  });
  const where =
    found === null || found.confidence === 'low'
      ? en
        ? 'We are not sure if your state or the federal government runs your review. Your denial letter says where to send this. You can also ask your state insurance department.'
        : 'No sabemos con certeza si su revisión la hace su estado o el gobierno federal. Su carta de negación dice adónde enviar esto. También puede preguntar al departamento de seguros de su estado.'
      : found.process === 'federal'
        ? en
          ? 'Your plan uses the federal review. Your denial letter says where to send this: to the plan or to the federal reviewer.'
          : 'Su plan usa la revisión federal. Su carta de negación dice adónde enviar esto: al plan o al revisor federal.'
        : en
          ? `${state} runs its own review. Your denial letter says where to send this. If the state has its own form, fill it in and add this letter.`
          : `${state} tiene su propia revisión. Su carta de negación dice adónde enviar esto. Si el estado tiene su propio formulario, llénelo y agregue esta carta.`;
  const steps = en
    ? [
        'Read the letter, fix anything wrong, then print and sign it.',
        'Add copies (never originals) of the papers listed under Enclosures.',
        where,
        sendStep(lang),
        deadlineStep(lang),
        'If the reviewer says the plan must pay, the plan has to follow that decision.',
      ]
    : [
        'Lea la carta, corrija lo que esté mal, imprímala y fírmela.',
        'Agregue copias (nunca originales) de los papeles de la lista de documentos adjuntos.',
        where,
        sendStep(lang),
        deadlineStep(lang),
        'Si el revisor decide que el plan debe pagar, el plan tiene que cumplir esa decisión.',
      ];
  return { document, guidance: guidanceOf(lang, steps) };
}

// 42 CFR 422.590 and 422.592: when the plan upholds its denial, it forwards the case to the IRE
// itself. ALJ: 60 days from the IRE's notice, amount in controversy $200 in 2026 (§3, high).
function medicareForwarding(facts: LetterFacts, lang: LetterLang) {
  const en = lang === 'en';
  const argument = categoryArgument(facts, lang);
  const care = careAtIssue(facts, lang);
  const document = planLetter(facts, lang, {
    kind: 'external-review-request',
    title: en
      ? 'Request to confirm review by the Independent Review Entity'
      : 'Solicitud de confirmación de la revisión por la Entidad de Revisión Independiente',
    subject: en
      ? 'Forwarding of my case to the Independent Review Entity'
      : 'Envío de mi caso a la Entidad de Revisión Independiente',
    body: [
      cited(
        en
          ? `I am writing${onBehalf(facts, lang)} about ${facts.plan.insurer}’s denial of coverage for ${care}. Because the plan upheld its denial in whole or in part, I ask you to confirm that you forwarded my case to the Independent Review Entity for review, as 42 CFR 422.590 and 42 CFR 422.592 require, and to tell me the date you sent it.`
          : `Le escribo${onBehalf(facts, lang)} sobre la negación de ${facts.plan.insurer} de la cobertura ${de(care)}. Como el plan mantuvo su negación en todo o en parte, le pido que confirme que envió mi caso a la Entidad de Revisión Independiente para su revisión, como lo exigen 42 CFR 422.590 y 42 CFR 422.592, y que me indique la fecha de envío.`,
        '42 CFR 422.590',
        '42 CFR 422.592',
      ),
      en
        ? 'Please add this letter and the enclosed documents to the case file for the Independent Review Entity, and send me a copy of the case file.'
        : 'Le pido que agregue esta carta y los documentos adjuntos al expediente para la Entidad de Revisión Independiente, y que me envíe una copia del expediente.',
      statedReason(facts, lang, true),
      ...argumentBody(argument),
      programLawOf(facts.plan.program).basis(facts.plan.funding, lang),
      replyParagraph(facts, lang, 'answer'),
    ],
    enclosures: [...standardEnclosures(facts, lang), ...argument.enclosures],
  });
  const steps = en
    ? [
        'You do not have to ask for this review. When the plan says no to your appeal, it must send your case to an outside reviewer on its own.',
        'Use this letter to check that it did, and to add papers to your case.',
        'Read the letter, fix anything wrong, then print and sign it. Add copies (never originals) of the papers listed under Enclosures.',
        sendStep(lang),
        'The outside reviewer will send you a letter. You can send it more papers within 10 days of hearing from it.',
        'If the outside reviewer also says no, you can ask for a hearing with a judge within 60 days of its letter, if at least $200 is at stake (2026). Follow the steps in the reviewer’s letter.',
      ]
    : [
        'No tiene que pedir esta revisión. Cuando el plan dice que no a su apelación, debe enviar su caso a un revisor externo por su cuenta.',
        'Use esta carta para confirmar que lo hizo y para agregar papeles a su caso.',
        'Lea la carta, corrija lo que esté mal, imprímala y fírmela. Agregue copias (nunca originales) de los papeles de la lista de documentos adjuntos.',
        sendStep(lang),
        'El revisor externo le enviará una carta. Puede enviarle más papeles dentro de los 10 días después de recibirla.',
        'Si el revisor externo también dice que no, puede pedir una audiencia con un juez dentro de los 60 días después de su carta, si están en juego al menos $200 (2026). Siga los pasos de la carta del revisor.',
      ];
  return { document, guidance: guidanceOf(lang, steps) };
}

// 42 CFR 438.408(f): state fair hearing after the plan's appeal decision (120 days, medium);
// 438.408(c)(3): deemed exhaustion; 438.420: benefits continue if asked within 10 days (§4, high).
function fairHearing(facts: LetterFacts, lang: LetterLang) {
  const en = lang === 'en';
  const argument = categoryArgument(facts, lang);
  const care = careAtIssue(facts, lang);
  const state = facts.plan.state && usStates[facts.plan.state];
  const dated = facts.denial.noticeDate && printedDate(facts.denial.noticeDate, lang);
  const concurrent = facts.denial.urgency === 'concurrent';
  const to = en
    ? [
        state ? `${state} Medicaid agency` : 'State Medicaid agency',
        'Fair Hearings Office',
        `Address: ${blankLine}`,
      ]
    : [
        state ? `Agencia de Medicaid de ${state}` : 'Agencia estatal de Medicaid',
        'Oficina de Audiencias Imparciales',
        `Dirección: ${blankLine}`,
      ];
  const document: LetterDocument = planLetter(facts, lang, {
    kind: 'external-review-request',
    title: en ? 'Request for a state fair hearing' : 'Solicitud de audiencia imparcial estatal',
    subject: en
      ? `Request for a state fair hearing: ${facts.plan.insurer} (Medicaid managed care)`
      : `Solicitud de audiencia imparcial estatal: ${facts.plan.insurer} (atención administrada de Medicaid)`,
    to,
    salutation: en ? 'Dear Hearing Officer:' : 'A la Oficina de Audiencias Imparciales:',
    body: [
      en
        ? `I am writing${onBehalf(facts, lang)} to request a state fair hearing about ${facts.plan.insurer}’s decision${dated ? ` of ${dated}` : ''}, after my appeal, to deny coverage for ${care}. I ask that the denial be reviewed and reversed.`
        : `Le escribo${onBehalf(facts, lang)} para solicitar una audiencia imparcial estatal sobre la decisión de ${facts.plan.insurer}${dated ? ` del ${dated}` : ''}, después de mi apelación, de negar la cobertura ${de(care)}. Pido que la negación se revise y se revierta.`,
      en
        ? cited(
            'I make this request under 42 CFR 438.408(f), which lets an enrollee ask for a state fair hearing once the plan’s appeal decision upholds its denial. If the plan did not meet the notice and timing rules for my appeal, the appeal counts as exhausted (42 CFR 438.408(c)(3)).',
            '42 CFR 438.408(f)',
            '42 CFR 438.408(c)(3)',
          )
        : cited(
            'Hago esta solicitud conforme a 42 CFR 438.408(f), que permite pedir una audiencia imparcial estatal cuando la decisión del plan sobre la apelación mantiene su negación. Si el plan no cumplió las reglas de aviso y de plazos de mi apelación, la apelación se considera agotada (42 CFR 438.408(c)(3)).',
            '42 CFR 438.408(f)',
            '42 CFR 438.408(c)(3)',
          ),
      concurrent
        ? en
          ? cited(
              `I ask that ${facts.patient.name}’s benefits continue until the hearing decision (42 CFR 438.420).`,
              '42 CFR 438.420',
            )
          : cited(
              `Pido que los beneficios de ${facts.patient.name} continúen hasta la decisión de la audiencia (42 CFR 438.420).`,
              '42 CFR 438.420',
            )
        : '',
      statedReason(facts, lang, true),
      ...argumentBody(argument),
      programLawOf(facts.plan.program).basis(facts.plan.funding, lang),
      en
        ? 'Please send me, before the hearing, the documents the plan relied on, and tell me the date of the hearing and how it will be held.'
        : 'Le pido que me envíe, antes de la audiencia, los documentos en que se basó el plan, y que me indique la fecha de la audiencia y cómo se llevará a cabo.',
    ],
    enclosures: [
      ...standardEnclosures(facts, lang),
      en
        ? 'Copy of my appeal to the plan and the documents sent with it'
        : 'Copia de mi apelación al plan y de los documentos que envié con ella',
      ...argument.enclosures,
    ],
  });
  const steps = en
    ? [
        'Send this to your state Medicaid agency. The plan’s letter about your appeal says where.',
        'Read the letter, fix anything wrong, then print and sign it. Add copies (never originals) of the papers listed under Enclosures.',
        concurrent
          ? 'To keep your care going during the hearing, send it within 10 days of the plan’s letter.'
          : deadlineStep(lang),
        sendStep(lang),
        'Send a copy to your plan too.',
      ]
    : [
        'Envíe esto a la agencia de Medicaid de su estado. La carta del plan sobre su apelación dice adónde.',
        'Lea la carta, corrija lo que esté mal, imprímala y fírmela. Agregue copias (nunca originales) de los papeles de la lista de documentos adjuntos.',
        concurrent
          ? 'Para que su atención continúe durante la audiencia, envíela dentro de los 10 días después de la carta del plan.'
          : deadlineStep(lang),
        sendStep(lang),
        'Envíe también una copia a su plan.',
      ];
  return { document, guidance: guidanceOf(lang, steps) };
}

export const externalReviewRequest: LetterTemplate = {
  kind: 'external-review-request',
  audience: 'plan',
  requires: planLetterNeeds,
  write(facts, lang) {
    switch (facts.plan.program) {
      case 'employer-group':
      case 'individual-market':
        return externalReview(facts, lang);
      case 'medicare-advantage':
        return isMedicareDrugAppeal(facts)
          ? medicareDrugReview(facts, lang)
          : medicareForwarding(facts, lang);
      case 'medicaid-managed-care':
        return fairHearing(facts, lang);
    }
  },
};
