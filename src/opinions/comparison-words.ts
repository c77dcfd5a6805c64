import type { LetterLang } from '../letters/letter.js';
import {
  ratingKinds,
  urgencies,
  type Opinion,
  type OpinionUrgency,
  type RatingKind,
} from './opinion.js';
import { goals, type Goal } from './second-opinion.js';

/**
 * The words of a comparison of opinions, in English and Spanish: the sentences the rules write
 * (compare-opinions.ts) and the labels the printed comparison uses. They are kept apart from the
 * rules so a translator reads them in one place. They describe and point back to the person's own
 * goals; none of them ranks the doctors or calls one opinion better.
 */

/** A doctor as a sentence names them, with the code shown beside the diagnosis when there is one. */
export interface Named {
  readonly name: string;
  readonly code: string | null;
}

const code = ({ code }: Named) => (code ? ` (${code})` : '');
const list = (items: readonly string[], and: string) =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;

export interface ComparisonWords {
  readonly tooFew: string;
  readonly diagnosisDiffers: (other: Named, first: Named) => string;
  readonly treatmentDiffers: (other: string, first: string) => string;
  readonly noTwoAgreeOnDiagnosis: (doctors: readonly Named[]) => string;
  readonly noTwoAgreeOnTreatment: (doctors: readonly string[]) => string;
  /** The only agreement comes from doctors tied to the first one. */
  readonly agreementNotIndependent: (agreeing: readonly string[], first: string) => string;
  readonly diagnosisUnclear: (first: string) => string;
  readonly treatmentUnclear: (first: string) => string;
  readonly medicareThirdOpinion: string;
  readonly compareReasoning: (wanted: readonly string[]) => string;
  readonly sameKindOtherDetail: (other: Named, first: Named) => string;
  readonly sameGroup: (other: string, first: string) => string;
  readonly referredBy: (other: string, first: string) => string;
  readonly urgencyDiffers: (views: readonly string[], anyNow: boolean) => string;
  readonly noReasoning: (doctor: string) => string;
  readonly opinionNumber: (position: number) => string;
  readonly goals: Readonly<Record<Goal, string>>;
  readonly urgencies: Readonly<Record<OpinionUrgency, string>>;
  readonly ratings: Readonly<Record<RatingKind, string>>;
}

export const comparisonWords: Readonly<Record<LetterLang, ComparisonWords>> = {
  en: {
    tooFew: 'To compare, add at least two opinions: the first doctor’s and at least one more.',
    diagnosisDiffers: (other, first) =>
      `${other.name}’s diagnosis${code(other)} differs from ${first.name}’s${code(first)}. When doctors do not agree on what is wrong, a third opinion can help.`,
    treatmentDiffers: (other, first) =>
      `${other}’s advice on treatment differs from ${first}’s. When doctors advise different care, a third opinion can help.`,
    noTwoAgreeOnDiagnosis: (doctors) =>
      `No two doctors agree on the diagnosis yet: ${doctors.map((d) => `${d.name}${code(d)}`).join(', ')}. Another opinion can help.`,
    noTwoAgreeOnTreatment: (doctors) =>
      `No two doctors agree on the treatment yet: ${list(doctors, 'and')}. Another opinion can help.`,
    agreementNotIndependent: (agreeing, first) =>
      `${list(agreeing, 'and')} ${agreeing.length > 1 ? 'agree' : 'agrees'} with ${first}, but ${agreeing.length > 1 ? 'they work' : 'works'} with ${first} or ${agreeing.length > 1 ? 'were' : 'was'} sent by ${first}. An opinion from a doctor outside that group would be more independent.`,
    diagnosisUnclear: (first) =>
      `We cannot tell yet if the diagnoses agree. Add the ICD-10 codes, or mark if each diagnosis is the same as ${first}’s.`,
    treatmentUnclear: (first) =>
      `We cannot tell yet if the treatment advice agrees. Mark if each plan is the same as ${first}’s.`,
    medicareThirdOpinion:
      'Original Medicare Part B covers a third opinion when the first two differ, for a surgery or major procedure that is not an emergency. You pay 20% after the Part B deductible (Medicare Benefit Policy Manual, chapter 15, section 30.D).',
    compareReasoning: (wanted) =>
      wanted.length > 0
        ? `Compare why each doctor advises what they do, and how each plan fits what matters most to you: ${wanted.join('; ')}. This comparison does not pick a doctor.`
        : 'Compare why each doctor advises what they do, and how each plan fits what matters most to you. This comparison does not pick a doctor.',
    sameKindOtherDetail: (other, first) =>
      `${other.name}’s diagnosis${code(other)} is the same kind of condition as ${first.name}’s${code(first)}, with a different detail. Ask what the difference means for your care.`,
    sameGroup: (other, first) =>
      `${other} works in the same group as ${first}. Their views may not be fully independent.`,
    referredBy: (other, first) =>
      `${first} sent you to ${other}. Their views may not be fully independent.`,
    urgencyDiffers: (views, anyNow) =>
      `The doctors differ on how soon to act: ${views.join('; ')}. Ask each one why.${anyNow ? ' Do not let the wait for another opinion delay care a doctor says you need now.' : ''}`,
    noReasoning: (doctor) =>
      `No reasoning is written down for ${doctor}. Ask why they advise this: the reasons matter as much as the advice.`,
    opinionNumber: (position) =>
      position === 1 ? 'Opinion 1 (first doctor)' : `Opinion ${position}`,
    goals,
    urgencies,
    ratings: ratingKinds,
  },
  es: {
    tooFew:
      'Para comparar, agregue por lo menos dos opiniones: la del primer médico y por lo menos una más.',
    diagnosisDiffers: (other, first) =>
      `El diagnóstico de ${other.name}${code(other)} no es el mismo que el de ${first.name}${code(first)}. Cuando los médicos no están de acuerdo sobre qué tiene, una tercera opinión puede ayudar.`,
    treatmentDiffers: (other, first) =>
      `El tratamiento que aconseja ${other} no es el mismo que aconseja ${first}. Cuando los médicos aconsejan algo distinto, una tercera opinión puede ayudar.`,
    noTwoAgreeOnDiagnosis: (doctors) =>
      `Todavía no hay dos médicos de acuerdo sobre el diagnóstico: ${doctors.map((d) => `${d.name}${code(d)}`).join(', ')}. Otra opinión puede ayudar.`,
    noTwoAgreeOnTreatment: (doctors) =>
      `Todavía no hay dos médicos de acuerdo sobre el tratamiento: ${list(doctors, 'y')}. Otra opinión puede ayudar.`,
    agreementNotIndependent: (agreeing, first) =>
      `${list(agreeing, 'y')} ${agreeing.length > 1 ? 'están' : 'está'} de acuerdo con ${first}, pero ${agreeing.length > 1 ? 'trabajan' : 'trabaja'} con ${first} o usted llegó por medio de ${first}. La opinión de un médico de fuera de ese grupo sería más independiente.`,
    diagnosisUnclear: (first) =>
      `Todavía no se sabe si los diagnósticos coinciden. Agregue los códigos ICD-10, o marque si cada diagnóstico es el mismo que el de ${first}.`,
    treatmentUnclear: (first) =>
      `Todavía no se sabe si los tratamientos coinciden. Marque si cada plan es el mismo que el de ${first}.`,
    medicareThirdOpinion:
      'Medicare Original (Parte B) cubre una tercera opinión cuando las dos primeras no coinciden, para una cirugía o un procedimiento mayor que no es de emergencia. Usted paga el 20% después del deducible de la Parte B (Medicare Benefit Policy Manual, capítulo 15, sección 30.D).',
    compareReasoning: (wanted) =>
      wanted.length > 0
        ? `Compare por qué cada médico aconseja lo que aconseja, y cómo cada plan se ajusta a lo que más le importa: ${wanted.join('; ')}. Esta comparación no elige un médico por usted.`
        : 'Compare por qué cada médico aconseja lo que aconseja, y cómo cada plan se ajusta a lo que más le importa. Esta comparación no elige un médico por usted.',
    sameKindOtherDetail: (other, first) =>
      `El diagnóstico de ${other.name}${code(other)} es el mismo tipo de problema que el de ${first.name}${code(first)}, con un detalle distinto. Pregunte qué significa la diferencia para su cuidado.`,
    sameGroup: (other, first) =>
      `${other} trabaja en el mismo grupo que ${first}. Sus opiniones pueden no ser del todo independientes.`,
    referredBy: (other, first) =>
      `${first} le envió a ${other}. Sus opiniones pueden no ser del todo independientes.`,
    urgencyDiffers: (views, anyNow) =>
      `Los médicos no coinciden en cuándo actuar: ${views.join('; ')}. Pregunte a cada uno por qué.${anyNow ? ' No deje que esperar otra opinión retrase el cuidado que un médico dice que necesita ya.' : ''}`,
    noReasoning: (doctor) =>
      `No hay razones anotadas para ${doctor}. Pregunte por qué aconseja esto: las razones importan tanto como el consejo.`,
    opinionNumber: (position) =>
      position === 1 ? 'Opinión 1 (primer médico)' : `Opinión ${position}`,
    goals: {
      'live-longer': 'Vivir el mayor tiempo posible',
      'avoid-surgery': 'Evitar la cirugía si se puede sin riesgo',
      'keep-working': 'Seguir trabajando',
      'quality-of-life': 'Sentirme bien día a día',
      'fewer-side-effects': 'Menos efectos secundarios',
      'lower-cost': 'Gastar menos',
      'near-home': 'Recibir cuidado cerca de casa',
      'quick-recovery': 'Recuperarme pronto',
    },
    urgencies: {
      now: 'Necesita cuidado ya',
      soon: 'Debe empezar en unas semanas',
      'can-wait': 'Puede esperar sin riesgo',
    },
    ratings: {
      listened: 'Me escuchó',
      explained: 'Explicó con claridad',
      consideredValues: 'Tuvo en cuenta lo que me importa',
      confidence: 'Me dio confianza',
    },
  },
};

/** The printed comparison's words (render-comparison-pdf.ts). */
export interface SheetWords {
  readonly title: string;
  readonly madeBy: (patient: string, today: string) => string;
  readonly question: string;
  readonly goals: string;
  readonly found: string;
  readonly diagnosis: string;
  readonly treatment: string;
  readonly thirdOpinion: string;
  readonly suggested: (suggested: boolean) => string;
  readonly verdict: (agrees: boolean | null) => string;
  readonly mark: (agrees: boolean | null) => string;
  readonly why: string;
  readonly keepInMind: string;
  readonly sideBySide: string;
  readonly notRecorded: string;
  readonly fields: Readonly<Record<FieldId, string>>;
  readonly tie: (o: Opinion) => string;
  readonly average: (value: number) => string;
  readonly notAdvice: string;
}

/** The fields of an opinion, in the order the printed comparison sets them. */
export type FieldId =
  | 'specialty'
  | 'institution'
  | 'tie'
  | 'date'
  | 'diagnosis'
  | 'treatment'
  | 'alternatives'
  | 'risksAndBenefits'
  | 'urgency'
  | 'reasoning'
  | 'testsOrdered'
  | 'ratings';
export const fieldIds: readonly FieldId[] = [
  'specialty',
  'institution',
  'tie',
  'date',
  'diagnosis',
  'treatment',
  'alternatives',
  'risksAndBenefits',
  'urgency',
  'reasoning',
  'testsOrdered',
  'ratings',
];

export const sheetWords: Readonly<Record<LetterLang, SheetWords>> = {
  en: {
    title: 'Comparing the opinions',
    madeBy: (patient, today) => `For ${patient}. Made on ${today} with Overturn.`,
    question: 'The question',
    goals: 'What matters most to you',
    found: 'What the comparison found',
    diagnosis: 'Diagnosis',
    treatment: 'Treatment',
    thirdOpinion: 'Another opinion',
    suggested: (s) => (s ? 'Suggested (see why below)' : 'Not suggested by the comparison'),
    verdict: (a) =>
      a === true ? 'The doctors agree' : a === false ? 'The doctors differ' : 'Not clear yet',
    mark: (a) =>
      a === true
        ? 'Agrees with opinion 1'
        : a === false
          ? 'Differs from opinion 1'
          : 'Not clear if it agrees',
    why: 'Why',
    keepInMind: 'Keep in mind',
    sideBySide: 'The opinions side by side',
    notRecorded: '—',
    fields: {
      specialty: 'Specialty and focus',
      institution: 'Institution',
      tie: 'Same group as the first doctor?',
      date: 'Date of the visit',
      diagnosis: 'Diagnosis',
      treatment: 'Treatment advised',
      alternatives: 'Other options offered',
      risksAndBenefits: 'Risks and benefits',
      urgency: 'How soon',
      reasoning: 'Reasoning',
      testsOrdered: 'Tests ordered',
      ratings: 'Your ratings (1 to 5)',
    },
    tie: (o) =>
      o.position === 1
        ? 'This is the first doctor'
        : o.sameGroupAsFirst
          ? 'Yes, same group'
          : o.referredByFirst
            ? 'No, but sent by the first doctor'
            : 'No',
    average: (v) => `Average: ${v}`,
    notAdvice:
      'This is not medical or legal advice, and it does not pick a doctor. Talk it over with your doctors and the people you trust.',
  },
  es: {
    title: 'Comparación de las opiniones',
    madeBy: (patient, today) => `Para ${patient}. Hecho el ${today} con Overturn.`,
    question: 'La pregunta',
    goals: 'Lo que más le importa',
    found: 'Lo que muestra la comparación',
    diagnosis: 'Diagnóstico',
    treatment: 'Tratamiento',
    thirdOpinion: 'Otra opinión',
    suggested: (s) => (s ? 'Se sugiere (vea por qué abajo)' : 'La comparación no la sugiere'),
    verdict: (a) =>
      a === true
        ? 'Los médicos coinciden'
        : a === false
          ? 'Los médicos no coinciden'
          : 'Todavía no se sabe',
    mark: (a) =>
      a === true
        ? 'Coincide con la opinión 1'
        : a === false
          ? 'No coincide con la opinión 1'
          : 'No se sabe si coincide',
    why: 'Por qué',
    keepInMind: 'Tenga en cuenta',
    sideBySide: 'Las opiniones lado a lado',
    notRecorded: '—',
    fields: {
      specialty: 'Especialidad y enfoque',
      institution: 'Institución',
      tie: '¿Mismo grupo que el primer médico?',
      date: 'Fecha de la consulta',
      diagnosis: 'Diagnóstico',
      treatment: 'Tratamiento aconsejado',
      alternatives: 'Otras opciones ofrecidas',
      risksAndBenefits: 'Riesgos y beneficios',
      urgency: 'Cuándo actuar',
      reasoning: 'Razones',
      testsOrdered: 'Pruebas pedidas',
      ratings: 'Sus calificaciones (1 a 5)',
    },
    tie: (o) =>
      o.position === 1
        ? 'Es el primer médico'
        : o.sameGroupAsFirst
          ? 'Sí, el mismo grupo'
          : o.referredByFirst
            ? 'No, pero lo envió el primer médico'
            : 'No',
    average: (v) => `Promedio: ${v}`,
    notAdvice:
      'Esto no es consejo médico ni legal, y no elige un médico por usted. Háblelo con sus médicos y con las personas de su confianza.',
  },
};
