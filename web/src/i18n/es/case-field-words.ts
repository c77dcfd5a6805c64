import type { caseFieldWords as english } from '../en/case-field-words.js';

/** Los datos del caso en español: el título de cada grupo y la etiqueta y la ayuda de cada dato. */
export const caseFieldWords: typeof english = {
  sections: {
    patient: 'Paciente',
    plan: 'El plan',
    claim: 'Lo que se denegó',
    denial: 'El aviso de denegación',
  },
  fields: {
    patient: {
      name: {
        label: 'Nombre del paciente',
        hint: 'La persona que recibió la atención, con el nombre tal como aparece en la tarjeta del seguro.',
      },
      dateOfBirth: { label: 'Fecha de nacimiento' },
    },
    plan: {
      insurer: {
        label: 'Aseguradora',
        hint: 'La compañía que aparece en la carta de denegación o en la tarjeta del seguro, como Aetna o Blue Cross.',
      },
      program: {
        label: 'Tipo de plan',
        hint: 'Cómo obtiene este seguro. De esto dependen los pasos de su apelación y sus fechas límite.',
      },
      planName: {
        label: 'Nombre del plan',
        hint: 'Aparece en la tarjeta del seguro, por ejemplo “Gold PPO 1500”.',
      },
      funding: {
        label: 'Quién paga las reclamaciones',
        hint: 'Solo para planes por medio de un trabajo. La oficina de beneficios se lo puede decir. Si no lo sabe, déjelo en blanco.',
      },
      networkType: {
        label: 'Tipo de red',
        hint: 'Suele aparecer en la tarjeta del seguro: HMO, PPO, EPO o POS.',
      },
      state: {
        label: 'Estado',
        hint: 'El estado donde usted vive o donde se vendió el plan. Las reglas del estado pueden darle más derechos.',
      },
      memberId: { label: 'Número de miembro', hint: 'En el frente de la tarjeta del seguro.' },
      groupNumber: {
        label: 'Número de grupo',
        hint: 'En la tarjeta del seguro, para planes por medio de un trabajo.',
      },
    },
    claim: {
      serviceDescription: {
        label: 'La atención que se denegó',
        hint: 'Con sus propias palabras, por ejemplo “resonancia magnética de la parte baja de la espalda”.',
      },
      provider: { label: 'Médico, hospital o farmacia' },
      serviceDate: {
        label: 'Fecha de la atención',
        hint: 'El día en que recibió la atención, o el día en que está programada.',
      },
      claimNumber: {
        label: 'Número de reclamación',
        hint: 'En la carta de denegación o en la explicación de beneficios (EOB).',
      },
      procedureCodes: {
        label: 'Códigos de procedimiento',
        hint: 'Códigos de facturación de la atención, de 5 letras o números cada uno, por ejemplo 97110. Aparecen en la factura o en la EOB. Ponga una coma entre los códigos.',
      },
      diagnosisCodes: {
        label: 'Códigos de diagnóstico',
        hint: 'Códigos del problema de salud, por ejemplo M54.16. Ponga una coma entre los códigos.',
      },
      amountBilled: {
        label: 'Cantidad facturada',
        hint: 'Lo que cobró el proveedor, en dólares, por ejemplo 1240.00.',
      },
      patientResponsibility: {
        label: 'Cantidad que el plan dice que usted debe',
        hint: 'En dólares. Déjelo en blanco si la carta no lo dice.',
      },
    },
    denial: {
      noticeType: { label: 'Tipo de aviso' },
      noticeStage: {
        label: '¿Qué carta es esta?',
        noun: 'El tipo de carta',
        hint: '¿Es el primer “no” del plan, o una respuesta a una apelación? De esto dependen las fechas límite. Si no está seguro, déjelo en blanco.',
      },
      noticeDate: { label: 'Fecha del aviso', hint: 'La fecha impresa en la carta.' },
      receivedDate: {
        label: 'Fecha en que recibió el aviso',
        hint: 'El día en que le llegó la carta. Algunas fechas límite se cuentan desde ese día, así que guarde el sobre.',
      },
      category: {
        label: 'Motivo de la denegación',
        hint: 'El motivo principal que dio el plan. Elija el más parecido.',
      },
      statedReason: {
        label: 'El motivo con las palabras de la carta',
        hint: 'Cópielo de la carta, palabra por palabra si puede.',
      },
      statedDeadlineDays: {
        label: 'Días que la carta le da para apelar',
        hint: 'Muchas cartas dicen algo como “tiene 180 días para apelar”. Déjelo en blanco si la suya no lo dice.',
      },
      urgency: {
        label: '¿Qué tan pronto se necesita la atención?',
        noun: 'Qué tan pronto se necesita la atención',
        hint: 'De esto depende qué tan rápido debe responder el plan a su apelación. Elija “Urgente” si esperar podría dañar gravemente su salud.',
      },
      appealFiledAt: {
        label: '¿Cuándo recibió el plan su apelación?',
        noun: 'La fecha en que el plan recibió su apelación',
        hint: 'Use el comprobante de entrega o la confirmación del fax. Cuando marque la apelación como enviada, Overturn pone ese día. Para una apelación urgente, agregue también la hora: las horas del plan se cuentan desde ese momento.',
      },
    },
  },
};
