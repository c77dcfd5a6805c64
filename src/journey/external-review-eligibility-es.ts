import type { DenialCategory } from '../cases/case-terms.js';

/**
 * Whether a denial can go to external review, in Spanish: twin of the `why` sentences in
 * `external-review-eligibility.ts` (45 CFR 147.136(d)(1)). The reviewer decides in the end.
 */

const medicalJudgment =
  'La denegación se basa en un juicio médico, así que puede ir a un revisor externo.';

export const eligibilityWhyEs: Readonly<Record<DenialCategory, string>> = {
  'medical-necessity': medicalJudgment,
  experimental: medicalJudgment,
  'step-therapy':
    'Saber si usted necesita este medicamento en vez de los que el plan quiere que pruebe primero es una pregunta médica. Por eso puede ir a un revisor externo.',
  formulary:
    'Si el plan decidió que usted no necesita el medicamento, un revisor externo puede revisarlo. Si solo se trata de la lista de medicamentos del plan, puede que no califique. Pida la revisión de todos modos.',
  'out-of-network':
    'Si fue una emergencia, o una factura sorpresa de un proveedor que usted no eligió, la ley No Surprises Act permite que un revisor externo lo revise. Si no, puede que no califique. Pida la revisión de todos modos.',
  'prior-authorization':
    'Si el plan también decidió que la atención no era necesaria, un revisor externo puede revisarlo. Si solo se trata de trámites, puede que no califique. Pida la revisión de todos modos.',
  referral:
    'Si el plan también decidió que la atención no era necesaria, un revisor externo puede revisarlo. Si solo se trata de la remisión (referido) que faltaba, puede que no califique. Pida la revisión de todos modos.',
  'missing-documentation':
    'Si el plan decidió que la atención no era necesaria, un revisor externo puede revisarlo. Si solo faltaban papeles, envíelos primero al plan.',
  'not-covered':
    'Una pregunta sobre lo que cubre el contrato del plan normalmente no puede ir a un revisor externo. Si el plan también decidió que la atención no era necesaria, pida la revisión de todos modos. Un regulador estatal también puede ayudar.',
  'coding-error':
    'Un problema con un código de facturación normalmente se resuelve cuando el proveedor envía una reclamación corregida, no con un revisor externo.',
  'timely-filing':
    'Una reclamación presentada tarde es una cuestión del contrato, así que normalmente no puede ir a un revisor externo. Un regulador estatal puede ayudar.',
  duplicate:
    'Una reclamación duplicada es una cuestión de facturación, no de medicina. Llame al plan y al proveedor para resolverlo.',
  'coordination-of-benefits':
    'Saber qué seguro paga primero es una cuestión del contrato. Actualice con el plan los datos de su otro seguro.',
  eligibility:
    'Saber si usted tenía cobertura en esa fecha es una cuestión de elegibilidad, y la revisión externa no la cubre. Pero si el plan canceló su cobertura hacia atrás, desde una fecha anterior (una rescisión), sí la cubre. Un regulador estatal también puede ayudar.',
  other:
    'Si la denegación implica cualquier juicio médico, un revisor externo puede revisarla. Pida la revisión de todos modos: el revisor decide.',
};
