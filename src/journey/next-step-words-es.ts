import type { LevelId } from '../cases/appeal-ladder.js';
import type { StepContext, StepWords } from './next-step-words-shape.js';

/**
 * The next steps in Spanish ("usted", short sentences, plain and warm), twin of the English in
 * `next-step-words.ts`. The ladder's level names are worded here too, for "next comes …".
 */

const levels: Record<LevelId, { readonly name: string; readonly decidedBy: string }> = {
  'internal-appeal': {
    name: 'Apelación interna',
    decidedBy: 'el plan de salud, con un revisor que no tomó la primera decisión',
  },
  'second-internal-appeal': {
    name: 'Segunda apelación interna',
    decidedBy: 'el plan de salud (solo si el plan tiene dos niveles)',
  },
  'external-review': {
    name: 'Revisión externa',
    decidedBy: 'una organización de revisión independiente, y el plan debe cumplir su decisión',
  },
  reconsideration: {
    name: 'Reconsideración (apelación ante el plan)',
    decidedBy: 'el plan Medicare Advantage',
  },
  'independent-review': {
    name: 'Entidad de Revisión Independiente (Independent Review Entity)',
    decidedBy: 'la Entidad de Revisión Independiente que tiene contrato con Medicare',
  },
  'alj-hearing': {
    name: 'Audiencia ante un juez de derecho administrativo (Administrative Law Judge)',
    decidedBy: 'un juez de derecho administrativo (OMHA); se exige una cantidad mínima en disputa',
  },
  'appeals-council': {
    name: 'Revisión del Consejo de Apelaciones de Medicare (Medicare Appeals Council)',
    decidedBy: 'el Consejo de Apelaciones de Medicare',
  },
  'federal-court': {
    name: 'Tribunal federal de distrito',
    decidedBy: 'un juez federal; se exige una cantidad mínima en disputa',
  },
  'plan-appeal': {
    name: 'Apelación ante el plan',
    decidedBy: 'el plan de atención administrada de Medicaid (un solo nivel)',
  },
  'state-fair-hearing': {
    name: 'Audiencia imparcial del estado',
    decidedBy: 'un funcionario de audiencias del estado',
  },
};

export function spanishStepWords({ plan, firstGap, drug }: StepContext): StepWords {
  return {
    actions: {
      'add-missing-facts': 'Agregue a su caso la fecha de la carta de denegación',
      'deadline-passed':
        'Su fecha límite ya pasó. Envíe su apelación ahora de todos modos y pida al plan que la acepte tarde',
      'gather-evidence': firstGap ? `Reúna sus pruebas: ${firstGap}` : 'Reúna sus pruebas',
      'write-expedited-appeal': 'Escriba hoy su apelación urgente (acelerada)',
      'write-letter': 'Escriba su carta de apelación',
      'send-letter': 'Envíe su carta y luego márquela como enviada',
      'follow-notice-instructions':
        'Siga los pasos de la última carta del plan para pedir la siguiente revisión',
      'follow-up-call': 'Haga la llamada de seguimiento que le prometieron',
      'ask-supervisor': 'Llame otra vez y pida hablar con un supervisor',
      'chase-decision': `La decisión se retrasó. Llame a ${plan} y pídala`,
      'wait-for-decision': 'Espere la decisión, y llame si se retrasa',
      'wait-for-reviewer': 'Espere la decisión del revisor externo',
      'confirm-forwarding': drug
        ? 'Pida una revisión externa de la decisión sobre el medicamento'
        : `Confirme que ${plan} envió su caso al revisor externo`,
      'request-external-review': 'Pida una revisión externa (independiente)',
      'request-fair-hearing': 'Pida a su estado una audiencia imparcial',
      'next-level': 'Pida el siguiente nivel de revisión',
      'get-state-help': 'Pida ayuda a su estado',
      'check-payment': `Confirme que ${plan} pagó la reclamación`,
      'confirm-and-close': 'Confirme que el pago es correcto y luego cierre el caso',
      'wait-for-regulator': 'Espere la respuesta del regulador, y haga seguimiento',
      'nothing-to-do': 'No hay nada que hacer en este caso',
    },
    whys: {
      'add-missing-facts':
        'Sus fechas límite se cuentan desde esa fecha. Sin ella, no podemos decirle cuándo actuar.',
      'deadline-passed':
        'Los planes pueden aceptar una apelación tardía si hay una buena razón, como una enfermedad. Explique por qué llega tarde. Una línea estatal de ayuda al consumidor puede ayudarle a pedirlo.',
      'gather-evidence':
        'Las apelaciones se ganan con pruebas. La mejor respuesta a la razón del plan son los papeles que muestran que está equivocado.',
      'write-expedited-appeal':
        'Su salud no puede esperar. Una apelación urgente debe decidirse en 72 horas una vez que su médico dice que es urgente.',
      'write-letter':
        'Una carta clara que responde a la razón del plan es el centro de su apelación. La llenamos con los datos de su caso.',
      'send-letter':
        'El plazo del plan empieza cuando recibe su apelación. Guarde una prueba del día en que la envió.',
      'follow-notice-instructions':
        'Este nivel tiene su propio formulario y su propia dirección. La carta del plan dice adónde enviarlo y para cuándo.',
      'follow-up-call':
        'Alguien prometió llamarle o hacer algo antes de una fecha que ya pasó. Llamar mantiene su caso en marcha.',
      'ask-supervisor':
        'Usted ha llamado varias veces por la misma pregunta sin avanzar. Un supervisor puede resolver lo que la primera persona no puede. Pida su nombre, un número de identificación y un número de referencia.',
      'chase-decision':
        'El plan tenía un plazo para decidir. Pida la decisión por escrito. Si aún no responde, un regulador puede intervenir.',
      'wait-for-decision':
        'El plan tiene un plazo para decidir. Si no sabe nada para entonces, llame y pregunte.',
      'wait-for-reviewer':
        'Ahora un revisor externo tiene su caso. Envíe cualquier papel nuevo lo antes posible.',
      'confirm-forwarding': drug
        ? 'En las apelaciones de medicamentos, puede que el plan no envíe su caso por su cuenta. Su carta dice cómo pedirlo y para cuándo.'
        : 'Los planes Medicare Advantage deben enviar por su cuenta un segundo “no” a un revisor externo. Asegúrese de que lo hicieron, y agregue sus papeles.',
      'request-external-review':
        'Un revisor externo que no trabaja para el plan puede anular la denegación. El plan debe seguir esa decisión.',
      'request-fair-hearing':
        'Después de la apelación ante el plan, un funcionario de audiencias del estado puede anular la denegación.',
      'next-level': 'Cada nivel es una nueva oportunidad de ganar.',
      'get-state-help':
        'Ya no quedan apelaciones. El departamento de seguros de su estado o su programa de ayuda al consumidor todavía pueden intervenir.',
      'check-payment':
        'Ganar solo cuenta cuando la reclamación está pagada. Compare la nueva explicación de beneficios (EOB) con la factura.',
      'confirm-and-close':
        'Asegúrese de que la factura ahora muestre lo que usted debe después del pago. Luego cierre el caso.',
      'wait-for-regulator':
        'El regulador va a revisar su queja. Anote aquí cada llamada y cada carta.',
      'nothing-to-do': 'Este caso está cerrado.',
    },
    missingFacts: (missing) =>
      `Sus fechas límite se cuentan desde ${missing.join(' y ')}. Sin ese dato, no podemos decirle cuándo actuar.`,
    appealTheRest: 'Parte de la reclamación sigue denegada. Usted puede apelar esa parte.',
    secondLevelOffered:
      'Puede que su plan ofrezca primero una segunda apelación. Su carta lo dice. Usted puede saltarla y pedir una revisión externa.',
    eligibilityNote: (citation) =>
      `Qué denegaciones puede aceptar un revisor externo: ${citation}. Al final, decide el revisor.`,
    nextLevel: (level) => `Sigue: ${levels[level.id].name}. Decide ${levels[level.id].decidedBy}.`,
  };
}
