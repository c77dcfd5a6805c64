import type { NetworkType } from '../cases/case-terms.js';
import type { UsState } from '../common/us-states.js';
import type { Confidence } from '../deadlines/deadline-terms.js';
import type { LetterLang } from '../letters/letter.js';
import type { Bilingual } from './guidance-lang.js';
import type { Coverage, CoverageProgram, QuestionKind } from './second-opinion.js';

/**
 * How a plan covers a second opinion, and what to do to have it covered: the rules (law, with its
 * citation and confidence from shared/reference/appeal-rules.md §7) and short steps, chosen by
 * program, network type and state.
 *
 * The table below is data, not branches: each row says when it applies and carries its citation.
 * Rows about how a network works (an HMO's referral, a PPO's higher out-of-network cost) are plan
 * design, not law, so they give steps with no citation and no rule. A LOW-confidence rule, and
 * every step taken from it, tells the person to check with the plan.
 */

export interface CoverageStep {
  readonly text: string;
  readonly citation: string | null;
  /** Not sure enough to rely on: check with the plan. */
  readonly verify: boolean;
}

export interface CoverageRule {
  readonly name: string;
  readonly summary: string;
  readonly citation: string;
  readonly confidence: Confidence;
  readonly verify: boolean;
}

export interface CoverageAdvice {
  /** The plan likely needs a referral from the primary doctor; null when it cannot be told. */
  readonly referralLikely: boolean | null;
  readonly steps: CoverageStep[];
  readonly rules: CoverageRule[];
  /** When a third opinion is covered too (Original Medicare), in one plain sentence. */
  readonly thirdOpinion: string | null;
}

/** One row: when it applies (an absent field matches anything), its law and its steps. */
interface CoverageRow {
  readonly id: string;
  readonly programs?: readonly CoverageProgram[];
  readonly networkTypes?: readonly (NetworkType | null)[];
  readonly states?: readonly UsState[];
  readonly law: {
    readonly name: Bilingual;
    readonly summary: Bilingual;
    readonly citation: string;
    readonly confidence: Confidence;
  } | null;
  readonly steps: readonly {
    readonly text: Bilingual;
    /** Only for these questions (a state's trigger worded for the person's own question). */
    readonly questionKinds?: readonly QuestionKind[];
    /** Check with the plan even though the row's law is sure (the project found no rule). */
    readonly verify?: boolean;
  }[];
}

/** Plans regulated by states and by the ACA's patient protections (not Medicare, not Medicaid). */
const privatePlans: readonly CoverageProgram[] = [
  'employer-group',
  'individual-market',
  'not-sure',
];

const stateLawCaveat = {
  en: 'State law may not apply to a job plan that your employer pays for itself (self-funded). Ask your plan.',
  es: 'La ley estatal puede no aplicarse a un plan de trabajo que paga su propio empleador (autofinanciado). Pregunte a su plan.',
} satisfies Bilingual;

export const coverageRows: readonly CoverageRow[] = [
  // Not sure of the plan: find out first (the card names the type, member services can say more).
  {
    id: 'find-out-plan',
    programs: ['not-sure'],
    law: null,
    steps: [
      {
        text: {
          en: 'Look at your insurance card. It often says HMO, PPO, EPO or POS, or Medicare or Medicaid.',
          es: 'Mire su tarjeta del seguro. A menudo dice HMO, PPO, EPO o POS, o Medicare o Medicaid.',
        },
      },
      {
        text: {
          en: 'Call member services at the number on your card and ask: "What kind of plan do I have? Does it cover a second opinion?"',
          es: 'Llame a servicios para miembros al número de su tarjeta y pregunte: "¿Qué tipo de plan tengo? ¿Cubre una segunda opinión?"',
        },
      },
    ],
  },
  // Plan design: HMO and POS plans send people to specialists through the primary doctor.
  {
    id: 'hmo-referral',
    networkTypes: ['hmo', 'pos'],
    law: null,
    steps: [
      {
        text: {
          en: 'Ask your primary doctor for a referral to the second doctor before the visit.',
          es: 'Pida a su médico de cabecera un pase (referido) al segundo médico antes de la cita.',
        },
      },
      {
        text: {
          en: 'Call member services and ask: "Is the referral approved?" Write down the date, the name and the reference number.',
          es: 'Llame a servicios para miembros y pregunte: "¿Está aprobado el pase?" Anote la fecha, el nombre y el número de referencia.',
        },
      },
      {
        text: {
          en: 'If the plan says no to the referral, you can appeal. Overturn can help you do it.',
          es: 'Si el plan niega el pase, usted puede apelar. Overturn le puede ayudar.',
        },
      },
    ],
  },
  {
    id: 'ppo-network',
    networkTypes: ['ppo'],
    law: null,
    steps: [
      {
        text: {
          en: 'Pick a doctor in your plan’s network to pay the least. You can go outside the network, but it will likely cost more.',
          es: 'Elija un médico de la red de su plan para pagar menos. Puede ir fuera de la red, pero es probable que le cueste más.',
        },
      },
      {
        text: {
          en: 'Call member services and ask: "Does this visit need approval first?"',
          es: 'Llame a servicios para miembros y pregunte: "¿Esta cita necesita aprobación previa?"',
        },
      },
    ],
  },
  {
    id: 'epo-network',
    networkTypes: ['epo'],
    law: null,
    steps: [
      {
        text: {
          en: 'Pick a doctor in your plan’s network. The plan usually does not pay for doctors outside it, except in an emergency.',
          es: 'Elija un médico de la red de su plan. El plan casi nunca paga médicos fuera de la red, salvo en una emergencia.',
        },
      },
      {
        text: {
          en: 'If no doctor in the network can help with your condition, ask the plan in writing to cover one outside it.',
          es: 'Si ningún médico de la red puede atender su caso, pida al plan por escrito que cubra uno fuera de la red.',
        },
      },
    ],
  },
  {
    id: 'network-unknown',
    // "Not sure" asks its own question (find-out-plan), so it is not asked twice.
    programs: [
      'employer-group',
      'individual-market',
      'medicare-advantage',
      'medicaid-managed-care',
    ],
    networkTypes: ['other', null],
    law: null,
    steps: [
      {
        text: {
          en: 'Call member services and ask: "Do I need a referral for a second opinion? Which doctors are in the network?"',
          es: 'Llame a servicios para miembros y pregunte: "¿Necesito un pase para una segunda opinión? ¿Qué médicos están en la red?"',
        },
      },
    ],
  },
  // 45 CFR 147.138(a) (mirrored at 29 CFR 2590.715-2719A): appeal-rules.md §7, high.
  {
    id: 'aca-patient-protections',
    programs: privatePlans,
    law: {
      name: {
        en: 'Choosing your primary doctor (ACA)',
        es: 'Elegir su médico de cabecera (ACA)',
      },
      summary: {
        en: 'If your plan asks you to have a primary doctor, you may choose any network primary doctor who takes new patients. You do not need a referral to see a network OB/GYN.',
        es: 'Si su plan le pide tener un médico de cabecera, usted puede elegir a cualquier médico de cabecera de la red que acepte pacientes nuevos. No necesita un pase para ver a un ginecólogo de la red.',
      },
      citation: '45 CFR 147.138(a); 29 CFR 2590.715-2719A',
      confidence: 'high',
    },
    steps: [],
  },
  // Cal. H&S Code §1383.15 and Ins. Code §10123.68 (AB 12, 1999): appeal-rules.md §7, high.
  {
    id: 'ca-second-opinion',
    programs: privatePlans,
    states: ['CA'],
    law: {
      name: {
        en: 'California second opinion law',
        es: 'Ley de segunda opinión de California',
      },
      summary: {
        en: 'Your plan must give you a second opinion from a qualified doctor when, for example, you question a surgery, a serious diagnosis or plan, the tests do not agree, or the treatment is not working. It is in the network unless no one there is qualified. You pay only your usual share.',
        es: 'Su plan debe darle una segunda opinión de un médico calificado si, por ejemplo, usted duda de una cirugía, de un diagnóstico grave o de un plan, si las pruebas no coinciden o si el tratamiento no funciona. Será dentro de la red, salvo que nadie ahí esté calificado. Usted paga solo su parte de siempre.',
      },
      citation: 'Cal. Health & Safety Code §1383.15; Cal. Ins. Code §10123.68',
      confidence: 'high',
    },
    steps: [
      {
        questionKinds: ['surgery'],
        text: {
          en: 'Ask the plan for a second opinion. Say: "I question whether I need this surgery."',
          es: 'Pida al plan una segunda opinión. Diga: "Tengo dudas de que necesite esta cirugía."',
        },
      },
      {
        questionKinds: ['diagnosis'],
        text: {
          en: 'Ask the plan for a second opinion. Say: "I question my diagnosis, and my condition is serious."',
          es: 'Pida al plan una segunda opinión. Diga: "Tengo dudas sobre mi diagnóstico, y mi problema de salud es grave."',
        },
      },
      {
        questionKinds: ['treatment'],
        text: {
          en: 'Ask the plan for a second opinion. Say: "I question my treatment plan, or it is not helping."',
          es: 'Pida al plan una segunda opinión. Diga: "Tengo dudas sobre mi tratamiento, o no me está ayudando."',
        },
      },
      { text: stateLawCaveat },
    ],
  },
  // §1383.15's 72-hour limit: appeal-rules.md §7 marks it LOW (not read in the full text).
  {
    id: 'ca-urgent-timing',
    programs: privatePlans,
    states: ['CA'],
    law: {
      name: {
        en: 'California: fast second opinion when health is in danger',
        es: 'California: segunda opinión rápida si su salud corre peligro',
      },
      summary: {
        en: 'If your health is in serious and sudden danger, the second opinion may have to happen within 72 hours. We are not sure of this time limit. Check with your plan.',
        es: 'Si su salud corre un peligro grave e inmediato, la segunda opinión quizás deba darse en 72 horas. No estamos seguros de este plazo. Confírmelo con su plan.',
      },
      citation: 'Cal. Health & Safety Code §1383.15',
      confidence: 'low',
    },
    steps: [],
  },
  // Cal. H&S Code §1383.1: appeal-rules.md §7, high.
  {
    id: 'ca-plan-policy',
    programs: privatePlans,
    states: ['CA'],
    law: {
      name: {
        en: 'California: your plan’s written policy',
        es: 'California: la política escrita de su plan',
      },
      summary: {
        en: 'Every plan must have a written second opinion policy and explain it in its Evidence of Coverage.',
        es: 'Todo plan debe tener una política escrita de segunda opinión y explicarla en su Evidencia de Cobertura.',
      },
      citation: 'Cal. Health & Safety Code §1383.1',
      confidence: 'high',
    },
    steps: [
      {
        text: {
          en: 'Read the second opinion part of your Evidence of Coverage. It says how to ask.',
          es: 'Lea la parte de segunda opinión de su Evidencia de Cobertura. Dice cómo pedirla.',
        },
      },
    ],
  },
  // SB 754 (1998) → RSMo §354.612: content medium, section number LOW (appeal-rules.md §7).
  {
    id: 'mo-second-opinion',
    programs: privatePlans,
    states: ['MO'],
    law: {
      name: {
        en: 'Missouri second opinion law',
        es: 'Ley de segunda opinión de Missouri',
      },
      summary: {
        en: 'HMOs and health services corporations must cover a second opinion in the network for a serious, disabling condition. If no one in the network fits, the plan must send you outside it at no extra cost. We are not sure of the law’s number. Check with your plan.',
        es: 'Las HMO y las corporaciones de servicios de salud deben cubrir una segunda opinión dentro de la red si su problema de salud es grave e incapacitante. Si nadie en la red es adecuado, el plan debe enviarle fuera de la red sin costo extra. No estamos seguros del número de la ley. Confírmelo con su plan.',
      },
      citation: 'Mo. Rev. Stat. §354.612 (SB 754, 1998)',
      confidence: 'low',
    },
    steps: [{ text: stateLawCaveat }],
  },
  // Medicare Benefit Policy Manual ch. 15 §30.D: appeal-rules.md §7, high.
  {
    id: 'original-medicare',
    programs: ['original-medicare'],
    law: {
      name: {
        en: 'Medicare Part B: second and third opinions',
        es: 'Medicare Parte B: segunda y tercera opinión',
      },
      summary: {
        en: 'Part B helps pay for a second opinion before surgery or a major test or treatment that is not an emergency. If the first two opinions differ, it helps pay for a third. You pay 20% after your Part B deductible. You do not need a referral.',
        es: 'La Parte B ayuda a pagar una segunda opinión antes de una cirugía, o de una prueba o tratamiento mayor, que no sea de emergencia. Si las dos primeras opiniones no coinciden, ayuda a pagar una tercera. Usted paga el 20% después de su deducible de la Parte B. No necesita un pase.',
      },
      citation: 'Medicare Benefit Policy Manual, ch. 15, §30.D',
      confidence: 'high',
    },
    steps: [
      {
        text: {
          en: 'Pick a doctor who takes Medicare. Ask the office: "Do you accept Medicare?"',
          es: 'Elija un médico que acepte Medicare. Pregunte en el consultorio: "¿Aceptan Medicare?"',
        },
      },
      {
        questionKinds: ['diagnosis'],
        verify: true,
        text: {
          en: 'Medicare’s rule is about surgery and major tests or treatments. For a question about a diagnosis, ask the office if Medicare will pay for the visit.',
          es: 'La regla de Medicare trata de cirugías y de pruebas o tratamientos mayores. Si su duda es sobre un diagnóstico, pregunte en el consultorio si Medicare pagará la cita.',
        },
      },
    ],
  },
  // 42 CFR 422.112(a)(1)(iii), (a)(2), (a)(3): appeal-rules.md §7, high.
  {
    id: 'medicare-advantage',
    programs: ['medicare-advantage'],
    law: {
      name: {
        en: 'Medicare Advantage: network and referrals',
        es: 'Medicare Advantage: red y pases',
      },
      summary: {
        en: 'Your plan may ask you to use its network or get a referral. If no network doctor can meet your need, the plan must arrange one outside the network at your usual network cost.',
        es: 'Su plan puede pedirle que use su red o que tenga un pase. Si ningún médico de la red puede atenderle, el plan debe conseguirle uno fuera de la red al costo normal de la red.',
      },
      citation: '42 CFR 422.112(a)(1)(iii), (a)(2), (a)(3)',
      confidence: 'high',
    },
    steps: [
      {
        text: {
          en: 'Call member services and ask: "Do I need a referral or approval for a second opinion?"',
          es: 'Llame a servicios para miembros y pregunte: "¿Necesito un pase o una aprobación para una segunda opinión?"',
        },
      },
      {
        text: {
          en: 'If no network doctor treats your condition, ask the plan to cover one outside the network at network cost.',
          es: 'Si ningún médico de la red trata su problema de salud, pida al plan que cubra uno fuera de la red al costo de la red.',
        },
      },
    ],
  },
  // appeal-rules.md has no second-opinion rule for Medicaid managed care: ask the plan.
  {
    id: 'medicaid-ask-plan',
    programs: ['medicaid-managed-care'],
    law: null,
    steps: [
      {
        verify: true,
        text: {
          en: 'We did not find a general rule for Medicaid plans. Call member services and ask: "How do you cover a second opinion? Do I need a referral?"',
          es: 'No encontramos una regla general para los planes de Medicaid. Llame a servicios para miembros y pregunte: "¿Cómo cubren una segunda opinión? ¿Necesito un pase?"',
        },
      },
    ],
  },
  // Where the plan itself writes the answer down (any private plan's own documents).
  {
    id: 'plan-documents',
    programs: ['employer-group', 'individual-market'],
    law: null,
    steps: [
      {
        text: {
          en: 'Look for "second opinion" in your plan papers, such as the Summary of Benefits or the member handbook.',
          es: 'Busque "segunda opinión" en los papeles de su plan, como el resumen de beneficios o el manual para miembros.',
        },
      },
    ],
  },
];

const thirdOpinionWords: Bilingual = {
  en: 'If the first two doctors do not agree, Medicare Part B also helps pay for a third opinion.',
  es: 'Si los dos primeros médicos no coinciden, la Parte B de Medicare también ayuda a pagar una tercera opinión.',
};

const matches = <T>(allowed: readonly T[] | undefined, value: T): boolean =>
  allowed === undefined || allowed.includes(value);

/** Which rows apply to this coverage. A state row needs a known state; the rest match by program and network. */
export function coverageRowsFor(coverage: Coverage): CoverageRow[] {
  return coverageRows.filter(
    (row) =>
      matches(row.programs, coverage.program) &&
      // Original Medicare has no network, so network rows never apply to it.
      (row.networkTypes === undefined || coverage.program !== 'original-medicare') &&
      matches(row.networkTypes, coverage.networkType) &&
      (row.states === undefined ||
        (coverage.state !== null && row.states.includes(coverage.state))),
  );
}

function referralLikelyFor(coverage: Coverage): boolean | null {
  if (coverage.program === 'original-medicare') return false;
  switch (coverage.networkType) {
    case 'hmo':
    case 'pos':
      return true;
    case 'ppo':
    case 'epo':
      return false;
    case 'other':
    case null:
      return null;
  }
}

export function coverageAdvice(
  coverage: Coverage,
  questionKind: QuestionKind,
  lang: LetterLang,
): CoverageAdvice {
  const rows = coverageRowsFor(coverage);
  const verifyLaw = (row: CoverageRow) => row.law?.confidence === 'low';
  return {
    referralLikely: referralLikelyFor(coverage),
    steps: rows.flatMap((row) =>
      row.steps
        .filter((step) => matches(step.questionKinds, questionKind))
        .map((step) => ({
          text: step.text[lang],
          citation: row.law?.citation ?? null,
          verify: verifyLaw(row) || step.verify === true,
        })),
    ),
    rules: rows.flatMap((row) =>
      row.law === null
        ? []
        : [
            {
              name: row.law.name[lang],
              summary: row.law.summary[lang],
              citation: row.law.citation,
              confidence: row.law.confidence,
              verify: verifyLaw(row),
            },
          ],
    ),
    thirdOpinion: coverage.program === 'original-medicare' ? thirdOpinionWords[lang] : null,
  };
}
