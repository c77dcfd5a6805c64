import type { LetterFacts, LetterLang, LetterTemplate } from '../letter.js';
import { blankLine, fromBlock, guidanceOf, printedDate, signatureBlock } from '../letter-parts.js';
import {
  careDescription,
  closing,
  replyTo,
  representativeEnclosure,
  representativeSentence,
} from './support-letter-text.js';

/**
 * A request to a doctor's office or hospital for copies of the patient's records, under the HIPAA
 * right of access (shared/reference/appeal-rules.md §6, all high confidence):
 * 45 CFR 164.524(a)(1) the right; (b)(2) act within 30 days of receipt (one 30-day extension, in
 * writing); (c)(2) the form asked for, electronic when the records are; (c)(4) a reasonable,
 * cost-based fee. Providers may require their own written form (164.524(b)(1)): the guidance says
 * so, and the letter can go with it.
 */

const citations = [
  '45 CFR 164.524',
  '45 CFR 164.524(b)(2)',
  '45 CFR 164.524(c)(2)',
  '45 CFR 164.524(c)(4)',
] as const;

function body(facts: LetterFacts, lang: LetterLang): string[] {
  const care = careDescription(facts, lang);
  const email = facts.sender.email;
  // Someone writing for the patient asks for the patient's records, not their own.
  const patient = facts.sender.relationship ? facts.patient.name : null;
  if (lang === 'es') {
    return [
      patient
        ? 'Conforme al derecho de acceso bajo HIPAA (45 CFR 164.524), le pido copias de los expedientes médicos que se indican abajo.'
        : 'Conforme a mi derecho de acceso bajo HIPAA (45 CFR 164.524), le pido copias de mis expedientes médicos que se indican abajo.',
      ...representativeSentence(facts, lang),
      `Pido todos los registros sobre ${care}, y sobre ${patient ? `la atención de ${patient}` : 'mi atención'} desde ${blankLine} hasta ${blankLine}: notas de consultas, resultados de análisis y de laboratorio, informes de imágenes, informes de cirugías o procedimientos, órdenes, remisiones y cartas.`,
      email
        ? `Si los registros están en formato electrónico, le pido una copia electrónica (PDF) enviada a ${email}, como permite 45 CFR 164.524(c)(2). Si no, copias en papel.`
        : 'Si los registros están en formato electrónico, le pido una copia electrónica (PDF), como permite 45 CFR 164.524(c)(2). Si no, copias en papel.',
      `La norma le da 30 días desde que recibe esta solicitud para responder (45 CFR 164.524(b)(2)). Cualquier cargo debe ser razonable y basado en el costo (45 CFR 164.524(c)(4)); si hay un cargo, le ruego que me lo diga antes de enviar los registros. ${replyTo(facts, lang)}`,
      'Necesito estos registros para una apelación ante mi plan de salud. Gracias por su ayuda.',
    ];
  }
  return [
    `Under ${patient ? 'the' : 'my'} HIPAA right of access (45 CFR 164.524), please send me copies of the medical records listed below.`,
    ...representativeSentence(facts, lang),
    `I ask for all records about ${care}, and about ${patient ? `${patient}’s` : 'my'} care from ${blankLine} to ${blankLine}: visit notes, test and lab results, imaging reports, surgery or procedure reports, orders, referrals and letters.`,
    email
      ? `If the records are electronic, please send an electronic copy (PDF) to ${email}, as 45 CFR 164.524(c)(2) allows. If not, paper copies are fine.`
      : 'If the records are electronic, please send an electronic copy (PDF), as 45 CFR 164.524(c)(2) allows. If not, paper copies are fine.',
    `The rule gives you 30 days from receiving this request to act on it (45 CFR 164.524(b)(2)). Any fee must be reasonable and cost-based (45 CFR 164.524(c)(4)); if there is a fee, please tell me before you send the records. ${replyTo(facts, lang)}`,
    'I need these records for an appeal with my health plan. Thank you for your help.',
  ];
}

const guidance = {
  en: [
    'Send this to the records office of the doctor or hospital. Call first to ask where to send it.',
    'Many offices have their own form. If they do, fill it in too and send it with this letter.',
    'Add a copy of your photo ID. If you act for the patient, add the paper that lets you do so.',
    'They have 30 days to answer. They may take 30 more days once, but they must tell you why in writing.',
    'If they refuse or ask for too much money, you can complain to the Office for Civil Rights at HHS.',
  ],
  es: [
    'Envíe esta carta a la oficina de registros del médico o del hospital. Llame antes para saber a dónde enviarla.',
    'Muchas oficinas tienen su propio formulario. Si es así, llénelo también y envíelo con esta carta.',
    'Agregue una copia de su identificación con foto. Si usted actúa por el paciente, agregue el papel que se lo permite.',
    'Tienen 30 días para responder. Pueden tardar 30 días más una sola vez, pero deben decirle por escrito por qué.',
    'Si se niegan o le cobran demasiado, puede quejarse ante la Oficina de Derechos Civiles del HHS.',
  ],
} as const;

export const recordsRequest: LetterTemplate = {
  kind: 'records-request',
  audience: 'provider-records',
  requires: [
    { path: 'patient.name', label: 'patient’s name' },
    { path: 'claim.provider', label: 'provider' },
  ],
  write(facts, lang) {
    const es = lang === 'es';
    const { patient } = facts;
    return {
      document: {
        kind: 'records-request',
        lang,
        title: es ? 'Solicitud de expedientes médicos' : 'Request for medical records',
        from: fromBlock(facts, lang),
        date: printedDate(facts.today, lang),
        to: [
          facts.claim.provider ?? blankLine,
          es ? 'Departamento de Expedientes Médicos' : 'Medical Records Department',
          `${es ? 'Dirección' : 'Address'}: ${blankLine}`,
        ],
        subject: es
          ? 'Solicitud de copias de expedientes médicos (derecho de acceso de HIPAA)'
          : 'Request for copies of medical records (HIPAA right of access)',
        reference: [
          [es ? 'Paciente' : 'Patient', patient.name],
          [
            es ? 'Fecha de nacimiento' : 'Date of birth',
            patient.dateOfBirth ? printedDate(patient.dateOfBirth, lang) : blankLine,
          ],
          ...(facts.claim.serviceDate
            ? ([
                [
                  es ? 'Fecha del servicio' : 'Date of service',
                  printedDate(facts.claim.serviceDate, lang),
                ],
              ] as const)
            : []),
        ],
        salutation: es ? 'A quien corresponda:' : 'Dear Medical Records Department:',
        body: body(facts, lang),
        closing: closing(lang),
        signature: signatureBlock(facts, lang),
        enclosures: [
          es ? 'Copia de mi identificación con foto' : 'Copy of my photo ID',
          ...representativeEnclosure(facts, lang),
        ],
        citations: [...citations],
      },
      guidance: guidanceOf(lang, guidance[lang]),
    };
  },
};
