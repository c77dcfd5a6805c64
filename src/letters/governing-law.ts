import type { Program } from '../cases/case-terms.js';
import type { LetterFacts, LetterLang } from './letter.js';
import type { CitedText, ProgramLaw } from './program-law.js';
import { isMedicareDrugAppeal, medicareDrugLaw } from './medicare-drug-appeals.js';

export type { CitedText, ProgramLaw } from './program-law.js';

/**
 * The law each program's appeals are decided under, as a letter to the plan states it, in English
 * and Spanish. Every rule here is marked high or medium confidence in
 * shared/reference/appeal-rules.md; rules marked low there (paragraph numbers from memory, the
 * de-minimis explanation of 147.136(b)(2)(ii)(F)(2), Medicaid's 2020 oral-appeal change) are left
 * out of letters on purpose, because a letter states what it cites as fact.
 */

/** Joins sentences into one paragraph and keeps each citation once, in order. */
export function joinCited(parts: readonly CitedText[]): CitedText {
  return {
    text: parts
      .map((part) => part.text)
      .filter(Boolean)
      .join(' '),
    citations: [...new Set(parts.flatMap((part) => part.citations))],
  };
}

const cited = (text: string, ...citations: string[]): CitedText => ({ text, citations });

// 29 CFR 2560.503-1(h)(2)(iii)–(iv), (h)(3)(ii)–(v): the full and fair review (appeal-rules.md §1b,
// high). 45 CFR 147.136(b)(2)(ii)(C): new evidence or rationale in advance (high rule, medium para.).
function erisaReview(lang: LetterLang, medicalJudgment: boolean): CitedText {
  const en = lang === 'en';
  return joinCited([
    en
      ? cited(
          'I ask for a full and fair review. Under 29 CFR 2560.503-1(h)(2)(iv), the review must take into account all comments, documents, records and other information I submit, whether or not they were considered in the first decision. Under 29 CFR 2560.503-1(h)(3)(ii), it must give no deference to the first denial and be decided by someone who did not make that decision and is not that person’s subordinate.',
          '29 CFR 2560.503-1(h)(2)(iv)',
          '29 CFR 2560.503-1(h)(3)(ii)',
        )
      : cited(
          'Solicito una revisión completa y justa. Según 29 CFR 2560.503-1(h)(2)(iv), la revisión debe tener en cuenta todos los comentarios, documentos, expedientes y demás información que yo presente, aunque no se hayan considerado en la primera decisión. Según 29 CFR 2560.503-1(h)(3)(ii), no debe dar deferencia a la primera negación y debe decidirla una persona que no tomó esa decisión y que no es subordinada de quien la tomó.',
          '29 CFR 2560.503-1(h)(2)(iv)',
          '29 CFR 2560.503-1(h)(3)(ii)',
        ),
    medicalJudgment
      ? en
        ? cited(
            'Because the denial rests on medical judgment, 29 CFR 2560.503-1(h)(3)(iii) requires the plan to consult a health care professional with appropriate training and experience in the field of medicine involved, who was not consulted for the first decision (29 CFR 2560.503-1(h)(3)(v)). Please give me the names of any medical experts whose advice was obtained (29 CFR 2560.503-1(h)(3)(iv)).',
            '29 CFR 2560.503-1(h)(3)(iii)',
            '29 CFR 2560.503-1(h)(3)(v)',
            '29 CFR 2560.503-1(h)(3)(iv)',
          )
        : cited(
            'Como la negación se basa en un juicio médico, 29 CFR 2560.503-1(h)(3)(iii) exige que el plan consulte a un profesional de la salud con la formación y la experiencia adecuadas en el área de la medicina de que se trata, que no haya sido consultado para la primera decisión (29 CFR 2560.503-1(h)(3)(v)). Le pido que me indique los nombres de los expertos médicos cuya opinión se haya obtenido (29 CFR 2560.503-1(h)(3)(iv)).',
            '29 CFR 2560.503-1(h)(3)(iii)',
            '29 CFR 2560.503-1(h)(3)(v)',
            '29 CFR 2560.503-1(h)(3)(iv)',
          )
      : cited(''),
    en
      ? cited(
          'Under 29 CFR 2560.503-1(h)(2)(iii), please send me, free of charge, copies of all documents, records and other information relevant to this claim, including the claim file, any internal rule, guideline, protocol or criteria the plan relied on, and notes or recordings of calls about the claim. Under 45 CFR 147.136(b)(2)(ii)(C), please also send me, free of charge and before you decide, any new or additional evidence or rationale the plan considers, so that I have a fair chance to respond.',
          '29 CFR 2560.503-1(h)(2)(iii)',
          '45 CFR 147.136(b)(2)(ii)(C)',
        )
      : cited(
          'Según 29 CFR 2560.503-1(h)(2)(iii), le pido que me envíe, sin costo, copias de todos los documentos, expedientes y demás información relacionados con este reclamo, incluido el expediente del reclamo, cualquier regla interna, guía, protocolo o criterio en que se basó el plan, y las notas o grabaciones de las llamadas sobre el reclamo. Según 45 CFR 147.136(b)(2)(ii)(C), le pido también que me envíe, sin costo y antes de decidir, cualquier prueba o razonamiento nuevo o adicional que el plan considere, para que yo tenga una oportunidad justa de responder.',
          '29 CFR 2560.503-1(h)(2)(iii)',
          '45 CFR 147.136(b)(2)(ii)(C)',
        ),
  ]);
}

export const programLaws = {
  // ERISA's claims rule governs private-employer plans; the ACA adds its protections for plans that
  // are not grandfathered: 45 CFR 147.136, mirrored for ERISA plans at 29 CFR 2590.715-2719 (§1).
  'employer-group': {
    program: 'employer-group',
    citation: '29 CFR 2560.503-1',
    confidence: 'high',
    appealName: { en: 'appeal', es: 'apelación' },
    basis: (funding, lang) => {
      const aca =
        funding === 'self-funded'
          ? ['29 CFR 2590.715-2719', '45 CFR 147.136']
          : [
              '45 CFR 147.136',
              lang === 'en'
                ? 'Public Health Service Act §2719'
                : 'Ley del Servicio de Salud Pública §2719',
            ];
      return lang === 'en'
        ? cited(
            `The plan’s claims and appeals are governed by the claims procedure rule for employee benefit plans under ERISA, 29 CFR 2560.503-1, and, if the plan is not grandfathered, by the Affordable Care Act’s internal appeal and external review rules (${aca.join(' and ')}).`,
            '29 CFR 2560.503-1',
            ...aca,
          )
        : cited(
            `Los reclamos y las apelaciones del plan se rigen por la regla de procedimientos de reclamos para planes de beneficios de empleados bajo ERISA, 29 CFR 2560.503-1, y, si el plan no es un plan con derechos adquiridos («grandfathered»), por las reglas de apelación interna y revisión externa de la Ley de Cuidado de Salud a Bajo Precio (${aca.join(' y ')}).`,
            '29 CFR 2560.503-1',
            ...aca,
          );
    },
    fullAndFairReview: erisaReview,
  },
  // 45 CFR 147.136(b)(3): individual-market issuers follow 2560.503-1 "as if" a group plan (§1).
  'individual-market': {
    program: 'individual-market',
    citation: '45 CFR 147.136',
    confidence: 'high',
    appealName: { en: 'appeal', es: 'apelación' },
    basis: (_funding, lang) =>
      lang === 'en'
        ? cited(
            'The plan’s claims and appeals are governed by the Affordable Care Act’s internal claims and appeals rule for individual health insurance, 45 CFR 147.136 (Public Health Service Act §2719), which applies the standards of 29 CFR 2560.503-1 to this coverage.',
            '45 CFR 147.136',
            'Public Health Service Act §2719',
            '29 CFR 2560.503-1',
          )
        : cited(
            'Los reclamos y las apelaciones del plan se rigen por la regla de reclamos y apelaciones internas de la Ley de Cuidado de Salud a Bajo Precio para seguros de salud individuales, 45 CFR 147.136 (Ley del Servicio de Salud Pública §2719), que aplica a esta cobertura las normas de 29 CFR 2560.503-1.',
            '45 CFR 147.136',
            'Ley del Servicio de Salud Pública §2719',
            '29 CFR 2560.503-1',
          ),
    fullAndFairReview: erisaReview,
  },
  // 42 CFR 422.578–422.590 (§3, high). The IRE forwarding rule, 422.590 and 422.592, is high; the
  // 24-hour expedited forwarding and 422.590(g) are low and not stated.
  'medicare-advantage': {
    program: 'medicare-advantage',
    citation: '42 CFR Part 422, Subpart M',
    confidence: 'high',
    appealName: { en: 'reconsideration', es: 'reconsideración' },
    basis: (_funding, lang) =>
      lang === 'en'
        ? cited(
            'The plan’s appeals are governed by the Medicare Advantage appeal rules, 42 CFR Part 422, Subpart M, including 42 CFR 422.578 and 42 CFR 422.582 (the right to ask the plan to reconsider its organization determination) and 42 CFR 422.590 (the time the plan has to decide).',
            '42 CFR Part 422, Subpart M',
            '42 CFR 422.578',
            '42 CFR 422.582',
            '42 CFR 422.590',
          )
        : cited(
            'Las apelaciones del plan se rigen por las reglas de apelación de Medicare Advantage, 42 CFR Part 422, Subpart M, incluidas 42 CFR 422.578 y 42 CFR 422.582 (el derecho a pedir que el plan reconsidere su determinación de la organización) y 42 CFR 422.590 (el plazo que tiene el plan para decidir).',
            '42 CFR Part 422, Subpart M',
            '42 CFR 422.578',
            '42 CFR 422.582',
            '42 CFR 422.590',
          ),
    fullAndFairReview: (lang) =>
      lang === 'en'
        ? cited(
            'I ask for a full and fair reconsideration that takes into account all the information I send with this request. If the plan upholds its denial in whole or in part, I understand that it must send my case to the Independent Review Entity without my asking (42 CFR 422.590, 42 CFR 422.592); please include everything I send in that case file and send me a copy of the case file, free of charge.',
            '42 CFR 422.590',
            '42 CFR 422.592',
          )
        : cited(
            'Solicito una reconsideración completa y justa que tenga en cuenta toda la información que envío con esta solicitud. Si el plan mantiene su negación en todo o en parte, entiendo que debe enviar mi caso a la Entidad de Revisión Independiente sin que yo lo pida (42 CFR 422.590, 42 CFR 422.592); le pido que incluya todo lo que envío en ese expediente y que me envíe una copia del expediente, sin costo.',
            '42 CFR 422.590',
            '42 CFR 422.592',
          ),
  },
  // 42 CFR 438.402 (one level of plan appeal, then the state fair hearing) and 438.404(b) (free
  // access to relevant documents and the medical-necessity criteria): §4, high.
  'medicaid-managed-care': {
    program: 'medicaid-managed-care',
    citation: '42 CFR Part 438, Subpart F',
    confidence: 'high',
    appealName: { en: 'appeal', es: 'apelación' },
    basis: (_funding, lang) =>
      lang === 'en'
        ? cited(
            'The plan’s appeals are governed by the Medicaid managed care appeal rules, 42 CFR Part 438, Subpart F, including 42 CFR 438.402 (the right to appeal the plan’s adverse benefit determination).',
            '42 CFR Part 438, Subpart F',
            '42 CFR 438.402',
          )
        : cited(
            'Las apelaciones del plan se rigen por las reglas de apelación de la atención administrada de Medicaid, 42 CFR Part 438, Subpart F, incluida 42 CFR 438.402 (el derecho a apelar la determinación adversa de beneficios del plan).',
            '42 CFR Part 438, Subpart F',
            '42 CFR 438.402',
          ),
    fullAndFairReview: (lang) =>
      lang === 'en'
        ? cited(
            'I ask for a full and fair review that takes into account all the information I send with this appeal. The plan’s notice must tell me of my right to free access to, and copies of, the documents relevant to my claim, including the medical-necessity criteria used (42 CFR 438.404(b)); please send me those copies and my case file.',
            '42 CFR 438.404(b)',
          )
        : cited(
            'Solicito una revisión completa y justa que tenga en cuenta toda la información que envío con esta apelación. El aviso del plan debe informarme de mi derecho a ver y recibir sin costo copias de los documentos relacionados con mi reclamo, incluidos los criterios de necesidad médica que se usaron (42 CFR 438.404(b)); le pido que me envíe esas copias y mi expediente.',
            '42 CFR 438.404(b)',
          ),
  },
} as const satisfies Record<Program, ProgramLaw>;

export const programLawOf = (program: Program): ProgramLaw => programLaws[program];

/** The law a letter about these facts cites: the program's, or Part D's for a Medicare drug. */
export const governingLawOf = (facts: LetterFacts): ProgramLaw =>
  isMedicareDrugAppeal(facts) ? medicareDrugLaw : programLawOf(facts.plan.program);
