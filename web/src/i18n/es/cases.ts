import { caseTermLabels } from '../../../../src/cases/case-terms-es.js';
import type { Messages } from '../catalog.js';
import { caseFieldWords } from './case-field-words.js';

/** Las palabras de la parte cases de la aplicación (la lista, la página y el formulario de un caso), en español. */
export const cases: Messages['cases'] = {
  list: {
    title: 'Sus casos',
    what: 'sus casos',
    addLetter: 'Agregar una carta de denegación',
    newCase: 'Caso nuevo',
    loading: 'Cargando sus casos…',
    caption: 'Sus casos, con la fecha límite más cercana primero',
    patient: 'Paciente',
    insurer: 'Aseguradora',
    whereItStands: 'Cómo va',
    nextDeadline: 'Próxima fecha límite',
    loadMore: 'Ver más',
    noneYet: 'Ninguna todavía',
  },
  empty: {
    title: 'Todavía no tiene casos',
    lead: 'Empiece con la carta de su plan de salud que dice que no. Puede llamarse denegación, determinación adversa de beneficios o explicación de beneficios (EOB).',
    keepLetter: 'Tenga a mano la carta y su sobre.',
    addLetter:
      'Agregue la carta como archivo o como foto, y revise lo que Overturn lee en ella. O abra un caso nuevo y copie lo que dice la carta. Por ahora solo se necesitan tres datos.',
    keepTrack:
      'Después, Overturn lleva la cuenta de cada paso y de la próxima fecha que no debe pasar.',
    addYourLetter: 'Agregar su carta de denegación',
    openFirst: 'Abrir su primer caso',
  },
  page: {
    title: 'Caso',
    titleOf: (name: string) => `Caso de ${name}`,
    caseOf: 'Caso de',
    whereItStands: 'Cómo va su caso',
    nextDeadline: 'Su próxima fecha límite:',
    noDeadline: {
      before: 'todavía no se conoce ninguna.',
      link: 'Vea todas las fechas más abajo',
    },
    lettersTitle: 'Cartas',
    lettersText:
      'Escriba su apelación y otras cartas, ya llenas con los datos de este caso. Después júntelas con sus documentos en un solo paquete para enviarlo por correo o por fax.',
    writeLetter: 'Escribir una carta',
    buildPacket: 'Armar el paquete',
    timeline: 'Historial',
    noteAdded: 'Su nota se agregó al historial.',
    calls: 'Llamadas y seguimiento',
    tasks: 'Seguimiento y tareas',
    details: 'Datos',
    changeDetails: 'Cambiar los datos',
    notKnown: 'No se sabe',
  },
  newCase: {
    title: 'Caso nuevo',
    lead: 'Copie lo que dice su carta de denegación. Llene lo que tenga: para abrir el caso solo se necesitan los datos marcados “(obligatorio)”.',
    fromLetter: {
      before: '¿Tiene la carta en un archivo o en una foto?',
      link: 'Agregue la carta de denegación',
      after: ' y Overturn llenará el caso para que usted lo revise.',
    },
    submit: 'Abrir el caso',
    sending: 'Abriendo el caso…',
    notOpened: 'No se abrió el caso.',
  },
  edit: {
    lead: (name: string, insurer: string) =>
      `Caso de ${name}, ${insurer}. Corrija lo que esté mal y agregue lo que haya averiguado. Si no se sabe un dato, deje el espacio en blanco.`,
    reloaded:
      'Estos son los datos más recientes del caso. Sus cambios siguen en el formulario: revíselos y luego guarde.',
    submit: 'Guardar los cambios',
    conflict:
      'Sus cambios todavía no se guardaron: alguien cambió este caso en otro lugar (quizás en otra pestaña o ventana) después de que usted abrió esta página.',
    conflictHelp:
      'Cargue los datos más recientes. Lo que usted cambió aquí se queda en el formulario.',
    reload: 'Cargar los datos más recientes',
    reloadFailed: 'No pudimos cargar el caso.',
    notSaved: 'No se guardaron los cambios.',
  },
  form: {
    required: ' (obligatorio)',
    error: 'Hay un error: ',
    chooseOne: 'Elija una opción',
    notSure: 'No estoy seguro',
    time: 'Hora, si la sabe',
    chooseField: (label: string) => `Elija una opción en “${label}”.`,
    enterField: (label: string) => `Llene el dato “${label}”.`,
  },
  actions: {
    finished: 'Este caso terminó: no hay un paso siguiente.',
    moved: (status: string) => `El caso pasó a: ${status}.`,
    moveTitle: 'Pasar al paso siguiente',
    moveHint: 'Use esto cuando haya hecho algo, por ejemplo, cuando envió su apelación.',
    moveHintDecision:
      ' Si recibió una carta con una decisión, mejor use “Registrar una decisión”: así también se guardan la fecha y quién decidió.',
    nextStep: 'Paso siguiente',
    note: 'Nota (opcional)',
    noteHint: 'Por ejemplo, cómo envió la apelación y cualquier número de confirmación.',
    move: 'Pasar a este paso',
    writeNoteFirst: 'Primero escriba la nota.',
    addNoteTitle: 'Agregar una nota',
    noteLabel: 'Nota',
    addNoteHint:
      'Una llamada, una carta, algo que alguien prometió: escriba quién, qué y cualquier número de referencia.',
    addNote: 'Agregar la nota',
    undone: (status: string) => `Se deshizo el último paso. El caso volvió a: ${status}.`,
    undoing: 'Deshaciendo…',
    undo: (status: string) => `Deshacer el último paso (volver a “${status}”)`,
  },
  evidence: {
    what: 'sus pruebas',
    loading: 'Cargando sus pruebas…',
  },
  load: {
    loading: 'Cargando el caso…',
    notFoundTitle: 'No se encontró el caso',
    notFound:
      'No pudimos encontrar este caso. Puede que el enlace esté mal o que el caso esté en otro Overturn.',
    failed: 'No pudimos cargar este caso.',
  },
  record: {
    title: 'El caso completo',
    summary: {
      link: 'Descargar un resumen (PDF)',
      after:
        'con los datos, las fechas límite, las decisiones y el historial. Contiene información de salud: guárdelo en un lugar seguro.',
    },
    delete: 'Borrar este caso',
    question: (name: string) =>
      `¿Borrar el caso de ${name}? Saldrá de sus listas, de sus fechas límite y de su calendario. Puede deshacerlo justo después.`,
    deleting: 'Borrando…',
    yes: 'Sí, borrarlo',
    no: 'No, conservarlo',
  },
  deleted: {
    restored: (name: string) => `Se recuperó el caso: ${name}.`,
    deleted: 'Se borró el caso.',
    undo: 'Deshacer',
  },
  notFound: {
    title: 'No se encontró la página',
    message: 'No hay ninguna página en esta dirección.',
    back: 'Volver a sus casos',
  },
  check: {
    receivedDate:
      'Las cartas casi nunca dicen esto. Agregue el día en que le llegó la carta: las fechas límite pueden contarse desde ese día.',
    state:
      'Las cartas casi nunca dicen esto. Agregue su estado: sus reglas pueden darle más derechos y más tiempo.',
    show: 'Mostrar en la carta',
    why: (evidence: string) => `Por qué: “${evidence}”`,
    missing: 'No se encontró: llénelo, por favor',
    unsure: 'Revise esto',
    unsureDetail: ': no estamos seguros de haberlo leído bien',
    found: 'Encontrado',
    sure: (percent: number) => ` (seguridad: ${percent} %)`,
    absent: 'No está en la carta',
  },
  missingFacts:
    'Esta carta necesita datos que su caso todavía no tiene. Agréguelos y luego vuelva aquí:',
  waiting: {
    title: 'Cartas que esperan su revisión',
    added: (when: string) => `agregada el ${when}`,
    letterFor: (name: string) => `Carta de ${name}`,
    aLetter: 'Una carta',
  },
  days: (n: number) => (n === 1 ? '1 día' : `${n} días`),
  ...caseFieldWords,
  choices: {
    ...caseTermLabels('es'),
    noticeStages: {
      'initial-denial': 'La primera denegación del plan',
      'final-internal-denial': 'La respuesta final del plan después de su apelación interna',
      'ire-decision': 'La decisión de la Entidad de Revisión Independiente (Medicare Advantage)',
      'alj-decision': 'La decisión del juez de derecho administrativo (Medicare Advantage)',
      'council-decision': 'La decisión del Consejo de Apelaciones de Medicare (Medicare Advantage)',
    },
    urgencies: {
      urgent: 'Urgente: esperar podría dañar gravemente la salud del paciente',
      'pre-service': 'Atención que todavía no recibe (se necesita aprobación antes)',
      'post-service': 'Atención que ya recibió (una factura o una reclamación)',
      concurrent: 'Atención continua que el plan quiere acortar o suspender',
    },
  },
};
