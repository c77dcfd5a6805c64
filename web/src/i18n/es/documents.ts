import type { DocumentType } from '../../../../src/documents/document-types.js';
import type { Messages } from '../catalog.js';

/** Una pista de una línea por tipo de documento, para elegir el tipo correcto. */
const typeHints = {
  'denial-letter':
    'La carta en la que el plan dijo que no. Da el motivo y sus derechos de apelación.',
  eob: 'El resumen que el plan envía después de una reclamación. Muestra lo que se pagó y lo que no.',
  'prior-authorization':
    'Una aprobación, una solicitud o un número de referencia de una atención que el plan tenía que aprobar antes.',
  referral: 'La nota de su médico de cabecera que lo envía a un especialista o a una prueba.',
  'medical-necessity-letter': 'Una carta de su médico que explica por qué necesita esta atención.',
  'provider-notes':
    'Notas de las consultas con su médico o clínica, como el plan de atención y los tratamientos que ya probó.',
  'test-results': 'Análisis de laboratorio u otros resultados de pruebas.',
  'imaging-report':
    'El informe escrito de una radiografía, resonancia magnética, tomografía o ultrasonido.',
  'medical-records': 'Expedientes del hospital, de la sala de emergencias, de la farmacia u otros.',
  'clinical-guideline':
    'Una guía de una sociedad médica o un estudio publicado que respalda la atención.',
  'plan-document':
    'Su póliza, el Resumen de la Descripción del Plan (SPD), la Evidencia de Cobertura o el manual para miembros.',
  'appeal-letter-sent': 'Una copia de una apelación u otra carta que usted envió al plan.',
  'plan-response':
    'Cualquier respuesta del plan, como una decisión o el expediente de la reclamación que le enviaron.',
  'corrected-claim':
    'Una reclamación que su proveedor volvió a enviar con los códigos de facturación corregidos.',
  bill: 'Una factura o un estado de cuenta detallado de un médico, hospital o laboratorio.',
  receipt: 'Una prueba de que usted pagó, como un recibo o un estado de cuenta del banco.',
  other: 'Cualquier otra cosa que ayude a su caso.',
} as const satisfies Record<DocumentType, string>;

/** Las palabras de la parte documents de la aplicación, en español. */
export const documents: Messages['documents'] = {
  vault: {
    title: 'Sus documentos',
    hint: 'PDF, foto o escaneo (PNG o JPEG), o un archivo de texto. Los archivos se guardan en esta computadora y nunca se cambian; una versión nueva guarda la anterior.',
    add: 'Agregar un documento',
    added: (file: string) => `Se agregó ${file}. Elija su tipo abajo.`,
    deleted: (name: string) => `Se borró ${name}.`,
    undo: 'Deshacer',
    broughtBack: (name: string) => `Se recuperó ${name}.`,
    none: 'Todavía no hay documentos.',
    version: (version: number, count: number) => `versión ${version} de ${count}`,
    close: 'Cerrar',
    change: 'Cambiar',
    newVersion: 'Versión nueva',
    keptVersion: (file: string, name: string) =>
      `Se guardó ${file} como una versión nueva de ${name}.`,
    confirmDelete: (name: string) => `¿Borrar ${name} y sus versiones?`,
    yesDelete: 'Sí, borrar',
    keep: 'Conservarlo',
    deletedCanUndo: (name: string) => `Se borró ${name}. Puede deshacer esto.`,
    delete: 'Borrar',
    saved: (name: string) => `Se guardaron los cambios de ${name}.`,
    whatIsIt: '¿Qué es?',
    typeHint: (type: DocumentType): string => typeHints[type],
    name: 'Nombre (opcional)',
    date: 'Fecha que aparece en el papel (opcional)',
  },
  evidence: {
    title: 'Qué reunir',
    missingEssential: (count: number) =>
      count === 1
        ? 'Todavía falta 1 cosa importante.'
        : `Todavía faltan ${count} cosas importantes.`,
    allEssential: 'Ya tiene todo lo importante. Agregar más todavía puede ayudar.',
    state: {
      missing: 'Falta',
      have: 'Ya lo tiene',
      'marked-done': 'Hecho',
      'not-needed': 'No hace falta',
    },
    important: '(importante)',
    rule: 'La regla:',
    added: (file: string, item: string) => `Se agregó ${file} para “${item}”.`,
    addThis: 'Agregar este documento',
    noteLabel: (item: string) => `Nota sobre “${item}” (opcional)`,
    notePlaceholder: 'Nota (opcional)',
    mark: {
      done: {
        button: 'Marcar como hecho',
        marked: (item: string) => `Se marcó “${item}” como hecho.`,
      },
      'not-needed': {
        button: 'No hace falta',
        marked: (item: string) => `Se marcó que “${item}” no hace falta.`,
      },
    },
    undoTick: 'Quitar la marca',
    tookBack: (item: string) => `Se quitó la marca de “${item}”.`,
  },
  stateHelp: {
    title: 'Quién puede ayudar',
    titleIn: (state: string) => `Quién puede ayudar en ${state}`,
    loading: 'Cargando quién puede ayudar…',
    what: 'la lista de quién puede ayudar',
    addState: 'Agregue el estado de su plan para ver quién puede ayudar.',
    addStateLink: 'Agregar el estado',
    website: 'Sitio web',
    contactFirst: 'Con quién comunicarse primero',
    outsideReview: 'Revisión externa',
    notSure: 'No estamos seguros de esto. Confírmelo con su plan o con su estado.',
    law: (citation: string) => `Ley: ${citation}.`,
    readMore: 'Leer más',
    allContacts: (state: string) => `Todos los contactos en ${state}`,
    also: (covers: string) => `También: ${covers}`,
    contacts: {
      insuranceDepartment: 'Departamento de seguros',
      consumerAssistance: 'Ayuda gratuita para consumidores',
      medicaid: 'Medicaid del estado',
      ombudsman: 'Defensor de los planes de Medicaid',
      legalHelp: 'Ayuda legal gratuita (Medicaid)',
      ship: 'Asesoría sobre Medicare (SHIP)',
      medicare: 'Medicare (federal)',
    },
    noneOnFile: 'No hay ninguno registrado.',
    complaint: 'Presentar una queja ante el departamento de seguros',
    complaintPage: 'Página de quejas',
    source: (source: string, asOf: string) => `Fuente: ${source}, vigente al ${asOf}.`,
    undoCorrection: 'Deshacer mi corrección',
    entries: {
      insuranceDepartment: 'Departamento de seguros',
      consumerAssistance: 'Ayuda gratuita para consumidores',
      ship: 'Asesoría sobre Medicare (SHIP)',
      medicaid: 'Medicaid del estado',
      'medicaid.ombudsman': 'Defensor de Medicaid',
      'medicaid.legalHelp': 'Ayuda legal de Medicaid',
      'regulators.dmhc': 'Departamento de Atención Médica Administrada de California (DMHC)',
      'regulators.ebsa': 'Departamento de Trabajo de EE. UU. (EBSA)',
      externalReview: 'Revisión externa',
    },
    fields: {
      name: 'nombre',
      phone: 'teléfono',
      officePhone: 'teléfono de la oficina',
      url: 'sitio web',
      complaintUrl: 'página de quejas',
      infoUrl: 'página de información',
    },
    correct: 'Corregir un número o un enlace',
    correctHint:
      'Su corrección se guarda en esta computadora y se muestra como suya. Puede deshacerla después.',
    whatToCorrect: 'Qué corregir',
    rightValue: 'El dato correcto',
    rightValueHint: 'Un teléfono como 800-555-0100, o una dirección web que empiece con https://',
    whereFound: 'Dónde lo encontró (opcional)',
    saveCorrection: 'Guardar mi corrección',
  },
};
