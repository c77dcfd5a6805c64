import type { LetterFacts, LetterGuidance, LetterLang } from './letter.js';

/**
 * The parts every letter shares, in English and Spanish: the date as printed, the sender and
 * recipient blocks, the reference lines, the signature. Templates compose these with their own
 * paragraphs, so a change of layout is made once.
 */

const months: Record<LetterLang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/** `2026-11-27` → "November 27, 2026" or "27 de noviembre de 2026". */
export function printedDate(iso: string, lang: LetterLang): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const name = months[lang][(month ?? 1) - 1] ?? '';
  return lang === 'es' ? `${day} de ${name} de ${year}` : `${name} ${day}, ${year}`;
}

/** Whole cents → "$1,240.00" (the same in both languages: US dollars). */
export function printedMoney(cents: number): string {
  const dollars = Math.floor(cents / 100).toLocaleString('en-US');
  return `$${dollars}.${String(cents % 100).padStart(2, '0')}`;
}

/** A line to write on by hand, for a fact the letter does not know. */
export const blankLine = '______________________________';

const words = {
  en: {
    address: 'Address',
    appeals: 'Appeals Department',
    patient: 'Patient',
    dateOfBirth: 'Date of birth',
    memberId: 'Member ID',
    groupNumber: 'Group number',
    claimNumber: 'Claim or reference number',
    serviceDate: 'Date of service',
    provider: 'Provider',
    noticeDate: 'Date of the notice',
    onBehalfOf: (name: string, relationship: string) => `${relationship} of ${name}`,
    phone: 'Phone',
    email: 'Email',
    notLegalAdvice:
      'This is general information, not legal advice, and it cannot promise how your appeal will be decided.',
  },
  es: {
    address: 'Dirección',
    appeals: 'Departamento de Apelaciones',
    patient: 'Paciente',
    dateOfBirth: 'Fecha de nacimiento',
    memberId: 'Número de miembro',
    groupNumber: 'Número de grupo',
    claimNumber: 'Número de reclamo o de referencia',
    serviceDate: 'Fecha del servicio',
    provider: 'Proveedor',
    noticeDate: 'Fecha del aviso',
    onBehalfOf: (name: string, relationship: string) => `${relationship} de ${name}`,
    phone: 'Teléfono',
    email: 'Correo electrónico',
    notLegalAdvice:
      'Esta es información general, no es asesoría legal, y no puede prometer cómo se decidirá su apelación.',
  },
} as const;

export const notLegalAdvice = (lang: LetterLang) => words[lang].notLegalAdvice;

/** The patient-facing guidance of a letter: its steps, and the one sentence on legal advice. */
export function guidanceOf(lang: LetterLang, steps: readonly string[]): LetterGuidance {
  return { lang, steps, notLegalAdvice: notLegalAdvice(lang) };
}

/** The sender block: name, address (or a line to write it on), phone, email. */
export function fromBlock(facts: Pick<LetterFacts, 'sender'>, lang: LetterLang): string[] {
  const { sender } = facts;
  return [
    sender.name,
    ...(sender.addressLines.length > 0
      ? sender.addressLines
      : [`${words[lang].address}: ${blankLine}`]),
    ...(sender.phone ? [`${words[lang].phone}: ${sender.phone}`] : []),
    ...(sender.email ? [`${words[lang].email}: ${sender.email}`] : []),
  ];
}

/** The plan's appeals department, at its address when known (else a line to write it on). */
export function planBlock(facts: LetterFacts, lang: LetterLang): string[] {
  const address = facts.plan.appealsAddress;
  return [
    facts.plan.insurer,
    words[lang].appeals,
    ...(address.length > 0 ? address : [`${words[lang].address}: ${blankLine}`]),
  ];
}

/** Patient, member ID, group, claim, date of service, provider, date of the notice: what is known. */
export function referenceLines(
  facts: LetterFacts,
  lang: LetterLang,
): (readonly [string, string])[] {
  const w = words[lang];
  const lines: [string, string | null][] = [
    [w.patient, facts.patient.name],
    [w.dateOfBirth, facts.patient.dateOfBirth && printedDate(facts.patient.dateOfBirth, lang)],
    [w.memberId, facts.plan.memberId],
    [w.groupNumber, facts.plan.groupNumber],
    [w.claimNumber, facts.claim.claimNumber],
    [w.serviceDate, facts.claim.serviceDate && printedDate(facts.claim.serviceDate, lang)],
    [w.provider, facts.claim.provider],
    [w.noticeDate, facts.denial.noticeDate && printedDate(facts.denial.noticeDate, lang)],
  ];
  return lines.filter((line): line is [string, string] => line[1] !== null && line[1] !== '');
}

/** The signature: the sender's name, and on whose behalf when it is not the patient. */
export function signatureBlock(
  facts: Pick<LetterFacts, 'sender' | 'patient'>,
  lang: LetterLang,
): string[] {
  const { sender, patient } = facts;
  return sender.relationship
    ? [sender.name, words[lang].onBehalfOf(patient.name, sender.relationship)]
    : [sender.name];
}
