import type { LetterFacts, LetterLang, LetterTemplate } from '../letter.js';
import { planLetterNeeds } from '../letter-facts.js';
import { isMedicareDrugAppeal } from '../medicare-drug-appeals.js';
import {
  fromBlock,
  guidanceOf,
  planBlock,
  printedDate,
  referenceLines,
  signatureBlock,
} from '../letter-parts.js';
import {
  careDescription,
  claimNumberSuffix,
  closing,
  replyTo,
  representativeEnclosure,
  representativeSentence,
} from './support-letter-text.js';

/**
 * A request to the plan for the claim file: everything it relied on to deny the claim, free of
 * charge, so the appeal can answer the plan's real reasons. Each program's paragraph cites only
 * what shared/reference/appeal-rules.md holds with high confidence:
 *
 * - ERISA and ACA plans: 29 CFR 2560.503-1(h)(2)(iii) and (m)(8) (free access to all documents
 *   relevant to the claim, §1b, high); 45 CFR 147.136(b) (ACA: see the file, and any new evidence
 *   or rationale in advance of the decision, §1, §1b, high for the rule).
 * - Medicare Advantage and Medicaid managed care: the reference does not hold a confirmed rule on
 *   the case file (42 CFR 438.406(b)(5) for Medicaid is believed to give it free and in advance,
 *   but was not read in a published source). So the letter asks for the file as part of the appeal
 *   under the program's appeal rules (42 CFR Part 422 Subpart M; Part 438 Subpart F) without
 *   stating a right, and the guidance tells the person to verify with the plan.
 */

interface LawParagraph {
  readonly text: string;
  readonly citations: readonly string[];
}

function lawParagraph(facts: LetterFacts, lang: LetterLang): LawParagraph {
  switch (facts.plan.program) {
    case 'employer-group':
      return {
        citations: ['29 CFR 2560.503-1(h)(2)(iii)', '29 CFR 2560.503-1(m)(8)', '45 CFR 147.136(b)'],
        text:
          lang === 'es'
            ? 'Hago esta solicitud conforme a 29 CFR 2560.503-1(h)(2)(iii) y 29 CFR 2560.503-1(m)(8), que dan al reclamante acceso gratuito a todos los documentos, registros y demás información pertinentes a su reclamo, y conforme a 45 CFR 147.136(b), que además exige que el plan me entregue, gratis y antes de decidir, cualquier prueba nueva o adicional y cualquier fundamento nuevo que considere, con tiempo para responder.'
            : 'I make this request under 29 CFR 2560.503-1(h)(2)(iii) and 29 CFR 2560.503-1(m)(8), which give a claimant free access to all documents, records and other information relevant to the claim, and under 45 CFR 147.136(b), which also requires the plan to give me, free of charge and before it decides, any new or additional evidence and any new rationale it considers, with time to respond.',
      };
    case 'individual-market':
      return {
        citations: ['45 CFR 147.136(b)', '29 CFR 2560.503-1(h)(2)(iii)'],
        text:
          lang === 'es'
            ? 'Hago esta solicitud conforme a 45 CFR 147.136(b), que aplica a mi plan la regla de 29 CFR 2560.503-1(h)(2)(iii): acceso gratuito a todos los documentos, registros y demás información pertinentes a mi reclamo. La misma norma exige que el plan me entregue, gratis y antes de decidir, cualquier prueba nueva o adicional y cualquier fundamento nuevo que considere, con tiempo para responder.'
            : 'I make this request under 45 CFR 147.136(b), which applies to my plan the rule of 29 CFR 2560.503-1(h)(2)(iii): free access to all documents, records and other information relevant to my claim. The same rule requires the plan to give me, free of charge and before it decides, any new or additional evidence and any new rationale it considers, with time to respond.',
      };
    case 'medicare-advantage':
      if (isMedicareDrugAppeal(facts)) {
        return {
          citations: ['42 CFR Part 423'],
          text:
            lang === 'es'
              ? 'Pido estos documentos para preparar mi apelación conforme a las reglas de apelación de medicamentos de Medicare (Parte D, 42 CFR Part 423). Le ruego que me los envíe sin costo y con tiempo suficiente para usarlos antes de que se decida mi apelación.'
              : 'I ask for these documents to prepare my appeal under the Medicare drug (Part D) appeal rules (42 CFR Part 423). Please send them free of charge and early enough for me to use them before my appeal is decided.',
        };
      }
      return {
        citations: ['42 CFR Part 422, Subpart M'],
        text:
          lang === 'es'
            ? 'Pido estos documentos para preparar mi apelación conforme a las reglas de apelación de Medicare Advantage (42 CFR Part 422, Subpart M). Le ruego que me los envíe sin costo y con tiempo suficiente para usarlos antes de que se decida mi apelación.'
            : 'I ask for these documents to prepare my appeal under the Medicare Advantage appeal rules (42 CFR Part 422, Subpart M). Please send them free of charge and early enough for me to use them before my appeal is decided.',
      };
    case 'medicaid-managed-care':
      return {
        citations: ['42 CFR Part 438, Subpart F'],
        text:
          lang === 'es'
            ? 'Pido mi expediente del caso para preparar mi apelación conforme a las reglas de apelación de Medicaid de atención administrada (42 CFR Part 438, Subpart F). Le ruego que me lo envíe sin costo y con tiempo suficiente para usarlo antes de que se decida mi apelación.'
            : 'I ask for my case file to prepare my appeal under the Medicaid managed care appeal rules (42 CFR Part 438, Subpart F). Please send it free of charge and early enough for me to use it before my appeal is decided.',
      };
  }
}

const items = {
  en: [
    '1. The complete claim file, including all notes, reviews and records of calls with the plan about the claim (with any recordings or transcripts).',
    '2. Every internal rule, guideline, protocol, medical policy or other criterion the plan relied on to deny the claim, in the version used for this claim.',
    '3. The names, titles and credentials of everyone who reviewed the claim, including any medical experts consulted, whether or not the plan relied on their advice.',
    '4. The clinical or scientific judgment behind the decision, if it was based on medical necessity or on the care being experimental.',
    '5. The diagnosis and treatment codes on the claim, with their meanings.',
    '6. All other documents, records and information relevant to the claim.',
  ],
  es: [
    '1. El expediente completo del reclamo, incluidas todas las notas, revisiones y registros de las llamadas con el plan sobre el reclamo (con sus grabaciones o transcripciones, si existen).',
    '2. Cada regla interna, guía, protocolo, política médica u otro criterio en que se basó el plan para negar el reclamo, en la versión usada para este reclamo.',
    '3. Los nombres, cargos y credenciales de todas las personas que revisaron el reclamo, incluidos los expertos médicos consultados, aunque el plan no haya seguido su opinión.',
    '4. El juicio clínico o científico en que se basó la decisión, si se basó en la necesidad médica o en que la atención sea experimental.',
    '5. Los códigos de diagnóstico y de tratamiento del reclamo, con su significado.',
    '6. Todos los demás documentos, registros e información pertinentes al reclamo.',
  ],
} as const;

function body(facts: LetterFacts, lang: LetterLang): { body: string[]; citations: string[] } {
  const law = lawParagraph(facts, lang);
  const care = careDescription(facts, lang);
  const claim = claimNumberSuffix(facts, lang);
  const noticeDate = facts.denial.noticeDate && printedDate(facts.denial.noticeDate, lang);
  const ask =
    lang === 'es'
      ? `Le pido que me envíe, sin costo, una copia completa del expediente del reclamo por ${care}${claim}, y todo lo que el plan usó para negarlo.`
      : `Please send me, free of charge, a complete copy of the claim file for ${care}${claim}, and everything the plan used to deny it.`;
  const context = noticeDate
    ? lang === 'es'
      ? `${facts.plan.insurer} negó este reclamo en un aviso con fecha del ${noticeDate}. Le pido en particular:`
      : `${facts.plan.insurer} denied this claim in a notice dated ${noticeDate}. In particular, I ask for:`
    : lang === 'es'
      ? `${facts.plan.insurer} negó este reclamo. Le pido en particular:`
      : `${facts.plan.insurer} denied this claim. In particular, I ask for:`;
  const notAnAppeal =
    lang === 'es'
      ? 'Esta solicitud no es mi apelación. Me reservo el derecho de apelar dentro del plazo permitido y de agregar pruebas cuando reciba estos documentos.'
      : 'This request is not my appeal. I keep my right to appeal within the time allowed, and to add evidence once I have these documents.';
  const thanks =
    lang === 'es'
      ? 'Si alguna parte va a tardar, le ruego que me envíe primero lo que ya tenga y me diga cuándo llegará el resto. Gracias.'
      : 'If any part will take longer, please send what you have first and tell me when the rest will follow. Thank you.';
  return {
    body: [
      ask,
      ...representativeSentence(facts, lang),
      context,
      ...items[lang],
      law.text,
      `${replyTo(facts, lang)} ${notAnAppeal}`,
      thanks,
    ],
    citations: [...law.citations],
  };
}

function guidanceSteps(facts: LetterFacts, lang: LetterLang): string[] {
  const program = facts.plan.program;
  const unconfirmed = program === 'medicare-advantage' || program === 'medicaid-managed-care';
  if (lang === 'es') {
    return [
      'Revise los nombres y los números de arriba. Corrija lo que esté mal.',
      'Firme la carta y guarde una copia.',
      'Envíela a la dirección de apelaciones que aparece en su carta de negación. Puede usar fax, el sitio web del plan o correo con rastreo.',
      'Anote el día en que la envió.',
      'Esta carta no detiene el plazo para apelar. Siga preparando su apelación mientras espera.',
      'Si no recibe nada en 30 días, llame al plan y pida hablar con un supervisor.',
      ...(unconfirmed
        ? [
            'No hemos confirmado la regla exacta para su tipo de plan. Pregunte a su plan cómo entrega el expediente.',
          ]
        : []),
    ];
  }
  return [
    'Check the names and numbers at the top. Fix anything that is wrong.',
    'Sign the letter and keep a copy.',
    'Send it to the appeals address on your denial letter. You can use fax, the plan’s website, or mail with tracking.',
    'Write down the day you sent it.',
    'This letter does not stop the clock on your appeal. Keep working on your appeal while you wait.',
    'If nothing comes in 30 days, call the plan and ask for a supervisor.',
    ...(unconfirmed
      ? [
          'We have not confirmed the exact rule for your kind of plan. Ask your plan how it shares the file.',
        ]
      : []),
  ];
}

export const claimFileRequest: LetterTemplate = {
  kind: 'claim-file-request',
  audience: 'plan',
  requires: planLetterNeeds,
  write(facts, lang) {
    const { body: paragraphs, citations } = body(facts, lang);
    return {
      document: {
        kind: 'claim-file-request',
        lang,
        title:
          lang === 'es' ? 'Solicitud del expediente del reclamo' : 'Request for the claim file',
        from: fromBlock(facts, lang),
        date: printedDate(facts.today, lang),
        to: planBlock(facts, lang),
        subject:
          lang === 'es'
            ? 'Solicitud del expediente del reclamo y de los criterios usados'
            : 'Request for the claim file and the criteria used',
        reference: referenceLines(facts, lang),
        salutation: lang === 'es' ? 'A quien corresponda:' : 'Dear Appeals Department:',
        body: paragraphs,
        closing: closing(lang),
        signature: signatureBlock(facts, lang),
        enclosures: representativeEnclosure(facts, lang),
        citations,
      },
      guidance: guidanceOf(lang, guidanceSteps(facts, lang)),
    };
  },
};
