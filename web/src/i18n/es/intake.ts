import type { Messages } from '../catalog.js';

/** Las palabras de la parte intake de la aplicación, en español. */
export const intake: Messages['intake'] = {
  add: {
    title: 'Agregar una carta de denegación',
    lead: 'Agregue la carta de su plan de salud que dice que no, o la explicación de beneficios (EOB). Overturn la lee y llena su caso. Después, usted revisa lo que encontró.',
    letterTitle: 'Su carta',
    filesHint: (megabytes: number) =>
      `Un PDF, una foto o un escaneo (PNG o JPEG), un archivo de texto, o un archivo de expediente médico de la aplicación de su plan (FHIR JSON). Hasta ${megabytes} MB.`,
    staysHere:
      'Su archivo se queda en esta computadora. Overturn lo lee aquí y no lo envía a ningún lado.',
    dragHere: 'Arrastre su archivo aquí, o',
    chooseFile: 'Elegir un archivo',
    takePhoto: 'Tomar una foto',
    chosen: { before: 'Elegido:', after: (size: string) => `(${size})` },
    noFile: 'Todavía no ha elegido un archivo.',
    tooBig: (size: string, limitMegabytes: number) =>
      `Este archivo mide ${size}. El límite es ${limitMegabytes} MB. Pruebe con un archivo más pequeño, por ejemplo solo las páginas de la carta que importan.`,
    chooseFirst: 'Primero elija un archivo, o tome una foto de la carta.',
    read: 'Leer la carta',
    reading: 'Leyendo…',
    readingStatus:
      'Leyendo su documento… puede tardar hasta un minuto si es una foto o un escaneo. Por favor, no cierre esta página.',
    notRead: (problem: string) => `No se pudo leer la carta. ${problem}`,
    readAnyway: 'Sí es una denegación: leerla de todos modos',
    typeInstead: {
      before: '¿Prefiere escribirlo usted?',
      link: 'Abra un caso nuevo',
      after: 'y copie lo que dice la carta.',
    },
  },
  check: {
    title: 'Revise su carta',
    load: {
      loading: 'Cargando su carta…',
      notFoundTitle: 'No encontramos la carta',
      notFound:
        'No pudimos encontrar esta carta. Puede que el enlace esté mal, o que la carta esté en otro Overturn.',
      failed: 'No pudimos cargar esta carta.',
    },
    lead: 'Leímos su carta y llenamos el caso con ella. Compare cada campo con la carta. Corrija lo que esté mal y llene lo que falte. Después, abra el caso.',
    alreadyOpened: 'Usted ya revisó esta carta y abrió su caso.',
    goToCase: 'Ir al caso',
    detailsTitle: 'Los datos de su caso',
    lookFirst: (count: number) =>
      count === 1
        ? 'Por favor, revise primero este campo:'
        : `Por favor, revise primero estos ${count} campos:`,
    missing: ': no se encontró',
    checkIt: ': revíselo',
    open: 'Abrir el caso',
    opening: 'Abriendo el caso…',
    alreadyChecked: 'Esta carta ya se revisó y su caso está abierto.',
    notOpened: (problem: string) => `No se abrió el caso. ${problem}`,
    discard: {
      confirm: '¿Dejar esta carta a un lado? No se abrirá ningún caso con ella.',
      question: '¿No es la carta correcta?',
      button: 'Dejarla a un lado',
    },
  },
  document: {
    title: 'Su documento',
    yourFile: 'Su archivo',
    openOriginal: 'Abrir el archivo original',
    imageAlt: 'La foto o el escaneo que usted agregó.',
    reading: {
      ocr: 'Una computadora leyó este texto de la imagen, así que puede tener errores. Compárelo con la carta.',
      pdf: 'Este es el texto del PDF.',
      file: 'Este es el texto del archivo.',
    },
    found: { before: 'Lo que encontramos está', mark: 'marcado así' },
    page: (number: number) => `Página ${number}`,
    healthRecord:
      'Estos datos vienen de un archivo de expediente médico, no de una carta, así que no hay texto que mostrar.',
    denials: {
      title: (count: number) => `Este archivo tiene ${count} reclamaciones denegadas`,
      checking: (number: number) =>
        `Usted está revisando la reclamación ${number}. Cada reclamación es un caso aparte: lea otra para revisarla después.`,
      claim: 'Reclamación',
      serviceDate: 'Fecha de la atención',
      provider: 'Proveedor',
      billed: 'Cobrado',
      action: 'Acción',
      checkingNow: 'Revisando ahora',
      read: (number: number) => `Leer la reclamación ${number}`,
    },
  },
  explanation: {
    title: 'Qué significa esta denegación',
    planWants: 'Lo que pide el plan:',
    howToAnswer: 'Cómo responder',
    codes: 'Los códigos de la carta',
    code: {
      carc: (code: string) => `Código de motivo ${code}`,
      rarc: (code: string) => `Código de observación ${code}`,
    },
  },
};
