import type { LetterFacts, LetterLang, LetterTemplate } from '../letter.js';
import { planLetterNeeds } from '../letter-facts.js';
import { blankLine, guidanceOf, planBlock, printedDate, referenceLines } from '../letter-parts.js';
import { isMedicareDrugAppeal } from '../medicare-drug-appeals.js';
import { careDescription, quoted } from './support-letter-text.js';

/**
 * A letter of medical necessity for the treating doctor to fill in, sign and send on letterhead.
 * It is a form by design: every clinical statement is a bracketed blank ("[Describe …]") that only
 * the doctor can fill, and what the case knows (patient, plan, claim, codes, the plan's stated
 * reason) is already in place. It is addressed to the plan; the signature is the doctor's.
 *
 * When the care is urgent, it adds the treating physician's request for an expedited decision:
 * ERISA/ACA plans must accept a treating physician's urgent designation (29 CFR 2560.503-1(m)(1),
 * appeal-rules.md §1, high); a Medicare Advantage plan must expedite a physician's request
 * (42 CFR 422.584, §3, high). Medicaid's expedited rule is not in the reference, so that paragraph
 * asks without citing.
 */

function urgentParagraph(
  facts: LetterFacts,
  lang: LetterLang,
): { text: string; citations: string[] } | null {
  if (facts.denial.urgency !== 'urgent') return null;
  const es = lang === 'es';
  switch (facts.plan.program) {
    case 'employer-group':
    case 'individual-market':
      return {
        citations: ['29 CFR 2560.503-1(m)(1)'],
        text: es
          ? 'Como médico tratante, certifico que esperar el plazo normal podría poner en grave peligro la vida o la salud del paciente, o su capacidad de recuperar la función máxima. Pido que este caso se trate como urgente (29 CFR 2560.503-1(m)(1)).'
          : 'As the treating physician, I certify that waiting for the standard time could seriously jeopardize the patient’s life or health or ability to regain maximum function. I ask that this be handled as an urgent claim (29 CFR 2560.503-1(m)(1)).',
      };
    case 'medicare-advantage':
      // Part D's expedited rule is not in shared/reference: ask without citing (../medicare-drug-appeals.ts).
      if (isMedicareDrugAppeal(facts)) {
        return {
          citations: [],
          text: es
            ? 'Como médico tratante, indico que aplicar el plazo normal podría poner en grave peligro la vida o la salud del paciente, o su capacidad de recuperar la función máxima. Pido una decisión acelerada.'
            : 'As the treating physician, I indicate that applying the standard timeframe could seriously jeopardize the patient’s life or health or ability to regain maximum function. I request an expedited decision.',
        };
      }
      return {
        citations: ['42 CFR 422.584'],
        text: es
          ? 'Como médico tratante, indico que aplicar el plazo normal podría poner en grave peligro la vida o la salud del paciente, o su capacidad de recuperar la función máxima. Pido una decisión acelerada (42 CFR 422.584).'
          : 'As the treating physician, I indicate that applying the standard timeframe could seriously jeopardize the patient’s life or health or ability to regain maximum function. I request an expedited decision (42 CFR 422.584).',
      };
    case 'medicaid-managed-care':
      return {
        citations: [],
        text: es
          ? 'Como médico tratante, indico que aplicar el plazo normal podría poner en grave peligro la vida, la salud física o mental del paciente, o su capacidad de alcanzar, mantener o recuperar la función máxima. Pido una decisión acelerada.'
          : 'As the treating physician, I indicate that taking the standard time could seriously jeopardize the patient’s life, physical or mental health, or ability to attain, maintain or regain maximum function. I request an expedited decision.',
      };
  }
}

function body(facts: LetterFacts, lang: LetterLang): { body: string[]; citations: string[] } {
  const es = lang === 'es';
  const name = facts.patient.name;
  const care = careDescription(facts, lang);
  const codes = facts.claim.diagnosisCodes.join(', ');
  const procedures = facts.claim.procedureCodes.join(', ');
  const reason = facts.denial.statedReason;
  const noticeDate = facts.denial.noticeDate && printedDate(facts.denial.noticeDate, lang);
  const received = facts.denial.urgency === 'post-service';
  // "el servicio «…»" is masculine, the stand-in "la atención" feminine: the adjective agrees.
  const necessary = `médicamente ${facts.claim.serviceDescription ? 'necesario' : 'necesaria'}`;
  // In English a full date inside a sentence takes a comma after the year.
  const careMid = facts.claim.serviceDate && !es ? `${care},` : care;
  const ask = es
    ? `Escribo para pedir a ${facts.plan.insurer} que ${received ? 'pague' : 'apruebe'} ${care} para mi paciente, ${name}, porque es ${necessary}, y que revoque la negación${noticeDate ? ` del ${noticeDate}` : ''}.`
    : `I am writing to ask ${facts.plan.insurer} to ${received ? 'pay for' : 'approve'} ${careMid} for my patient, ${name}, because it is medically necessary, and to reverse the denial${noticeDate ? ` dated ${noticeDate}` : ''}.`;
  const urgent = urgentParagraph(facts, lang);
  const paragraphs = es
    ? [
        ask,
        ...(urgent ? [urgent.text] : []),
        `Soy [Describa su especialidad y certificación] y atiendo a ${name} desde [fecha].`,
        `Diagnóstico: [Describa el diagnóstico${codes ? `; códigos CIE-10: ${codes}` : ', con sus códigos CIE-10'}].`,
        'Historial: [Describa el historial pertinente, los síntomas y cómo limitan la vida diaria del paciente].',
        'Tratamientos ya probados: [Describa cada tratamiento probado, con fechas, y el resultado o por qué se suspendió].',
        `Por qué se necesita ahora: [Describa por qué ${care}${procedures ? ` (códigos ${procedures})` : ''} es el tratamiento adecuado ahora y qué se espera lograr].`,
        `Criterios del plan: ${reason ? `El plan indicó: ${quoted(reason, lang)}. ` : ''}[Describa cómo el paciente cumple los criterios o la política médica del plan, con su nombre y número si los conoce].`,
        'Guías aceptadas: [Cite las guías clínicas o los estudios que apoyan este tratamiento para este paciente].',
        'Riesgo de no tratar: [Describa el daño probable si se retrasa o se niega el tratamiento].',
        `En mi criterio profesional, ${care} es ${necessary} para ${name}. Puede comunicarse conmigo al [teléfono] para cualquier pregunta; estoy disponible para una conversación entre pares (peer-to-peer).`,
      ]
    : [
        ask,
        ...(urgent ? [urgent.text] : []),
        `I am [Describe your specialty and board certification], and I have treated ${name} since [date].`,
        `Diagnosis: [Describe the diagnosis${codes ? `; ICD-10 codes: ${codes}` : ', with ICD-10 codes'}].`,
        'History: [Describe the relevant history, the symptoms, and how they limit the patient’s daily life].',
        'Treatments tried: [Describe each treatment already tried, with dates, and the result or why it was stopped].',
        `Why this care is needed now: [Describe why ${care}${procedures ? ` (codes ${procedures})` : ''} is the right treatment now, and what it is expected to achieve].`,
        `The plan’s criteria: ${reason ? `The plan stated: ${quoted(reason, lang)}${/[.!?]$/.test(reason.trim()) ? '' : '.'} ` : ''}[Describe how the patient meets the plan’s criteria or medical policy, naming the policy and its number if known].`,
        'Accepted guidelines: [Cite the clinical guidelines or studies that support this treatment for this patient].',
        'Risk of not treating: [Describe the likely harm if the treatment is delayed or denied].',
        `In my professional judgment, ${careMid} is medically necessary for ${name}. Please contact me at [phone] with any questions; I am available for a peer-to-peer review.`,
      ];
  return { body: paragraphs, citations: urgent?.citations ?? [] };
}

const guidance = {
  en: [
    'This form is for your doctor. Give it to the office with your request note.',
    'The doctor fills in every part in [brackets], prints it on letterhead, and signs it.',
    'Ask the office to send a copy to you as well as to the plan.',
    'Put the signed letter in your appeal packet.',
  ],
  es: [
    'Este formulario es para su médico. Entréguelo en el consultorio junto con su nota de solicitud.',
    'El médico llena cada parte entre [corchetes], lo imprime en su papel con membrete y lo firma.',
    'Pida al consultorio que le envíe una copia a usted además de al plan.',
    'Ponga la carta firmada en el paquete de su apelación.',
  ],
} as const;

export const medicalNecessityLetter: LetterTemplate = {
  kind: 'medical-necessity-letter',
  audience: 'plan',
  requires: planLetterNeeds,
  write(facts, lang) {
    const es = lang === 'es';
    const { body: paragraphs, citations } = body(facts, lang);
    return {
      document: {
        kind: 'medical-necessity-letter',
        lang,
        title: es ? 'Carta de necesidad médica' : 'Letter of medical necessity',
        from: es
          ? ['[Membrete del médico: nombre, consultorio, dirección, teléfono, fax, NPI]']
          : ['[Doctor’s letterhead: name, practice, address, phone, fax, NPI]'],
        date: es ? '[Fecha]' : '[Date]',
        to: planBlock(facts, lang),
        subject: es
          ? `Carta de necesidad médica: ${facts.patient.name}`
          : `Letter of medical necessity: ${facts.patient.name}`,
        reference: referenceLines(facts, lang),
        salutation: es ? 'Estimado/a director/a médico/a:' : 'Dear Medical Director:',
        body: paragraphs,
        closing: es ? 'Atentamente,' : 'Sincerely,',
        signature: es
          ? [blankLine, '[Nombre del médico, títulos]', '[Especialidad]', '[NPI]', '[Fecha]']
          : [blankLine, '[Doctor’s name, credentials]', '[Specialty]', '[NPI]', '[Date]'],
        enclosures: es
          ? [
              '[Enumere los registros que adjunta: notas de consulta, resultados de pruebas, informes de imágenes]',
            ]
          : ['[List the records you attach: visit notes, test results, imaging reports]'],
        citations,
      },
      guidance: guidanceOf(lang, guidance[lang]),
    };
  },
};
