import { letters as english } from '../en/letters.js';
import type { Messages } from '../catalog.js';

/** Las palabras alrededor de las cartas y los paquetes, en español. */
export const letters: Messages['letters'] = {
  kinds: {
    'internal-appeal': {
      name: 'Apelación a su plan',
      description: 'Le pide a su plan que revise otra vez su decisión y que pague.',
      when: 'Envíela primero, antes de la fecha límite que aparece en su carta de denegación.',
    },
    'expedited-appeal': {
      name: 'Apelación urgente (acelerada)',
      description: 'Le pide a su plan que decida rápido porque esperar podría dañar su salud.',
      when: 'Úsela cuando necesite la atención pronto. Una nota de su médico ayuda.',
    },
    'claim-file-request': {
      name: 'Pedir el expediente de su reclamación',
      description: 'Le pide a su plan copias gratis de todo lo que usó para negarle la cobertura.',
      when: 'Envíela enseguida: le ayuda a escribir una apelación más fuerte.',
    },
    'medical-necessity-request': {
      name: 'Pedirle una carta a su médico',
      description: 'Le pide a su médico que escriba por qué usted necesita esta atención.',
      when: 'Envíela pronto, para que la carta del médico esté lista para su apelación.',
    },
    'medical-necessity-letter': {
      name: 'Carta para que su médico la complete',
      description: 'Un borrador de carta que su médico puede revisar, cambiar y firmar.',
      when: 'Désela a su médico junto con la solicitud, para ahorrarle tiempo.',
    },
    'second-level-appeal': {
      name: 'Segunda apelación a su plan',
      description:
        'Le pide a su plan que revise otra vez, después de que dijo que no a su primera apelación.',
      when: 'Úsela solo si su plan ofrece un segundo nivel de apelación.',
    },
    'external-review-request': {
      name: 'Pedir una revisión externa',
      description: 'Pide que decida un revisor que no trabaja para su plan.',
      when: 'Úsela después de que su plan diga que no a su apelación.',
    },
    'regulator-complaint': {
      name: 'Queja a la oficina estatal o federal',
      description: 'Le cuenta a la oficina que vigila a su plan lo que salió mal.',
      when: 'Úsela cuando su plan no cumple las fechas límite o no sigue las reglas.',
    },
    'records-request': {
      name: 'Pedir su expediente médico',
      description: 'Le pide a su médico o al hospital copias de su expediente.',
      when: 'Úsela para reunir pruebas para su apelación.',
    },
  },
  otherKinds: {
    'second-opinion-referral-request': 'Pedirle a su plan que cubra una segunda opinión',
  },
  page: {
    title: 'Cartas',
    notFoundTitle: 'Caso no encontrado',
    caseOf: 'Caso de',
    back: 'Volver al caso',
    write: {
      title: 'Escribir una carta',
      lead: 'Overturn llena la carta con los datos de su caso. Puede cambiar las palabras antes de guardarla.',
    },
    check: {
      title: (kind: string) => `Revise su carta: ${kind}`,
      change: 'Cambiar lo que eligió',
      lead: 'Esta es su carta, llena con los datos de su caso. Cambie las palabras que quiera en los cuadros. No se guarda nada hasta que elija “Guardar esta carta”.',
    },
    saved: {
      title: 'Su carta está guardada',
      notice: (kind: string, version: number) =>
        `${kind}, versión ${version}, está guardada con su caso.`,
      another: 'Escribir otra carta',
      packet: 'Armar el paquete para enviar',
    },
    list: {
      title: 'Cartas guardadas',
      packet: 'Armar el paquete',
      none: 'Todavía no hay cartas. Escriba la primera aquí abajo.',
      meta: (version: number, when: string) => `· versión ${version} · guardada el ${when}`,
    },
  },
  choices: {
    which: '¿Qué carta?',
    errorPrefix: 'Hay un error: ',
    chooseOne: 'Elija una carta.',
    letterLang: 'Idioma de la carta',
    letterLangHint:
      'Los planes y los médicos suelen leer en inglés. Puede cambiar las palabras después.',
    stepsLang: 'Idioma de los pasos para usted',
    stepsLangHint:
      'Los pasos que le dicen qué hacer con la carta. Pueden estar en español aunque la carta esté en inglés.',
    aboutYou: 'Sobre usted (puede saltarse esta parte)',
    address: 'Su dirección',
    addressHint: 'Una línea por cada línea de la dirección.',
    phone: 'Su teléfono',
    email: 'Su correo electrónico',
    forSomeone: 'Escribo en nombre de otra persona',
    name: 'Su nombre',
    relationship: 'Qué relación tiene con el paciente',
    relationshipHint: 'Por ejemplo: padre o madre, esposo o esposa, o representante autorizado.',
    whereItGoes: 'A dónde va la carta',
    appealsAddress: 'La dirección de apelaciones de su plan, si la sabe',
    appealsAddressHint:
      'Búsquela en su carta de denegación o en el sitio web de su plan. Una línea por cada línea de la dirección. Si la deja vacía, la carta tendrá un espacio en blanco para llenar.',
    writing: 'Escribiendo…',
    see: 'Ver la carta',
  },
  editor: {
    subject: 'Asunto (de qué trata la carta)',
    emptyBody: 'La carta necesita al menos un párrafo con palabras.',
    paragraph: (n: number) => (n === 1 ? 'Párrafo 1 (lo que usted pide)' : `Párrafo ${n}`),
    add: 'Agregar un párrafo',
    addAfter: (n: number) => ` después del párrafo ${n}`,
    remove: 'Quitar',
    removeWhich: (n: number) => ` el párrafo ${n}`,
    enclosures: 'Documentos adjuntos (lo que envía con la carta)',
    enclosuresHint: 'Una línea por cada papel que envía con la carta.',
    save: 'Guardar esta carta',
  },
  // Written in the language of the steps, which may differ from the app's: the same in both files.
  guidanceTitle: english.guidanceTitle,
  citations: {
    summary: (n: number) => `Las reglas en que se basa esta carta (${n})`,
    text: 'Estas son las leyes y reglas que cita la carta. Un defensor de pacientes o un abogado puede revisarlas. Esto no es asesoramiento legal.',
    newTab: ' (abre el texto oficial en una pestaña nueva)',
  },
  files: {
    pdf: 'Descargar PDF',
    word: 'Archivo de Word',
    text: 'Texto simple',
    which: (kind: string, version: number) => `de ${kind}, versión ${version}`,
  },
  packet: {
    title: 'Armar el paquete',
    lead: 'El paquete es un solo PDF: su carta, una lista de lo que va adjunto y después cada documento. Todas las páginas van numeradas, para que no se pierda nada.',
    noLetter: 'El paquete empieza con una carta, y este caso todavía no tiene ninguna guardada.',
    writeFirst: 'Escribir primero una carta',
    documentAdded: (when: string) => `Documento agregado el ${when}`,
    cover: 'Carta de presentación',
    onTop: 'La carta que va primero',
    letterOption: (kind: string, version: number, when: string) =>
      `${kind}, versión ${version} (${when})`,
    documents: 'Documentos para adjuntar',
    noDocuments: {
      before:
        'Este caso todavía no tiene documentos. El paquete llevará solo su carta. Para agregar su carta de denegación, use',
      link: 'Agregar una carta de denegación',
    },
    orderHint:
      'Marque lo que quiere enviar. Van en este orden, como Anexo A, B, C… Use los botones para subir o bajar cada uno.',
    moveUp: 'Subir',
    moveDown: 'Bajar',
    theDocument: 'El documento',
    moved: (name: string, position: number, count: number) =>
      `${name} ahora es el número ${position} de ${count}.`,
    fax: {
      legend: 'Portada de fax (puede saltarse esta parte)',
      wanted: 'Agregar una portada de fax',
      to: 'Para quién es',
      number: 'Número de fax de quien lo recibe',
      note: 'Una nota corta',
      missing: 'Para la portada de fax, escriba para quién es y su número de fax.',
    },
    unreadable: {
      intro: 'No pudimos leer estos documentos, así que no se armó el paquete:',
      choice: 'Puede armar el paquete sin ellos, o desmarcarlos e intentarlo de nuevo.',
      without: 'Armarlo sin ellos',
    },
    notBuilt: (message: string) => `No se armó el paquete. ${message}`,
    building: 'Armando…',
    build: 'Armar el paquete',
    result: {
      title: 'Su paquete está listo',
      download: (pages: number) =>
        `Descargar el paquete (${pages} ${pages === 1 ? 'página' : 'páginas'})`,
      skipped: 'Se dejaron fuera porque no pudimos leerlos:',
      index: 'Índice de anexos',
      onlyLetter: 'El paquete lleva solo su carta.',
      caption: 'Lo que lleva el paquete, y en qué páginas',
      columns: {
        exhibit: 'Anexo',
        title: 'Título',
        date: 'Fecha',
        pages: 'Páginas',
      },
      noDate: 'Sin fecha',
    },
  },
};
