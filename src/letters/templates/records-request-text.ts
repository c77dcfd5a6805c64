import type { LetterDocument, LetterFacts, LetterLang } from '../letter.js';
import { blankLine, fromBlock, printedDate, signatureBlock } from '../letter-parts.js';
import {
  closing,
  replyTo,
  representativeEnclosure,
  representativeSentence,
} from './support-letter-text.js';

/**
 * The HIPAA records request every case writes, appeal or second opinion, in English and Spanish:
 * the ask under the right of access, the electronic copy, the 30 days and the fee, the enclosures
 * and the guidance. Each caller gives only what differs: which records, about what, and why.
 *
 * shared/reference/appeal-rules.md §6, all high confidence: 45 CFR 164.524(a)(1) the right; (b)(2)
 * act within 30 days of receipt (one 30-day extension, in writing); (c)(2) the form asked for,
 * electronic when the records are; (c)(4) a reasonable, cost-based fee. Providers may require
 * their own written form (164.524(b)(1)): the guidance says so, and the letter can go with it.
 */

/** All a records request needs to know of the case: who asks, for whom, and on what day. */
export type RecordsFacts = Pick<LetterFacts, 'today' | 'patient' | 'sender'>;

export const recordsAccessCitations = [
  '45 CFR 164.524',
  '45 CFR 164.524(b)(2)',
  '45 CFR 164.524(c)(2)',
  '45 CFR 164.524(c)(4)',
] as const;

/** What one kind of records request says of its own. */
export interface RecordsAsk {
  /** The recipient block (see `recordsOfficeBlock`). */
  readonly to: readonly string[];
  /** Reference lines after the patient and date of birth (a date of service, say). */
  readonly reference: readonly (readonly [string, string])[];
  /** What the records are about ("the MRI of the lumbar spine on September 2, 2026"). */
  readonly about: string;
  /** The kinds of record asked for, as the end of a sentence ("visit notes, …, letters"). */
  readonly records: string;
  /** Paragraphs after the one on electronic copies (where else to send them). */
  readonly more: readonly string[];
  /** The last paragraph: what the records are for, and thanks. */
  readonly purpose: string;
  /** Rules the extra paragraphs cite, beyond the right of access. */
  readonly citations: readonly string[];
}

/** A records office: the provider's name (or a line to write it on), its department, an address line. */
export function recordsOfficeBlock(name: string | null, lang: LetterLang): string[] {
  return lang === 'es'
    ? [name ?? blankLine, 'Departamento de Expedientes Médicos', `Dirección: ${blankLine}`]
    : [name ?? blankLine, 'Medical Records Department', `Address: ${blankLine}`];
}

function body(facts: RecordsFacts, lang: LetterLang, ask: RecordsAsk): string[] {
  const email = facts.sender.email;
  // Someone writing for the patient asks for the patient's records, not their own.
  const patient = facts.sender.relationship ? facts.patient.name : null;
  if (lang === 'es') {
    return [
      patient
        ? 'Conforme al derecho de acceso bajo HIPAA (45 CFR 164.524), le pido copias de los expedientes médicos que se indican abajo.'
        : 'Conforme a mi derecho de acceso bajo HIPAA (45 CFR 164.524), le pido copias de mis expedientes médicos que se indican abajo.',
      ...representativeSentence(facts, lang),
      `Pido todos los registros sobre ${ask.about}, y sobre ${patient ? `la atención de ${patient}` : 'mi atención'} desde ${blankLine} hasta ${blankLine}: ${ask.records}.`,
      email
        ? `Si los registros están en formato electrónico, le pido una copia electrónica (PDF) enviada a ${email}, como permite 45 CFR 164.524(c)(2). Si no, copias en papel.`
        : 'Si los registros están en formato electrónico, le pido una copia electrónica (PDF), como permite 45 CFR 164.524(c)(2). Si no, copias en papel.',
      ...ask.more,
      `La norma le da 30 días desde que recibe esta solicitud para responder (45 CFR 164.524(b)(2)). Cualquier cargo debe ser razonable y basado en el costo (45 CFR 164.524(c)(4)); si hay un cargo, le ruego que me lo diga antes de enviar los registros. ${replyTo(facts, lang)}`,
      ask.purpose,
    ];
  }
  return [
    `Under ${patient ? 'the' : 'my'} HIPAA right of access (45 CFR 164.524), please send me copies of the medical records listed below.`,
    ...representativeSentence(facts, lang),
    `I ask for all records about ${ask.about}, and about ${patient ? `${patient}’s` : 'my'} care from ${blankLine} to ${blankLine}: ${ask.records}.`,
    email
      ? `If the records are electronic, please send an electronic copy (PDF) to ${email}, as 45 CFR 164.524(c)(2) allows. If not, paper copies are fine.`
      : 'If the records are electronic, please send an electronic copy (PDF), as 45 CFR 164.524(c)(2) allows. If not, paper copies are fine.',
    ...ask.more,
    `The rule gives you 30 days from receiving this request to act on it (45 CFR 164.524(b)(2)). Any fee must be reasonable and cost-based (45 CFR 164.524(c)(4)); if there is a fee, please tell me before you send the records. ${replyTo(facts, lang)}`,
    ask.purpose,
  ];
}

/** The records request as a letter: the shared frame around what the caller's kind asks. */
export function recordsRequestDocument(
  facts: RecordsFacts,
  lang: LetterLang,
  ask: RecordsAsk,
): LetterDocument {
  const es = lang === 'es';
  const { patient } = facts;
  return {
    kind: 'records-request',
    lang,
    title: es ? 'Solicitud de expedientes médicos' : 'Request for medical records',
    from: fromBlock(facts, lang),
    date: printedDate(facts.today, lang),
    to: [...ask.to],
    subject: es
      ? 'Solicitud de copias de expedientes médicos (derecho de acceso de HIPAA)'
      : 'Request for copies of medical records (HIPAA right of access)',
    reference: [
      [es ? 'Paciente' : 'Patient', patient.name],
      [
        es ? 'Fecha de nacimiento' : 'Date of birth',
        patient.dateOfBirth ? printedDate(patient.dateOfBirth, lang) : blankLine,
      ],
      ...ask.reference,
    ],
    salutation: es ? 'A quien corresponda:' : 'Dear Medical Records Department:',
    body: body(facts, lang, ask),
    closing: closing(lang),
    signature: signatureBlock(facts, lang),
    enclosures: [
      es ? 'Copia de mi identificación con foto' : 'Copy of my photo ID',
      ...representativeEnclosure(facts, lang),
    ],
    citations: [...recordsAccessCitations, ...ask.citations],
  };
}

const guidance = {
  en: {
    send: 'Send this to the records office of the doctor or hospital. Call first to ask where to send it.',
    form: 'Many offices have their own form. If they do, fill it in too and send it with this letter.',
    id: 'Add a copy of your photo ID. If you act for the patient, add the paper that lets you do so.',
    wait: 'They have 30 days to answer. They may take 30 more days once, but they must tell you why in writing.',
    complain:
      'If they refuse or ask for too much money, you can complain to the Office for Civil Rights at HHS.',
  },
  es: {
    send: 'Envíe esta carta a la oficina de registros del médico o del hospital. Llame antes para saber a dónde enviarla.',
    form: 'Muchas oficinas tienen su propio formulario. Si es así, llénelo también y envíelo con esta carta.',
    id: 'Agregue una copia de su identificación con foto. Si usted actúa por el paciente, agregue el papel que se lo permite.',
    wait: 'Tienen 30 días para responder. Pueden tardar 30 días más una sola vez, pero deben decirle por escrito por qué.',
    complain:
      'Si se niegan o le cobran demasiado, puede quejarse ante la Oficina de Derechos Civiles del HHS.',
  },
} as const;

/** The steps around a records request; a kind's own steps go before the 30 days. */
export function recordsGuidanceSteps(lang: LetterLang, own: readonly string[] = []): string[] {
  const g = guidance[lang];
  return [g.send, g.form, g.id, ...own, g.wait, g.complain];
}
