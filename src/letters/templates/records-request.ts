import type { LetterTemplate } from '../letter.js';
import { guidanceOf, printedDate } from '../letter-parts.js';
import {
  recordsGuidanceSteps,
  recordsOfficeBlock,
  recordsRequestDocument,
} from './records-request-text.js';
import { careDescription } from './support-letter-text.js';

/**
 * A request to a doctor's office or hospital for copies of the patient's records, for an appeal,
 * under the HIPAA right of access (45 CFR 164.524; the shared frame and its citations are in
 * records-request-text.ts). This kind names the denied care and its date of service.
 */
export const recordsRequest: LetterTemplate = {
  kind: 'records-request',
  audience: 'provider-records',
  requires: [
    { path: 'patient.name', label: 'patient’s name' },
    { path: 'claim.provider', label: 'provider' },
  ],
  write(facts, lang) {
    const es = lang === 'es';
    const { serviceDate } = facts.claim;
    return {
      document: recordsRequestDocument(facts, lang, {
        to: recordsOfficeBlock(facts.claim.provider, lang),
        reference: serviceDate
          ? [[es ? 'Fecha del servicio' : 'Date of service', printedDate(serviceDate, lang)]]
          : [],
        about: careDescription(facts, lang),
        records: es
          ? 'notas de consultas, resultados de análisis y de laboratorio, informes de imágenes, informes de cirugías o procedimientos, órdenes, remisiones y cartas'
          : 'visit notes, test and lab results, imaging reports, surgery or procedure reports, orders, referrals and letters',
        more: [],
        purpose: es
          ? 'Necesito estos registros para una apelación ante mi plan de salud. Gracias por su ayuda.'
          : 'I need these records for an appeal with my health plan. Thank you for your help.',
        citations: [],
      }),
      guidance: guidanceOf(lang, recordsGuidanceSteps(lang)),
    };
  },
};
