import type { LetterFacts, LetterLang } from '../letter.js';
import { printedDate } from '../letter-parts.js';

/**
 * Phrases the supporting letters share (claim file, records, the doctor's letter, the complaint),
 * in English and Spanish, so each template reads as its own paragraphs only.
 */

/** "the MRI of the lumbar spine on September 2, 2026" / "el servicio «…» del …" / "the care". */
export function careDescription(facts: LetterFacts, lang: LetterLang): string {
  const { serviceDescription, serviceDate } = facts.claim;
  // The description is the person's own words (often in English, from the plan's notice), so the
  // Spanish text quotes it after a noun rather than treating it as Spanish.
  const what = serviceDescription
    ? lang === 'es'
      ? `el servicio «${serviceDescription}»`
      : `the ${serviceDescription}`
    : lang === 'es'
      ? 'la atención'
      : 'the care';
  const when = serviceDate
    ? lang === 'es'
      ? ` del ${printedDate(serviceDate, lang)}`
      : ` on ${printedDate(serviceDate, lang)}`
    : '';
  return `${what}${when}`;
}

/** ", claim number C123" when the claim number is known; else nothing. */
export function claimNumberSuffix(facts: LetterFacts, lang: LetterLang): string {
  const number = facts.claim.claimNumber;
  if (!number) return '';
  return lang === 'es' ? ` (número de reclamo ${number})` : ` (claim number ${number})`;
}

/** The sentence a representative adds: who they are to the patient. Empty when the patient writes. */
export function representativeSentence(
  facts: Pick<LetterFacts, 'sender' | 'patient'>,
  lang: LetterLang,
): string[] {
  const { relationship } = facts.sender;
  if (!relationship) return [];
  return [
    lang === 'es'
      ? `Escribo como ${relationship} de ${facts.patient.name}, en su nombre. Adjunto el documento que me autoriza a actuar en su nombre.`
      : `I am writing as the ${relationship} of ${facts.patient.name}, on their behalf. I enclose the document that lets me act for the patient.`,
  ];
}

/** The enclosure that proves the representative's authority, which their sentence says is enclosed. */
export function representativeEnclosure(
  facts: Pick<LetterFacts, 'sender' | 'patient'>,
  lang: LetterLang,
): string[] {
  if (!facts.sender.relationship) return [];
  return [
    lang === 'es'
      ? `Documento que me autoriza a actuar en nombre de ${facts.patient.name}`
      : 'Document that lets me act for the patient',
  ];
}

/** Where to send the answer: the sender's address, and email when given. */
export function replyTo(facts: Pick<LetterFacts, 'sender'>, lang: LetterLang): string {
  const email = facts.sender.email;
  if (lang === 'es') {
    return email
      ? `Por favor envíelos a la dirección de arriba o por correo electrónico a ${email}.`
      : 'Por favor envíelos a la dirección de arriba.';
  }
  return email
    ? `Please send them to the address above or by email to ${email}.`
    : 'Please send them to the address above.';
}

/**
 * The plan's own words, quoted: “…” in English; «…» in Spanish, where the sentence's period goes
 * outside the quote, so a final period of the quoted text is dropped.
 */
export function quoted(text: string, lang: LetterLang): string {
  return lang === 'es' ? `«${text.trim().replace(/\.+$/, '')}»` : `“${text.trim()}”`;
}

export const closing = (lang: LetterLang) => (lang === 'es' ? 'Atentamente,' : 'Sincerely,');

/** Plain-text pick of the English or Spanish version of a phrase. */
export const pick = <T>(lang: LetterLang, versions: { en: T; es: T }): T => versions[lang];
