import type { LetterDocument, LetterLang } from '../letters/letter.js';
import { printedDate } from '../letters/letter-parts.js';
import type { Opinion } from './opinion.js';
import { comparisonWords } from './comparison-words.js';
import type { SecondOpinionCase } from './second-opinion.js';

/**
 * The note on top of a records packet for the doctor giving the second opinion: who the patient is,
 * the question, what the first doctor found and advised, what matters most to the patient, and the
 * records that follow (the packet's index lists them with their pages). It asks for nothing the
 * law gives; it is a courtesy that saves the first minutes of the visit.
 */

const words = {
  en: {
    title: 'Records for a second opinion',
    to: 'For the doctor giving the second opinion',
    subject: (name: string) => `Records of ${name} for a second opinion`,
    patient: 'Patient',
    born: 'Date of birth',
    salutation: 'Dear Doctor,',
    question: (q: string) => `I am coming to you for a second opinion. My question is: ${q}`,
    first: (who: string, found: string | null, advised: string | null) =>
      [
        `My first doctor is ${who}.`,
        found && `They found: ${found}.`,
        advised && `They advised: ${advised}.`,
      ]
        .filter(Boolean)
        .join(' '),
    matters: (list: string) => `What matters most to me: ${list}.`,
    records:
      'The records that follow are listed, with their pages, on the next page. Thank you for looking at them before our visit.',
    closing: 'Sincerely,',
  },
  es: {
    title: 'Expedientes para una segunda opinión',
    to: 'Para el médico que da la segunda opinión',
    subject: (name: string) => `Expedientes de ${name} para una segunda opinión`,
    patient: 'Paciente',
    born: 'Fecha de nacimiento',
    salutation: 'Estimado doctor:',
    question: (q: string) => `Vengo a usted para una segunda opinión. Mi pregunta es: ${q}`,
    first: (who: string, found: string | null, advised: string | null) =>
      [
        `Mi primer médico es ${who}.`,
        found && `Encontró: ${found}.`,
        advised && `Recomendó: ${advised}.`,
      ]
        .filter(Boolean)
        .join(' '),
    matters: (list: string) => `Lo que más me importa: ${list}.`,
    records:
      'Los expedientes que siguen están en la lista de la página siguiente, con sus páginas. Gracias por revisarlos antes de la consulta.',
    closing: 'Atentamente,',
  },
} as const;

export function recordsCoverNote(
  sc: SecondOpinionCase,
  opinions: readonly Opinion[],
  exhibits: readonly { readonly title: string }[],
  { today, lang }: { today: string; lang: LetterLang },
): LetterDocument {
  const w = words[lang];
  const first = opinions[0];
  const diagnosis = first
    ? [first.diagnosis, first.diagnosisCode && `(${first.diagnosisCode})`].filter(Boolean).join(' ')
    : '';
  return {
    kind: 'second-opinion-cover-note',
    lang,
    title: w.title,
    from: [sc.patient.name],
    date: printedDate(today, lang),
    to: [w.to],
    subject: w.subject(sc.patient.name),
    reference: [
      [w.patient, sc.patient.name],
      ...(sc.patient.dateOfBirth
        ? [[w.born, printedDate(sc.patient.dateOfBirth, lang)] as const]
        : []),
    ],
    salutation: w.salutation,
    body: [
      w.question(sc.question),
      ...(first
        ? [w.first(`${first.doctor}, ${first.institution}`, diagnosis || null, first.treatment)]
        : []),
      // The person's own note is kept as typed.
      ...(sc.goals.length > 0 || sc.goalsNote
        ? [
            w.matters(
              [...sc.goals.map((g) => comparisonWords[lang].goals[g].toLowerCase()), sc.goalsNote]
                .filter(Boolean)
                .join('; '),
            ),
          ]
        : []),
      w.records,
    ],
    closing: w.closing,
    signature: [sc.patient.name],
    enclosures: exhibits.map((e) => e.title),
    citations: [],
  };
}
