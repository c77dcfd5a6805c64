import type { LetterLang } from '../letters/letter.js';
import type { Bilingual } from './guidance-lang.js';
import type { CheckAnswers, CheckReason } from './second-opinion.js';
import { checkReasonIds } from './second-opinion.js';

/**
 * "Should I get a second opinion?" — a reasoned answer from the person's own check answers.
 *
 * It weighs reasons, never the person: it can say a second opinion is strongly recommended, but it
 * never says one is not needed. A person who wants one is always supported, because asking is
 * normal and doctors expect it. An emergency comes first: an opinion must not delay urgent care.
 * Not medical or legal advice, and the note says so.
 */

export type RecommendationLevel = 'strongly-recommended' | 'recommended' | 'your-choice';

export interface Recommendation {
  readonly level: RecommendationLevel;
  /** Get emergency care before anything else; the headline says so. */
  readonly emergencyFirst: boolean;
  readonly headline: string;
  /** One plain reason per answer given (and one for wanting one). */
  readonly reasons: string[];
  readonly note: string;
}

/**
 * How much each reason weighs, with its plain words. "Strong" reasons are the ones where a missed
 * or wrong diagnosis, or a step that cannot be undone, costs the most (serious or rare disease,
 * major surgery, risky treatment); the others still make one worth getting.
 */
const reasonWeights: Readonly<
  Record<CheckReason, { weight: 'strong' | 'good'; words: Bilingual }>
> = {
  'serious-diagnosis': {
    weight: 'strong',
    words: {
      en: 'The diagnosis is serious. It is worth being sure it is right before you decide.',
      es: 'El diagnóstico es grave. Vale la pena confirmar que es correcto antes de decidir.',
    },
  },
  'rare-diagnosis': {
    weight: 'strong',
    words: {
      en: 'The condition is rare. Few doctors see it often, so a doctor who knows it well can help.',
      es: 'La enfermedad es poco común. Pocos médicos la ven seguido. Un médico que la conoce bien puede ayudar.',
    },
  },
  'major-surgery': {
    weight: 'strong',
    words: {
      en: 'A major surgery is planned. Surgery is hard to undo, so a second look before it makes sense.',
      es: 'Le han propuesto una cirugía mayor. Una cirugía es difícil de deshacer. Conviene otra opinión antes.',
    },
  },
  'risky-treatment': {
    weight: 'strong',
    words: {
      en: 'The treatment is risky, long or hard to undo. Another doctor may see other choices.',
      es: 'El tratamiento es riesgoso, largo o difícil de deshacer. Otro médico puede ver otras opciones.',
    },
  },
  'not-at-ease': {
    weight: 'good',
    words: {
      en: 'You do not feel at ease with the plan. Another view can help you feel sure.',
      es: 'El plan no le da tranquilidad. Otra opinión le puede dar más confianza.',
    },
  },
  'not-improving': {
    weight: 'good',
    words: {
      en: 'You are not getting better with treatment. A new doctor may find a new way.',
      es: 'Usted no mejora con el tratamiento. Un médico nuevo puede encontrar otro camino.',
    },
  },
  'diagnosis-incomplete': {
    weight: 'good',
    words: {
      en: 'The diagnosis feels unclear. Another doctor can check if something was missed.',
      es: 'El diagnóstico no le parece claro. Otro médico puede revisar si falta algo.',
    },
  },
  'want-options': {
    weight: 'good',
    words: {
      en: 'You want to know your options. A second doctor may offer other choices.',
      es: 'Usted quiere conocer sus opciones. Otro médico puede ofrecerle otras.',
    },
  },
  'tests-conflict': {
    weight: 'good',
    words: {
      en: 'Your test results are unclear or do not agree. Another doctor can look at them again.',
      es: 'Sus resultados no son claros o no coinciden. Otro médico puede volver a revisarlos.',
    },
  },
};

const wantsOneReason: Bilingual = {
  en: 'You want a second opinion. That is reason enough.',
  es: 'Usted quiere otra opinión. Eso es razón suficiente.',
};

const headlines: Readonly<Record<RecommendationLevel | 'wants-one' | 'emergency', Bilingual>> = {
  emergency: {
    en: 'Get emergency care first. Call 911 or go to the nearest emergency room. You can get a second opinion once you are safe.',
    es: 'Primero busque atención de emergencia. Llame al 911 o vaya a la sala de emergencias más cercana. Puede pedir otra opinión cuando esté a salvo.',
  },
  'strongly-recommended': {
    en: 'A second opinion is strongly recommended for you.',
    es: 'Le recomendamos mucho pedir una segunda opinión.',
  },
  recommended: {
    en: 'A second opinion is a good idea for you.',
    es: 'Pedir una segunda opinión es una buena idea para usted.',
  },
  'wants-one': {
    en: 'Yes, get a second opinion. Asking for one is normal, and doctors expect it.',
    es: 'Sí, pida una segunda opinión. Es normal pedirla, y los médicos lo esperan.',
  },
  'your-choice': {
    en: 'A second opinion is your choice. Asking for one is always normal and fine.',
    es: 'Pedir una segunda opinión es su decisión. Siempre es normal y está bien pedirla.',
  },
};

const note: Bilingual = {
  en: 'This is not medical or legal advice. It is a guide to help you decide. Talk with a doctor you trust about your care.',
  es: 'Esto no es un consejo médico ni legal. Es una guía para ayudarle a decidir. Hable de su atención con un médico de confianza.',
};

function levelOf(reasons: ReadonlySet<CheckReason>): RecommendationLevel {
  const weights = [...reasons].map((reason) => reasonWeights[reason].weight);
  if (weights.includes('strong')) return 'strongly-recommended';
  if (weights.includes('good')) return 'recommended';
  return 'your-choice';
}

export function recommendSecondOpinion(answers: CheckAnswers, lang: LetterLang): Recommendation {
  const given = new Set(answers.reasons);
  const level = levelOf(given);
  // A person who wants one hears "yes" even when no reason was ticked: never talked out of it.
  const headline = answers.emergency
    ? headlines.emergency
    : level === 'your-choice' && answers.wantsOne
      ? headlines['wants-one']
      : headlines[level];
  const reasons = [
    // In the check's own order, each once, however the answers were sent.
    ...checkReasonIds.filter((id) => given.has(id)).map((id) => reasonWeights[id].words),
    ...(answers.wantsOne ? [wantsOneReason] : []),
  ];
  return {
    level,
    emergencyFirst: answers.emergency,
    headline: headline[lang],
    reasons: reasons.map((reason) => reason[lang]),
    note: note[lang],
  };
}
