import type { Messages } from '../catalog.js';
import { forms } from './opinions-forms.js';
import { labels } from './opinions-labels.js';

/**
 * Las palabras de las páginas de la segunda opinión, en español. Las de los formularios están en
 * ./opinions-forms.ts; las etiquetas de las listas, en ./opinions-labels.ts.
 */
export const opinions: Messages['opinions'] = {
  secondOpinion: 'Segunda opinión',
  secondOpinionFor: 'Segunda opinión para',
  titleFor: (name: string) => `Segunda opinión para ${name}`,
  backToCase: 'Volver al caso',
  goals: 'Lo que más le importa',
  load: {
    loading: 'Cargando el caso de segunda opinión…',
    notFoundTitle: 'No encontramos el caso de segunda opinión',
    notFound:
      'No pudimos encontrar este caso. Puede que el enlace esté mal, o que el caso esté en otro Overturn.',
    failed: 'No pudimos cargar este caso.',
  },
  list: {
    title: 'Segundas opiniones',
    start: '¿Debo pedir una segunda opinión?',
    loading: 'Cargando sus segundas opiniones…',
    what: 'sus segundas opiniones',
    noneTitle: 'Todavía no hay segundas opiniones',
    none: '¿Tiene dudas sobre un diagnóstico, un tratamiento o una cirugía? La opinión de otro médico le puede ayudar a decidir. Empiece con unas pocas preguntas.',
    meta: (status: string, opinions: number, changed: string) =>
      `${status} · ${opinions === 1 ? '1 opinión' : `${opinions} opiniones`} · cambiado el ${changed}`,
  },
  start: {
    title: '¿Debo pedir una segunda opinión?',
    lead: 'Otro médico puede confirmar un diagnóstico o mostrarle otras opciones. Responda unas pocas preguntas para ver lo que sugerimos. Luego abra un caso para planear su consulta.',
    openCase: 'Abrir un caso de segunda opinión',
    skip: 'Saltar las preguntas y abrir un caso',
  },
  case: {
    parts: {
      summary: 'Su pregunta',
      coverage: 'Lograr que la cubran',
      asking: 'Cómo pedirla',
      records: 'Sus expedientes',
      opinions: 'Las opiniones',
      timeline: 'Historial',
    },
    partsNav: 'Partes de este caso',
    askingLead:
      'Pedir una segunda opinión es normal. Los buenos médicos lo esperan. Usted puede decir:',
    makeQuestions: 'Hacer su lista de preguntas para la consulta',
    compareLater: { link: 'Comparar las opiniones', after: ' (cuando tenga dos)' },
    summary: 'Su pregunta y lo que le importa',
    question: 'Pregunta',
    condition: 'Enfermedad',
    notKnown: 'No se sabe',
    status: 'Cómo va',
    notSaid: 'Todavía no lo ha dicho.',
    yourQuestions: 'Sus preguntas para la consulta',
  },
  compare: {
    title: 'Comparar las opiniones',
    addOpinion: 'Agregar una opinión',
    download: 'Descargar la comparación (PDF)',
    print: 'Imprimir esta página',
    notSaid:
      'Todavía no lo ha dicho. Ayuda a pesar cada opinión según lo que es importante para usted.',
    sideBySide: 'Una al lado de la otra',
    disclaimer:
      'Esto compara lo que dijo cada médico y por qué. No elige un médico por usted. Háblelo con las personas en quienes confía y con sus médicos.',
    findings: 'Lo que muestra la comparación',
    diagnosis: 'Diagnóstico',
    treatment: 'Tratamiento aconsejado',
    thirdOpinion: 'Una tercera opinión puede ayudar',
    toWeigh: 'Qué tener en cuenta',
    goodToKnow: 'Es bueno saber',
    diagnosisBeside: 'Diagnóstico, junto a la opinión 1',
    adviceBeside: 'Consejo, junto a la opinión 1',
    averageRating: 'Su calificación promedio:',
    notRated: 'sin calificar',
  },
  questions: {
    title: 'Preguntas para la consulta',
    companion: 'Vista para su acompañante (letra grande)',
    print: 'Imprimir la lista',
    companionNone: 'Todavía no hay preguntas. Regrese para agregar algunas o pedir sugerencias.',
    toAsk: 'Las preguntas que hay que hacer',
    answerPrefix: 'Respuesta: ',
    saved: 'Se guardaron sus preguntas.',
    suggested: 'Se agregaron preguntas sugeridas a la lista.',
    count: (count: number) => `Sus preguntas (${count})`,
    suggest: 'Sugerir preguntas',
    hint: '“Sugerir preguntas” agrega las preguntas de siempre para su situación. Cambie las que quiera, agregue las suyas y escriba las respuestas durante o después de la consulta.',
    none: 'Todavía no hay preguntas.',
    question: (number: number) => `Pregunta ${number}`,
    answer: (number: number) => `Respuesta a la pregunta ${number}`,
    remove: (number: number) => `Quitar la pregunta ${number}`,
    add: 'Agregar una pregunta',
    save: 'Guardar la lista',
  },
  ...forms,
  labels,
};
