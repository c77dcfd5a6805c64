import type { LetterLang, LetterResult } from '../letters/letter.js';
import { blankLine, fromBlock, printedDate, signatureBlock } from '../letters/letter-parts.js';
import {
  closing,
  quoted,
  representativeEnclosure,
  representativeSentence,
} from '../letters/templates/support-letter-text.js';
import type { OpinionLetterFacts } from './opinion-letter.js';
import { forWhom, opinionGuidanceOf, quotedQuestion } from './opinion-letter-parts.js';
import type { Coverage, CoverageProgram, QuestionKind } from './second-opinion.js';

/**
 * The `second-opinion-referral-request` letter: asks the plan to approve (or the primary doctor to
 * refer for) a second opinion with a qualified specialist, in network, or out of network at
 * in-network cost sharing when no one in the network is qualified; names the first doctor; asks for
 * a written answer and says a refusal will be appealed.
 *
 * The law it states is chosen by program and state from shared/reference/appeal-rules.md §7, as
 * data below. There is no federal second-opinion mandate for job-based and Marketplace plans, so for
 * them the letter asks on medical need and the plan's own policy, and cites only the choice of
 * primary care provider. A cite marked low confidence is never printed: the letter states what it
 * cites as fact.
 */

interface ReferralRule {
  readonly id: 'california' | 'missouri' | 'medicare-advantage' | 'aca-primary-care-choice';
  readonly applies: (coverage: Coverage, facts: OpinionLetterFacts) => boolean;
  /** The source, even when it is not printed. */
  readonly citation: string;
  readonly confidence: 'high' | 'medium' | 'low';
  /** The citations the sentence prints (none when the cite is low confidence). */
  readonly printed: readonly string[];
  readonly sentence: Record<LetterLang, string>;
  /** A step for the person, when the rule needs one (what to check, where it may not apply). */
  readonly step: ((coverage: Coverage) => Record<LetterLang, string> | null) | null;
}

/** Plans a state's insurance law reaches (Medicare plans answer to federal rules). */
const stateRegulated: readonly CoverageProgram[] = [
  'employer-group',
  'individual-market',
  'medicaid-managed-care',
];
const acaPlans: readonly CoverageProgram[] = ['employer-group', 'individual-market'];
const usesPrimaryDoctor = (coverage: Coverage) =>
  coverage.networkType === 'hmo' || coverage.networkType === 'pos';

const referralRules: readonly ReferralRule[] = [
  {
    // Cal. H&S Code §1383.15 (AB 12, 1999), parallel Ins. Code §10123.68: existence and triggers high.
    // Its 72-hour timing is low confidence: left out of the letter, the step says to check it.
    id: 'california',
    applies: (coverage) => coverage.state === 'CA' && stateRegulated.includes(coverage.program),
    citation: 'Cal. Health and Safety Code §1383.15; Cal. Insurance Code §10123.68',
    confidence: 'high',
    printed: ['Health and Safety Code §1383.15', 'Insurance Code §10123.68'],
    sentence: {
      en: 'California law requires health plans to provide a second opinion from a qualified professional when a patient asks, in the cases it lists, such as questioning the need for surgery or the diagnosis or plan for a serious condition. It is in network unless no qualified network provider is available, and the patient pays only the normal cost sharing (Health and Safety Code §1383.15; for insurers, Insurance Code §10123.68).',
      es: 'La ley de California exige que los planes de salud den una segunda opinión de un profesional calificado cuando el paciente la pide, en los casos que la ley indica, como dudar de la necesidad de una cirugía o del diagnóstico o el plan para una condición grave. Es dentro de la red, salvo que no haya un proveedor calificado en la red, y el paciente paga solo el costo compartido normal (Health and Safety Code §1383.15; para aseguradoras, Insurance Code §10123.68).',
    },
    step: (coverage) => ({
      en:
        coverage.program === 'employer-group'
          ? 'California’s law covers many plans. If your job plan is self-funded, it may not apply, so ask your plan. If your health is in danger, ask for a fast answer.'
          : 'If your health is in danger, ask for a fast answer. Ask your plan how fast it must answer.',
      es:
        coverage.program === 'employer-group'
          ? 'La ley de California cubre muchos planes. Si su plan de trabajo es autofinanciado, puede que no se aplique. Pregunte a su plan. Si su salud corre peligro, pida una respuesta rápida.'
          : 'Si su salud corre peligro, pida una respuesta rápida. Pregunte a su plan en cuánto tiempo debe responder.',
    }),
  },
  {
    // SB 754 (1998) → RSMo §354.612: content medium, section number LOW → not printed.
    id: 'missouri',
    applies: (coverage) =>
      coverage.state === 'MO' &&
      stateRegulated.includes(coverage.program) &&
      coverage.networkType !== 'ppo' &&
      coverage.networkType !== 'epo',
    citation: 'RSMo §354.612',
    confidence: 'low',
    printed: [],
    sentence: {
      en: 'I understand that Missouri law requires HMOs to cover an in-network second opinion for a serious condition, and to arrange one at no extra cost when no one in the network can give it.',
      es: 'Entiendo que la ley de Misuri exige que las HMO cubran una segunda opinión dentro de la red para una condición grave, y que la consigan sin costo adicional cuando nadie en la red pueda darla.',
    },
    step: () => ({
      en: 'Missouri has a law on second opinions in HMOs. We could not confirm its section number, so the letter does not cite it. Ask your plan for its second-opinion policy.',
      es: 'Misuri tiene una ley sobre segundas opiniones en las HMO. No pudimos confirmar el número de la sección, así que la carta no la cita. Pida a su plan su política de segundas opiniones.',
    }),
  },
  {
    // 42 CFR 422.112(a)(3) specialty care; (a)(1)(iii) out of network at in-network cost sharing (high).
    id: 'medicare-advantage',
    applies: (coverage) => coverage.program === 'medicare-advantage',
    citation: '42 CFR 422.112(a)(1)(iii), (a)(3)',
    confidence: 'high',
    printed: ['42 CFR 422.112(a)(3)', '42 CFR 422.112(a)(1)(iii)'],
    sentence: {
      en: 'Medicare Advantage plans must provide or arrange for needed specialty care (42 CFR 422.112(a)(3)). When no network provider can meet a member’s medical needs, the plan must arrange the care out of network at in-network cost sharing (42 CFR 422.112(a)(1)(iii)).',
      es: 'Los planes Medicare Advantage deben dar o coordinar la atención de especialistas que se necesite (42 CFR 422.112(a)(3)). Cuando ningún proveedor de la red puede atender las necesidades médicas de un miembro, el plan debe coordinar la atención fuera de la red con el costo compartido de la red (42 CFR 422.112(a)(1)(iii)).',
    },
    step: null,
  },
  {
    // 45 CFR 147.138(a): choice of any available participating primary care provider (high). Only this:
    // no federal rule makes these plans cover a second opinion.
    id: 'aca-primary-care-choice',
    applies: (coverage, facts) =>
      acaPlans.includes(coverage.program) &&
      usesPrimaryDoctor(coverage) &&
      facts.addressee === 'plan',
    citation: '45 CFR 147.138(a)',
    confidence: 'high',
    printed: ['45 CFR 147.138(a)'],
    sentence: {
      en: 'Because the plan uses primary care providers, I may choose any available one in the network (45 CFR 147.138(a)). If a referral is needed, that doctor can give it.',
      es: 'Como el plan usa proveedores de atención primaria, puedo elegir a cualquiera disponible en la red (45 CFR 147.138(a)). Si se necesita una remisión, ese médico puede darla.',
    },
    step: null,
  },
];

/** Why a second opinion is medically needed, by the question asked. */
const medicalNeed: Record<QuestionKind, Record<LetterLang, string>> = {
  diagnosis: {
    en: 'A second opinion is medically needed: the diagnosis guides all the care that follows, and another expert can confirm it or find something else.',
    es: 'Una segunda opinión es necesaria por razones médicas: el diagnóstico guía toda la atención que sigue, y otro experto puede confirmarlo o encontrar otra cosa.',
  },
  treatment: {
    en: 'A second opinion is medically needed: the treatment plan is a major decision, and another expert can confirm it or offer other options.',
    es: 'Una segunda opinión es necesaria por razones médicas: el plan de tratamiento es una decisión importante, y otro experto puede confirmarlo u ofrecer otras opciones.',
  },
  surgery: {
    en: 'A second opinion is medically needed: surgery is a major step that is hard to undo, and another expert can confirm whether it is the right one.',
    es: 'Una segunda opinión es necesaria por razones médicas: una cirugía es un paso importante y difícil de deshacer, y otro experto puede confirmar si es la opción correcta.',
  },
};

function ask(facts: OpinionLetterFacts, lang: LetterLang): string {
  const { specialist, coverage } = facts;
  const question = quotedQuestion(facts, lang);
  const es = lang === 'es';
  if (facts.addressee === 'primary-doctor') {
    const to = specialist ?? (es ? 'un especialista calificado' : 'a qualified specialist');
    const plan = coverage.insurer ?? (es ? 'mi plan' : 'my plan');
    return es
      ? `Le pido que ${facts.sender.relationship ? `remita a ${facts.patient.name}` : 'me remita'} a ${to} para una segunda opinión sobre esta pregunta: ${question} Por favor pida a ${plan} que la cubra dentro de la red, o fuera de la red con el costo compartido de la red si nadie en la red está calificado para darla.`
      : `Please refer ${facts.sender.relationship ? facts.patient.name : 'me'} to ${to} for a second opinion on this question: ${question} Please ask ${plan} to cover it in network, or out of network at in-network cost sharing if no one in the network is qualified to give it.`;
  }
  const who = specialist
    ? es
      ? `Pido ver a ${specialist}, dentro de su red,`
      : `I ask to see ${specialist}, in your network,`
    : es
      ? 'Pido un especialista calificado de su red,'
      : 'I ask for a qualified specialist in your network,';
  return es
    ? `Le pido que apruebe una segunda opinión ${forWhom(facts, lang)} sobre esta pregunta: ${question} ${who} o fuera de la red con el costo compartido de la red si nadie en su red está calificado para darla.`
    : `Please approve a second opinion ${forWhom(facts, lang)} on this question: ${question} ${who} or out of network at in-network cost sharing if no one in your network is qualified to give it.`;
}

/** "My first doctor, Dr. Lee at Mercy Clinic, found “…” and advised “…”." and why another view. */
function firstDoctor(facts: OpinionLetterFacts, lang: LetterLang): string {
  const { doctor, institution, diagnosis, treatment } = facts.firstOpinion;
  const es = lang === 'es';
  const whose = facts.sender.relationship
    ? es
      ? `El primer médico de ${facts.patient.name}`
      : `${facts.patient.name}’s first doctor`
    : es
      ? 'Mi primer médico'
      : 'My first doctor';
  const name = [doctor, institution].filter(Boolean).join(es ? ', de ' : ' at ');
  const found = [
    diagnosis && (es ? `encontró ${quoted(diagnosis, lang)}` : `found ${quoted(diagnosis, lang)}`),
    treatment &&
      (es ? `recomendó ${quoted(treatment, lang)}` : `advised ${quoted(treatment, lang)}`),
  ].filter(Boolean);
  const condition = facts.condition
    ? es
      ? ` El problema de salud es ${quoted(facts.condition, lang)}.`
      : ` The condition is ${quoted(facts.condition, lang)}.`
    : '';
  const before = es
    ? 'Antes de decidir, quiero la opinión de otro médico calificado.'
    : 'Before deciding, I want the view of another qualified doctor.';
  if (!name && found.length === 0) return `${before}${condition}`;
  const said =
    found.length > 0
      ? found.join(es ? ' y ' : ' and ')
      : es
        ? 'dio un diagnóstico y un plan'
        : 'gave a diagnosis and a plan';
  const sentence = name ? `${whose}, ${name}, ${said}.` : `${whose} ${said}.`;
  // Quoted text ends the sentence in English with its own period inside the quotes.
  return `${sentence.replace(/([.?!]”)\.$/, '$1')}${condition} ${before}`;
}

function answer(facts: OpinionLetterFacts, lang: LetterLang): string {
  const email = facts.sender.email;
  const plan = facts.addressee === 'plan';
  if (lang === 'es') {
    return [
      'Le pido una respuesta por escrito.',
      plan
        ? 'Si dice que no, por favor indique por escrito la razón y la regla o política que usó. En ese caso, apelaré esa decisión.'
        : 'Si el plan dice que no, apelaré esa decisión.',
      email
        ? `Por favor envíe su respuesta a la dirección de arriba o por correo electrónico a ${email}.`
        : 'Por favor envíe su respuesta a la dirección de arriba.',
      'Gracias por su ayuda.',
    ].join(' ');
  }
  return [
    'Please answer in writing.',
    plan
      ? 'If you say no, please give the reason and the rule or policy you used, in writing. I will then appeal that decision.'
      : 'If the plan says no, I will appeal that decision.',
    email
      ? `Please send your answer to the address above or by email to ${email}.`
      : 'Please send your answer to the address above.',
    'Thank you for your help.',
  ].join(' ');
}

function body(facts: OpinionLetterFacts, lang: LetterLang, rules: readonly ReferralRule[]) {
  const policy =
    facts.addressee === 'plan'
      ? lang === 'es'
        ? ' Por favor aplique la política de segundas opiniones de su plan y envíeme una copia.'
        : ' Please apply your plan’s second-opinion policy and send me a copy of it.'
      : '';
  return [
    ask(facts, lang),
    ...representativeSentence(facts, lang),
    firstDoctor(facts, lang),
    `${medicalNeed[facts.questionKind][lang]}${policy}`,
    ...(rules.length > 0 ? [rules.map((rule) => rule.sentence[lang]).join(' ')] : []),
    answer(facts, lang),
  ];
}

/** The plan's member services (a blank for the address), the primary doctor, or the person's lines. */
function recipientBlock(facts: OpinionLetterFacts, lang: LetterLang): string[] {
  if (facts.recipient.length > 0) return [...facts.recipient];
  const address = `${lang === 'es' ? 'Dirección' : 'Address'}: ${blankLine}`;
  if (facts.addressee === 'primary-doctor')
    return [facts.coverage.primaryDoctor ?? blankLine, address];
  return [
    facts.coverage.insurer ?? blankLine,
    lang === 'es'
      ? 'Servicios para Miembros / Gestión de Utilización'
      : 'Member Services / Utilization Management',
    address,
  ];
}

function reference(facts: OpinionLetterFacts, lang: LetterLang): (readonly [string, string])[] {
  const es = lang === 'es';
  const { patient, coverage, firstOpinion } = facts;
  const first = [firstOpinion.doctor, firstOpinion.institution].filter(Boolean).join(', ');
  const lines: [string, string | null][] = [
    [es ? 'Paciente' : 'Patient', patient.name],
    [
      es ? 'Fecha de nacimiento' : 'Date of birth',
      patient.dateOfBirth && printedDate(patient.dateOfBirth, lang),
    ],
    ['Plan', coverage.insurer],
    [es ? 'Número de miembro' : 'Member ID', coverage.memberId],
    [es ? 'Médico de atención primaria' : 'Primary care doctor', coverage.primaryDoctor],
    [es ? 'Primer médico' : 'First doctor', first],
  ];
  return lines.filter((line): line is [string, string] => Boolean(line[1]));
}

/** The person's steps: where to send it, what their program means, what to check, what if no. */
function steps(facts: OpinionLetterFacts, lang: LetterLang, rules: readonly ReferralRule[]) {
  const { coverage } = facts;
  const es = lang === 'es';
  const send =
    facts.addressee === 'primary-doctor'
      ? es
        ? 'Entregue o envíe esta carta al consultorio de su médico de atención primaria. Pídales que envíen la remisión a su plan.'
        : 'Give or send this letter to your primary doctor’s office. Ask them to send the referral to your plan.'
      : es
        ? 'Envíe esta carta a Servicios para Miembros de su plan. La dirección está en su tarjeta o en el sitio web del plan. Llene antes las líneas en blanco.'
        : 'Send this letter to your plan’s member services. The address is on your member card or the plan’s website. Fill in any blank lines first.';
  const referral =
    usesPrimaryDoctor(coverage) && coverage.program !== 'original-medicare'
      ? [
          es
            ? 'Es probable que su plan pida una remisión de su médico de atención primaria. Consígala antes de hacer la cita.'
            : 'Your plan likely needs a referral from your primary doctor. Get it before you book the visit.',
        ]
      : [];
  const ruleSteps = rules.flatMap((rule) => {
    const step = rule.step?.(coverage);
    return step ? [step[lang]] : [];
  });
  return [
    programStep[coverage.program][lang],
    send,
    ...referral,
    ...ruleSteps,
    es
      ? 'Guarde una copia y anote el día en que la envió. Si no tiene respuesta en una semana, llame y pida un número de referencia.'
      : 'Keep a copy, and write down the day you sent it. If you hear nothing in a week, call and ask for a reference number.',
    es
      ? 'Si el plan dice que no, pida la respuesta por escrito. Usted puede apelar. Overturn puede abrir un caso de apelación con ella.'
      : 'If the plan says no, ask for the answer in writing. You can appeal. Overturn can open an appeal case from it.',
  ];
}

// Job-based and Marketplace plans: appeal-rules.md §7 lists no second-opinion mandate for them.
const noFederalMandate = {
  en: 'No federal law makes your plan pay for a second opinion, but many plans do. Ask for the plan’s second-opinion policy.',
  es: 'Ninguna ley federal obliga a su plan a pagar una segunda opinión, pero muchos planes lo hacen. Pida la política de segundas opiniones del plan.',
} as const;

/** What the person's program means for a second opinion (appeal-rules.md §7). */
const programStep: Record<CoverageProgram, Record<LetterLang, string>> = {
  // Medicare Benefit Policy Manual ch. 15 §30.D (high): Part B, 20% after the deductible, a third
  // opinion when the first two differ; no referral in Original Medicare.
  'original-medicare': {
    en: 'Original Medicare does not need a referral, so you may not need this letter. Part B helps pay for a second opinion before surgery or a major test or treatment. You pay 20% after your deductible. If the first two doctors do not agree, Part B also helps pay for a third opinion.',
    es: 'Medicare Original no pide remisión, así que puede que no necesite esta carta. La Parte B ayuda a pagar una segunda opinión antes de una cirugía o de una prueba o tratamiento importante. Usted paga el 20% después de su deducible. Si los dos primeros médicos no están de acuerdo, la Parte B también ayuda a pagar una tercera opinión.',
  },
  'medicare-advantage': {
    en: 'Your plan may want you to see a doctor in its network, and it may need a referral. If no one in the network can help, ask the plan to cover a doctor outside it at your normal cost.',
    es: 'Su plan puede pedirle que vea a un médico de su red, y puede pedir una remisión. Si nadie en la red puede ayudarle, pida al plan que cubra a un médico de fuera al costo normal.',
  },
  // No rule on Medicaid managed care second opinions in the reference: the person checks with the plan.
  'medicaid-managed-care': {
    en: 'Ask your Medicaid plan how it covers second opinions. Look in your member handbook too. We could not confirm the rule for your plan, so check it with them.',
    es: 'Pregunte a su plan de Medicaid cómo cubre las segundas opiniones. Busque también en su manual para miembros. No pudimos confirmar la regla de su plan, así que verifíquela con ellos.',
  },
  'employer-group': noFederalMandate,
  'individual-market': noFederalMandate,
  'not-sure': {
    en: 'First find out what kind of plan you have. Look at your member card, or call the number on it. The rules for second opinions depend on it.',
    es: 'Primero averigüe qué tipo de plan tiene. Mire su tarjeta de miembro o llame al número que aparece en ella. Las reglas de segundas opiniones dependen de eso.',
  },
};

/** The rules this letter states for the person's program, state and network. */
export function referralRulesFor(facts: OpinionLetterFacts): readonly ReferralRule[] {
  return referralRules.filter((rule) => rule.applies(facts.coverage, facts));
}

export function writeReferralRequest(facts: OpinionLetterFacts, lang: LetterLang): LetterResult {
  const es = lang === 'es';
  const rules = referralRulesFor(facts);
  const doctor = facts.addressee === 'primary-doctor';
  const named = facts.recipient[0] ?? facts.coverage.primaryDoctor;
  return {
    document: {
      kind: 'second-opinion-referral-request',
      lang,
      title: es ? 'Solicitud para cubrir una segunda opinión' : 'Request to cover a second opinion',
      from: fromBlock(facts, lang),
      date: printedDate(facts.today, lang),
      to: recipientBlock(facts, lang),
      subject: es
        ? 'Solicitud de aprobación y remisión para una segunda opinión'
        : 'Request for approval and referral for a second opinion',
      reference: reference(facts, lang),
      salutation: es
        ? 'A quien corresponda:'
        : doctor
          ? `Dear ${named ?? 'Doctor'}:`
          : 'Dear Member Services:',
      body: body(facts, lang, rules),
      closing: closing(lang),
      signature: signatureBlock(facts, lang),
      enclosures: representativeEnclosure(facts, lang),
      citations: rules.flatMap((rule) => rule.printed),
    },
    guidance: opinionGuidanceOf(lang, steps(facts, lang, rules)),
  };
}
