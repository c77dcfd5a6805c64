import type { Messages } from '../catalog.js';

/** Las palabras de los pasos guiados, en español. */
export const guide: Messages['guide'] = {
  stepsLabel: 'Sus pasos',
  stepOf: (n: number, of: number) => `Paso ${n} de ${of}`,
  stepState: {
    done: 'Hecho',
    skipped: 'Lo deja para después',
    'to-do': 'Por hacer',
  },
  here: (state: string) => `Usted está aquí · ${state}`,
  nextUp: (name: string) => `Después: ${name}`,
  whyLabel: 'Por qué importa:',
  back: 'Atrás',
  next: 'Continuar',
  finish: 'Terminar por ahora',
  skip: 'Saltar, lo haré después',
  saveForLater: 'Guardar y seguir después',
  saveForLaterNote: 'Todo lo que escribió ya está guardado. Vuelva desde la pantalla de inicio.',
  laterLetter:
    'Su carta le espera en la pantalla de inicio, con lo que escribió. Vuelva para revisarla.',
  laterOpinion:
    'Lo que escribió se queda en este navegador. Vuelva por «Quiero una segunda opinión».',
  wholeCase: 'Ver todo el caso en una página (para defensores)',
  guidedSteps: 'Ir paso a paso',
  backToSteps: '← Volver a sus pasos',
  continueSteps: 'Seguir con sus pasos',
  notLegalAdvice:
    'Overturn da información general para ayudarle a actuar por su cuenta. No es asesoramiento legal y no puede prometer lo que decidirá su plan.',
  notMedicalAdvice:
    'Overturn da información general para ayudarle a decidir. No es asesoramiento médico ni legal. Hable de su decisión con un médico de confianza.',
  appeal: {
    title: 'Su apelación, paso a paso',
    letter: {
      name: 'Agregue su carta de denegación',
      title: 'Agregue su carta de denegación',
      why: 'La carta dice qué se negó, por qué y hasta cuándo puede presentar una [[appeal|apelación]].',
    },
    check: {
      name: 'Revise lo que leímos',
      title: 'Revise lo que leímos',
      why: 'Una fecha o un número equivocado podría cambiar sus fechas límite.',
    },
    questions: {
      name: 'Unas preguntas',
      title: 'Unas preguntas sobre su atención y su plan',
      why: 'Sus respuestas deciden qué tan rápido debe contestar el plan y qué reglas le protegen.',
    },
    deadlines: {
      name: 'Sus fechas límite',
      title: 'Sus fechas límite',
      why: 'Una apelación enviada tarde puede ser rechazada. Apunte a cada [[send-by|fecha de envío]] y anote estas fechas en su calendario ahora.',
    },
    gather: {
      name: 'Qué reunir',
      title: 'Qué reunir',
      why: 'Las apelaciones se ganan con pruebas: sus expedientes, una [[letter-of-medical-necessity|carta de su médico]] y las propias reglas del plan que están en el [[claim-file|expediente de la reclamación]].',
    },
    write: {
      name: 'Su carta',
      title: 'Escriba su carta de apelación',
      why: 'La carta inicia su [[internal-appeal|apelación interna]]. Le dice al plan lo que usted pide y por qué las reglas dicen que debe pagar.',
    },
    packet: {
      name: 'Su paquete',
      title: 'Arme su paquete',
      why: 'Un solo paquete, con cada página numerada, hace difícil que el plan pierda una página.',
    },
    send: {
      name: 'Anote el envío',
      title: 'Envíelo y anote cómo y cuándo',
      why: 'El día que el plan recibe su apelación empieza su plazo para decidir. Una prueba del envío le protege.',
    },
    'follow-up': {
      name: 'Espere y dé seguimiento',
      title: 'Espere la respuesta y dé seguimiento',
      why: 'Los planes deben decidir antes de una fecha límite. Una llamada con número de referencia les obliga a cumplir.',
    },
  },
  opinion: {
    title: 'Su segunda opinión, paso a paso',
    check: {
      name: '¿Le conviene una?',
      title: '¿Le conviene una segunda opinión?',
      why: 'Una [[second-opinion|segunda opinión]] ayuda más cuando hay mucho en juego o tiene dudas.',
    },
    about: {
      name: 'Cuéntenos',
      title: 'Cuéntenos su pregunta',
      why: 'Su pregunta y lo que más le importa guían cada paso que sigue.',
    },
    coverage: {
      name: 'Que su plan la cubra',
      title: 'Pida que su plan la cubra',
      why: 'Muchos planes pagan una segunda opinión, pero algunos primero piden una [[referral|remisión]]. Pedirla bien desde el principio puede ahorrarle la factura.',
    },
    asking: {
      name: 'Cómo pedirla',
      title: 'Qué decir al pedirla',
      why: 'Pedir una segunda opinión es normal. Los buenos médicos lo esperan, y estas palabras lo hacen fácil.',
    },
    records: {
      name: 'Sus expedientes',
      title: 'Reúna sus expedientes médicos',
      why: 'El nuevo médico necesita sus pruebas, imágenes y notas. Sin ellas, la visita puede perderse o repetirse.',
    },
    questions: {
      name: 'Preguntas para la visita',
      title: 'Sus preguntas para la visita',
      why: 'Las visitas son cortas. Una lista escrita le ayuda a preguntar todo y a anotar cada respuesta.',
    },
    opinions: {
      name: 'Las opiniones',
      title: 'Anote la opinión de cada médico',
      why: 'Si las anota de la misma manera, las opiniones se pueden poner lado a lado.',
    },
    compare: {
      name: 'Comparar',
      title: 'Compare las opiniones',
      why: 'Ver en qué coinciden y en qué difieren los médicos muestra qué preguntar después, y si una tercera opinión puede ayudar.',
    },
    decide: {
      name: 'Decidir',
      title: 'Tome su decisión',
      why: 'La decisión es suya, tomada con sus médicos. Vuelva a mirar lo que más le importa.',
    },
  },
  opinionSteps: {
    printQuestions: 'Imprima la lista, o abra la vista de letra grande para quien le acompañe',
    opinionsTitle: (n: number) =>
      n === 0
        ? 'Todavía no anotó ninguna opinión'
        : n === 1
          ? '1 opinión hasta ahora. Agregue la siguiente cuando la tenga.'
          : `${n} opiniones hasta ahora`,
    compare: {
      tooFew: (n: number) =>
        n === 0
          ? 'Para comparar, anote al menos dos opiniones. Todavía no tiene ninguna.'
          : 'Para comparar, anote al menos dos opiniones. Por ahora tiene una.',
      addOne: 'Agregar una opinión',
      what: 'La comparación muestra:',
      parts: [
        'en qué coinciden los médicos y en qué difieren',
        'advertencias, y cuándo puede ayudar una tercera opinión',
        'cada opinión junto a lo que más le importa',
      ],
      open: 'Comparar las opiniones',
      download: 'Descargar la comparación (PDF)',
      neverPicks:
        'La comparación nunca elige un médico por usted. Llévela para hablarla con su médico.',
    },
    decide: {
      noGoals:
        'No dijo qué es lo que más le importa. Todavía puede agregarlo en la página de todo el caso.',
      take: 'Tómese el tiempo que necesite. Puede hacer más preguntas a cualquier médico antes de elegir.',
      whenDecided:
        'Cuando haya elegido, díganoslo aquí. El caso saldrá de su lista de casos abiertos.',
      isDecided: 'Marcó este caso como decidido. Ya no aparece con sus casos abiertos.',
      decide: 'Ya tomé mi decisión',
      reopen: 'Todavía lo estoy pensando',
      done: 'Guardado: ya tomó su decisión.',
      reopened: 'Guardado: el caso está abierto otra vez.',
      afterwards:
        'Si su plan se niega a pagar la atención que elija, puede apelar. Empiece por “Me negaron un reclamo o un tratamiento” en la pantalla de inicio.',
    },
  },
  questions: {
    urgent: {
      question: '¿Es urgente para su salud?',
      hint: 'Diga que sí si esperar los 30 días de siempre o más podría dañar gravemente su vida, su salud o su capacidad de recuperarse por completo. Así puede pedir una [[expedited|apelación urgente]].',
      options: { yes: 'Sí, es urgente', no: 'No', unsure: 'No estoy seguro' },
      unsure:
        'Pregúntele a su médico. Si su médico dice que es urgente, el plan debe tratarlo como urgente.',
    },
    received: {
      question: '¿Ya recibió la atención?',
      hint: 'Por ejemplo: la cirugía, el examen, la consulta o el medicamento.',
      options: {
        yes: 'Sí, ya la recibí (se trata de una factura o una reclamación)',
        no: 'No, estoy esperando recibirla',
        ongoing: 'Es atención que recibo ahora y que el plan quiere suspender o acortar',
      },
    },
    job: {
      question: '¿Este plan de salud es a través de un trabajo?',
      hint: 'Su trabajo o el de un familiar. No importa quién paga más del costo.',
      options: { yes: 'Sí, a través de un trabajo', no: 'No' },
    },
    kind: {
      question: '¿Qué tipo de plan es?',
      hint: 'Mire su tarjeta del seguro o la parte de arriba de la carta.',
      options: {
        bought: 'Un plan que compré yo mismo (por ejemplo, en el Mercado de Seguros)',
        medicare: 'Medicare Advantage (un plan privado en lugar de Medicare Original)',
        medicaid: 'Medicaid a través de un plan de salud',
      },
    },
    funding: {
      question: '¿Quién paga las reclamaciones: una aseguradora o el propio empleador?',
      hint: 'Las empresas grandes a menudo pagan las reclamaciones ellas mismas (plan [[self-funded|autofinanciado]]). Esto cambia qué reglas se aplican y quién hace la [[external-review|revisión externa]] si la apelación no prospera.',
      options: {
        insured: 'Una aseguradora paga las reclamaciones',
        self: 'El empleador paga las reclamaciones (autofinanciado)',
        unsure: 'No estoy seguro',
      },
      unsure:
        'Puede averiguarlo después: pregunte en la oficina de beneficios de su empleador o busque las palabras “self-funded” o “ERISA” en el folleto de su plan.',
    },
    choose: 'Elija una respuesta y luego guárdela.',
    saveAnswer: 'Guardar mi respuesta',
    saved: 'Su respuesta se guardó.',
    done: 'Gracias. Sus respuestas están guardadas y sus fechas límite se cuentan a partir de ellas.',
    again: 'Cambiar mis respuestas',
  },
  write: {
    none: 'Todavía no ha guardado ninguna carta.',
    saved: (n: number) => (n === 1 ? 'Guardó 1 carta:' : `Guardó ${n} cartas:`),
    how: 'Overturn llena la carta con los datos de su caso. Puede cambiar cualquier palabra antes de guardarla.',
    start: 'Escribir mi carta de apelación',
    another: 'Escribir o cambiar una carta',
  },
  packet: {
    what: 'El paquete junta todo en un solo archivo para enviar por correo, por fax o por internet:',
    parts: [
      'una portada y una lista de lo que contiene',
      'su carta de apelación',
      'sus expedientes y otras pruebas, con cada página numerada',
    ],
    build: 'Armar mi paquete',
    optional: 'Si envía solo la carta, puede saltar este paso.',
  },
  send: {
    howQuestion: '¿Cómo lo envió?',
    ways: {
      mail: 'Por correo (guarde el recibo o use correo certificado)',
      fax: 'Por fax (guarde la página de confirmación)',
      portal: 'En el sitio web o portal del plan (guarde una captura de pantalla)',
      phone: 'Por teléfono (para una apelación urgente; anote el número de referencia)',
      other: 'De otra forma',
    },
    dateLabel: 'El día que lo envió',
    required: '(obligatorio)',
    noteLabel: 'Algo que quiera recordar',
    noteHint: 'Por ejemplo, un número de rastreo, una confirmación de fax o con quién habló.',
    needDate: 'Indique el día que lo envió.',
    save: 'Ya lo envié',
    done: 'Guardado. Su caso ahora dice que su apelación fue enviada.',
    alreadySent: (status: string) => `Su caso ya dice que fue enviada: ${status}.`,
    notNow: (status: string) =>
      `Su caso no se puede marcar como enviado desde donde está ahora (${status}). Use la página de todo el caso para cambiar su paso.`,
    note: (day: string, how: string, note: string) =>
      [`Enviado el ${day}`, how && `Cómo: ${how}`, note].filter(Boolean).join('. '),
  },
  followUp: {
    decisionTitle: 'Cuando llegue la respuesta',
    decisionText:
      'Anote lo que decidió el plan, gane o pierda. Overturn le mostrará entonces qué sigue.',
    callsTitle: 'Llamadas y seguimiento',
    callsText:
      'Anote cada llamada: la fecha, con quién habló y el número de referencia. Overturn le recuerda lo que le prometieron.',
    tasksTitle: 'Seguimientos',
  },
};
