import type { LetterLang } from '../letters/letter.js';
import type { Bilingual } from './guidance-lang.js';
import { inLang } from './guidance-lang.js';
import type { ConditionKind, QuestionKind, VisitQuestion } from './second-opinion.js';

/**
 * The questions to take to a second-opinion visit, built from the situation: the standard ones
 * every visit needs (other explanations, tests, alternatives including waiting, risks and benefits,
 * what the doctor would tell family, their experience, whether they agree with the first doctor),
 * then surgery-, cancer- and rare-disease-specific ones. Also what to bring, and why a trusted
 * person along helps. The person edits the list; these are only the starting point.
 */

export interface VisitSituation {
  readonly questionKind: QuestionKind;
  readonly conditionKind: ConditionKind | null;
}

export type SuggestedQuestion = { text: string; source: VisitQuestion['source'] };

type ListSource = Exclude<VisitQuestion['source'], 'own'>;

const questionLists: Readonly<Record<ListSource, readonly Bilingual[]>> = {
  standard: [
    {
      en: 'What else could explain my symptoms?',
      es: '¿Qué otra cosa podría explicar mis síntomas?',
    },
    {
      en: 'What tests would confirm the diagnosis?',
      es: '¿Qué pruebas confirmarían el diagnóstico?',
    },
    {
      en: 'What other treatments could I choose, including watching and waiting?',
      es: '¿Qué otros tratamientos podría elegir, incluso esperar y vigilar?',
    },
    {
      en: 'What are the risks and benefits of each choice?',
      es: '¿Cuáles son los riesgos y los beneficios de cada opción?',
    },
    {
      en: 'What happens if I wait?',
      es: '¿Qué pasa si espero?',
    },
    {
      en: 'What would you recommend for your own family member?',
      es: '¿Qué le recomendaría a alguien de su propia familia?',
    },
    {
      en: 'How many people with this do you treat each year?',
      es: '¿A cuántas personas con esto atiende cada año?',
    },
    {
      en: 'Do you agree with my first doctor? Why or why not?',
      es: '¿Está de acuerdo con mi primer médico? ¿Por qué sí o por qué no?',
    },
  ],
  surgery: [
    {
      en: 'How many of these operations have you done? How many each year?',
      es: '¿Cuántas de estas operaciones ha hecho? ¿Cuántas cada año?',
    },
    {
      en: 'Is there a less invasive way, like a smaller surgery or no surgery?',
      es: '¿Hay una forma menos invasiva, como una cirugía más pequeña o sin cirugía?',
    },
    {
      en: 'How long will it take me to recover? When can I go back to work?',
      es: '¿Cuánto tiempo tardaré en recuperarme? ¿Cuándo podré volver al trabajo?',
    },
    {
      en: 'What problems can happen after surgery, and how often?',
      es: '¿Qué problemas pueden pasar después de la cirugía, y con qué frecuencia?',
    },
  ],
  cancer: [
    {
      en: 'Did a pathologist review my slides to confirm the type and stage of the cancer?',
      es: '¿Un patólogo revisó mis muestras para confirmar el tipo y la etapa del cáncer?',
    },
    {
      en: 'Should I have tumor marker or genetic tests?',
      es: '¿Debo hacerme pruebas de marcadores tumorales o pruebas genéticas?',
    },
    {
      en: 'Is there a clinical trial that fits me?',
      es: '¿Hay algún ensayo clínico adecuado para mí?',
    },
    {
      en: 'What is the goal of treatment: to cure the cancer, to control it, or to ease symptoms?',
      es: '¿Cuál es la meta del tratamiento: curar el cáncer, controlarlo o aliviar los síntomas?',
    },
  ],
  rare: [
    {
      en: 'How many people with this condition have you cared for?',
      es: '¿A cuántas personas con esta enfermedad ha atendido?',
    },
    {
      en: 'Is there a center that focuses on this condition?',
      es: '¿Hay un centro que se dedique a esta enfermedad?',
    },
    {
      en: 'Is there a patient registry or a study I could join?',
      es: '¿Hay un registro de pacientes o un estudio en el que pueda participar?',
    },
  ],
};

/** Which lists fit the situation, standard first. */
function sourcesFor(s: VisitSituation): ListSource[] {
  return [
    'standard',
    ...(s.questionKind === 'surgery' ? (['surgery'] as const) : []),
    ...(s.conditionKind === 'cancer' ? (['cancer'] as const) : []),
    ...(s.conditionKind === 'rare' ? (['rare'] as const) : []),
  ];
}

export function suggestedQuestions(s: VisitSituation, lang: LetterLang): SuggestedQuestion[] {
  return sourcesFor(s).flatMap((source) =>
    inLang(questionLists[source], lang).map((text) => ({ text, source })),
  );
}

const companion: Bilingual = {
  en: 'Bring someone you trust if you can. They can listen, take notes, and ask what you forget.',
  es: 'Si puede, vaya con alguien de confianza. Esa persona puede escuchar, tomar notas y preguntar lo que a usted se le olvide.',
};

export function companionNote(lang: LetterLang): string {
  return companion[lang];
}

const bring = {
  id: {
    en: 'Your photo ID and insurance card.',
    es: 'Su identificación con foto y su tarjeta del seguro.',
  },
  imaging: {
    en: 'Your imaging discs (CD or DVD) and their reports.',
    es: 'Sus discos de imágenes (CD o DVD) y sus informes.',
  },
  slides: {
    en: 'Your pathology slides and blocks from the biopsy or surgery. Ask the lab to send them.',
    es: 'Sus laminillas y bloques de patología de la biopsia o la cirugía. Pida al laboratorio que los envíe.',
  },
  biopsy: {
    en: 'If you had a biopsy: the pathology report, and ask the lab to send the slides.',
    es: 'Si le hicieron una biopsia: el informe de patología. Pida al laboratorio que envíe las laminillas.',
  },
  medicines: {
    en: 'A list of your medicines and doses.',
    es: 'Una lista de sus medicinas y dosis.',
  },
  packet: {
    en: 'Your records packet.',
    es: 'Su paquete de expedientes.',
  },
  questions: {
    en: 'Your list of questions.',
    es: 'Su lista de preguntas.',
  },
  notes: {
    en: 'A notebook, or someone to take notes.',
    es: 'Una libreta, o alguien que tome notas.',
  },
} satisfies Readonly<Record<string, Bilingual>>;

/**
 * What to bring. Slides travel for cancer (a second pathologist's read is often the point of the
 * opinion); for a question about a diagnosis, a biopsy's slides are named in case there was one.
 */
export function whatToBring(s: VisitSituation, lang: LetterLang): string[] {
  const pathology =
    s.conditionKind === 'cancer'
      ? [bring.slides]
      : s.questionKind === 'diagnosis'
        ? [bring.biopsy]
        : [];
  return inLang(
    [
      bring.id,
      bring.imaging,
      ...pathology,
      bring.medicines,
      bring.packet,
      bring.questions,
      bring.notes,
    ],
    lang,
  );
}
