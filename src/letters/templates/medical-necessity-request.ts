import type { LetterFacts, LetterLang, LetterTemplate } from '../letter.js';
import {
  blankLine,
  fromBlock,
  guidanceOf,
  printedDate,
  referenceLines,
  signatureBlock,
} from '../letter-parts.js';
import {
  careDescription,
  quoted,
  representativeEnclosure,
  representativeSentence,
} from './support-letter-text.js';

/**
 * A short, polite note from the patient to their doctor asking for a letter of medical necessity,
 * naming what such a letter should cover. It cites no rule: it is a favour asked of a doctor, not
 * a demand on a plan. The deadline is left as a line to copy from the case, since the letter facts
 * do not carry computed deadlines.
 */

function body(facts: LetterFacts, lang: LetterLang): string[] {
  const care = careDescription(facts, lang);
  const { insurer } = facts.plan;
  const reason = facts.denial.statedReason;
  // Someone writing for the patient names the patient, not themselves, in what the letter covers.
  const patient = facts.sender.relationship ? facts.patient.name : null;
  if (lang === 'es') {
    return [
      `${insurer} negó la cobertura para ${care}. ¿Podría escribir una carta de necesidad médica para apoyar mi apelación?`,
      ...representativeSentence(facts, lang),
      'La carta ayudaría más si explica:',
      patient ? `– el diagnóstico de ${patient};` : '– mi diagnóstico;',
      patient
        ? `– el historial médico relacionado de ${patient};`
        : '– mi historial médico relacionado;',
      '– los tratamientos que ya probamos y cómo resultaron;',
      patient
        ? `– por qué ${patient} necesita esta atención ahora;`
        : '– por qué necesito esta atención ahora;',
      `– cómo ${patient ? `${patient} cumple` : 'cumplo'} los criterios del plan${reason ? ` (el plan dijo: ${quoted(reason, lang)})` : ''};`,
      '– las guías médicas aceptadas que la apoyan;',
      '– los riesgos de no recibir el tratamiento.',
      `Mi plazo para apelar es la fecha que aparece en mi caso: ${blankLine}. Si es posible, me gustaría recibir la carta al menos una semana antes.`,
      'Adjunto un modelo de carta que puede usar o adaptar, si le sirve. Muchas gracias por su ayuda.',
    ];
  }
  return [
    `${insurer} denied coverage for ${care}. Would you please write a letter of medical necessity to support my appeal?`,
    ...representativeSentence(facts, lang),
    'The letter would help most if it explains:',
    `– ${patient ? `${patient}’s` : 'my'} diagnosis;`,
    `– ${patient ? `${patient}’s` : 'my'} related medical history;`,
    '– the treatments we have already tried and how they worked;',
    `– why ${patient ? `${patient} needs` : 'I need'} this care now;`,
    `– how ${patient ? `${patient} meets` : 'I meet'} the plan’s criteria${reason ? ` (the plan said: ${quoted(reason, lang)})` : ''};`,
    '– the accepted medical guidelines that support it;',
    `– the risks of not treating ${patient ?? 'me'}.`,
    `My appeal deadline is the date shown on my case: ${blankLine}. If possible, I would like to have the letter at least a week before then.`,
    'I enclose a letter template you may use or adapt, if it helps. Thank you very much for your help.',
  ];
}

const guidance = {
  en: [
    'Write the deadline from your case on the line in the letter.',
    'Give or send this note to your doctor’s office, with the letter template.',
    'Add a copy of the denial letter, so the doctor can see the plan’s reason.',
    'Call the office in a few days to check that it arrived.',
    'Ask the office to send the signed letter to you, so you can add it to your appeal.',
  ],
  es: [
    'Escriba en la línea de la carta el plazo que aparece en su caso.',
    'Entregue o envíe esta nota al consultorio de su médico, junto con el modelo de carta.',
    'Agregue una copia de la carta de negación, para que el médico vea la razón del plan.',
    'Llame al consultorio en unos días para confirmar que la recibieron.',
    'Pida que le envíen a usted la carta firmada, para agregarla a su apelación.',
  ],
} as const;

export const medicalNecessityRequest: LetterTemplate = {
  kind: 'medical-necessity-request',
  audience: 'doctor',
  requires: [
    { path: 'patient.name', label: 'patient’s name' },
    { path: 'plan.insurer', label: 'insurer' },
  ],
  write(facts, lang) {
    const es = lang === 'es';
    const doctor = facts.claim.provider;
    return {
      document: {
        kind: 'medical-necessity-request',
        lang,
        title: es
          ? 'Solicitud de una carta de necesidad médica'
          : 'Request for a letter of medical necessity',
        from: fromBlock(facts, lang),
        date: printedDate(facts.today, lang),
        to: [doctor ?? blankLine],
        subject: es
          ? 'Solicitud de una carta de necesidad médica para mi apelación'
          : 'Request for a letter of medical necessity for my appeal',
        reference: referenceLines(facts, lang),
        salutation: es ? `Estimado/a ${doctor ?? 'doctor/a'}:` : `Dear ${doctor ?? 'Doctor'},`,
        body: body(facts, lang),
        closing: es ? 'Con agradecimiento,' : 'With thanks,',
        signature: signatureBlock(facts, lang),
        enclosures: [
          es ? 'Carta de negación del plan' : 'The plan’s denial letter',
          ...representativeEnclosure(facts, lang),
          es
            ? 'Modelo de carta de necesidad médica (opcional)'
            : 'Letter of medical necessity template (optional)',
        ],
        citations: [],
      },
      guidance: guidanceOf(lang, guidance[lang]),
    };
  },
};
