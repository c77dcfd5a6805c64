import type { Messages } from '../catalog.js';

/** Palabras de la ley y de los planes de salud, cada una con una explicación sencilla. */
export const glossary: Messages['glossary'] = {
  title: 'Palabras que conviene conocer',
  lead: 'Los planes de salud y la ley usan palabras que casi nadie necesita. Esto es lo que significan.',
  whatIs: (word: string) => `¿Qué significa “${word}”?`,
  close: 'Cerrar',
  terms: {
    appeal: {
      word: 'Apelación',
      plain: 'Pedirle al plan que vuelva a revisar su “no” y lo cambie a “sí”.',
    },
    'internal-appeal': {
      word: 'Apelación interna',
      plain:
        'Una apelación que decide el mismo plan de salud. Es el primer paso después de una denegación.',
    },
    'external-review': {
      word: 'Revisión externa',
      plain:
        'Una revisión hecha por un revisor independiente que no trabaja para su plan. Si el revisor dice que el plan debe pagar, el plan tiene que cumplir esa decisión.',
    },
    expedited: {
      word: 'Apelación urgente (acelerada)',
      plain:
        'Una apelación rápida para cuando esperar podría dañar gravemente su salud. El plan debe contestar en días u horas, no en semanas.',
    },
    denial: {
      word: 'Denegación',
      plain: 'El “no” del plan: no pagará o no aprobará cierta atención.',
    },
    'prior-authorization': {
      word: 'Autorización previa',
      plain: 'La aprobación del plan que cierta atención necesita antes de recibirla.',
    },
    'medical-necessity': {
      word: 'Necesidad médica',
      plain:
        'Si la atención es necesaria para diagnosticar o tratar su condición, según las normas médicas aceptadas. Los planes a menudo niegan atención diciendo que no era médicamente necesaria.',
    },
    eob: {
      word: 'Explicación de beneficios (EOB)',
      plain:
        'Un resumen de su plan sobre una reclamación: lo que se cobró, lo que pagó el plan y lo que usted podría deber. No es una factura.',
    },
    claim: {
      word: 'Reclamación',
      plain:
        'Una solicitud al plan para que pague una atención. Normalmente la envía su médico u hospital.',
    },
    erisa: {
      word: 'ERISA (ley federal)',
      plain:
        'Una ley federal que cubre la mayoría de los planes de salud que se obtienen a través de un trabajo. Fija las reglas y los plazos para apelar en esos planes.',
    },
    'self-funded': {
      word: 'Plan autofinanciado',
      plain:
        'Un plan de trabajo en el que el empleador paga las reclamaciones y una aseguradora solo administra el plan. Por lo general se aplican reglas federales, no estatales.',
    },
    'fully-insured': {
      word: 'Plan totalmente asegurado',
      plain:
        'Un plan en el que una aseguradora paga las reclamaciones. También se aplican las reglas de seguros del estado.',
    },
    'fair-hearing': {
      word: 'Audiencia imparcial',
      plain:
        'En Medicaid: una audiencia ante un juez del estado que no forma parte de su plan. Puede pedirla después de la apelación al plan.',
    },
    'medicare-advantage': {
      word: 'Medicare Advantage (plan privado)',
      plain: 'Un plan privado que da los beneficios de Medicare en lugar de Medicare Original.',
    },
    'claim-file': {
      word: 'Expediente de la reclamación',
      plain:
        'Todo lo que el plan usó para decidir su reclamación, incluidas sus reglas y cualquier médico al que consultó. Usted tiene derecho a una copia gratis.',
    },
    'letter-of-medical-necessity': {
      word: 'Carta de necesidad médica',
      plain: 'Una carta de su médico que explica por qué usted necesita la atención.',
    },
    'second-opinion': {
      word: 'Segunda opinión',
      plain:
        'La opinión de otro médico sobre su diagnóstico o tratamiento. Pedirla es normal, y los buenos médicos lo esperan.',
    },
    referral: {
      word: 'Referido',
      plain:
        'Una orden de su médico principal que le permite ver a un especialista. Algunos planes (HMO) lo exigen.',
    },
    'in-network': {
      word: 'Dentro de la red',
      plain:
        'Médicos y hospitales que tienen contrato con su plan. La atención fuera de la red suele costar más o no estar cubierta.',
    },
    'send-by': {
      word: 'Fecha de envío',
      plain:
        'Un día antes de la fecha límite legal, para dejar tiempo por si hay problemas con el correo o el fax. Apunte a ese día, no al último.',
    },
  },
};
