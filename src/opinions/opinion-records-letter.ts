import type { LetterLang, LetterResult } from '../letters/letter.js';
import { blankLine } from '../letters/letter-parts.js';
import {
  recordsGuidanceSteps,
  recordsOfficeBlock,
  recordsRequestDocument,
} from '../letters/templates/records-request-text.js';
import { quoted } from '../letters/templates/support-letter-text.js';
import type { OpinionLetterFacts } from './opinion-letter.js';
import { opinionGuidanceOf, quotedQuestion } from './opinion-letter-parts.js';

/**
 * The `records-request` letter of a second opinion: the same HIPAA right of access as an appeal's
 * (45 CFR 164.524, the shared frame in src/letters/templates/records-request-text.ts), sent to the
 * first doctor's office, asking for what a second doctor needs to see — the images themselves, not
 * only their reports — and asking that a copy may go straight to the second doctor:
 * 45 CFR 164.524(c)(3)(ii), a copy to a person the individual designates in a signed, written
 * request that names them and where to send it (appeal-rules.md §6, high).
 */

const designatedPerson = '45 CFR 164.524(c)(3)(ii)';

function about(facts: OpinionLetterFacts, lang: LetterLang): string {
  const { condition } = facts;
  if (lang === 'es') {
    return condition
      ? `el problema de salud ${quoted(condition, lang)}`
      : 'el problema de salud sobre el que pido una segunda opinión';
  }
  return condition
    ? `the condition ${quoted(condition, lang)}`
    : 'the condition I want a second opinion on';
}

/** Send a copy to the second doctor: named (or a line to name them) and where. */
function toSecondDoctor(facts: OpinionLetterFacts, lang: LetterLang): string {
  const doctor = facts.specialist ?? blankLine;
  return lang === 'es'
    ? `Por favor envíe también una copia directamente al médico que dará la segunda opinión: ${doctor}, a esta dirección: ${blankLine}. Esta solicitud escrita y firmada nombra a ese médico para recibirla (${designatedPerson}).`
    : `Please also send a copy directly to the doctor who will give the second opinion: ${doctor}, at this address: ${blankLine}. This signed, written request names that doctor to receive it (${designatedPerson}).`;
}

const ownSteps = {
  en: [
    'Ask for the images on a disc, not only the reports. The second doctor will want to see them.',
    'To have a copy sent straight to the second doctor, fill in their name and address. If you do not want that, cross out that part.',
  ],
  es: [
    'Pida las imágenes en un disco, no solo los informes. El segundo médico querrá verlas.',
    'Para que envíen una copia directo al segundo médico, escriba su nombre y dirección. Si no quiere eso, tache esa parte.',
  ],
} as const;

export function writeOpinionRecordsRequest(
  facts: OpinionLetterFacts,
  lang: LetterLang,
): LetterResult {
  const es = lang === 'es';
  const { doctor } = facts.firstOpinion;
  return {
    document: recordsRequestDocument(facts, lang, {
      to:
        facts.recipient.length > 0
          ? facts.recipient
          : recordsOfficeBlock(facts.firstOpinion.institution, lang),
      reference: doctor ? [[es ? 'Médico' : 'Doctor', doctor]] : [],
      about: about(facts, lang),
      records: es
        ? 'notas de consultas, resultados de análisis y de laboratorio, informes de imágenes y las imágenes mismas en un disco (CD o DVD), informes de patología, el historial de tratamientos y la lista actual de medicamentos'
        : 'visit notes, test and lab results, imaging reports and the images themselves on a disc (CD or DVD), pathology reports, the treatment history and the current medication list',
      more: [toSecondDoctor(facts, lang)],
      purpose: es
        ? `Necesito estos registros para una segunda opinión sobre esta pregunta: ${quotedQuestion(facts, lang)} Gracias por su ayuda.`
        : `I need these records for a second opinion on this question: ${quotedQuestion(facts, lang)} Thank you for your help.`,
      citations: [designatedPerson],
    }),
    guidance: opinionGuidanceOf(lang, recordsGuidanceSteps(lang, ownSteps[lang])),
  };
}
