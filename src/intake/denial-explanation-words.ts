import type { NoticeType } from '../cases/case-terms.js';
import type { Lang } from '../common/lang.js';

/**
 * The sentences `denial-explanation.ts` puts around the category and code explanations, in each
 * language: the notice's opening line, what the group letters mean, the next appeal step and the
 * honest fallback for a code without an explanation. The rules they rest on are cited where
 * `denial-explanation.ts` chooses them.
 */

/** The letters before a CARC on a remittance or EOB ("CO-45"): who the plan says bears the amount. */
export type GroupCode = 'CO' | 'PR' | 'OA' | 'PI' | 'CR';

/** The step after a lost internal appeal, by where the program sends the person next. */
export type NextLevel = 'independent-review' | 'fair-hearing' | 'external-review';

interface ExplanationWords {
  readonly notLegalAdvice: string;
  readonly groupMeanings: Readonly<Record<GroupCode, string>>;
  readonly noticeLeads: Readonly<Record<NoticeType, string>>;
  readonly expeditedStep: string;
  readonly nextLevel: Readonly<Record<NextLevel, string>>;
  /** A code X12 lists that Overturn has not explained yet. */
  readonly listedUnknown: (code: string) => string;
  /** A code on neither of X12's lists. */
  readonly unlisted: (code: string) => string;
}

export const explanationWords = {
  en: {
    notLegalAdvice:
      'This is general information, not legal advice, and it cannot promise how the plan will decide.',
    groupMeanings: {
      CO: 'CO (contractual obligation): under its contract with the plan, the provider usually must absorb this amount, not you.',
      PR: 'PR (patient responsibility): the plan says you may owe this amount.',
      OA: 'OA (other adjustment): the plan made a change it does not count as your share or as part of the provider’s contract.',
      PI: 'PI (payer-initiated reduction): the plan lowered the payment and does not count it as your share.',
      CR: 'CR (correction or reversal): the plan changed a claim it processed before.',
    },
    noticeLeads: {
      'claim-denial': 'The plan refused to pay for care you already got.',
      'prior-authorization-denial': 'The plan refused to approve care before you get it.',
      'final-internal-appeal-denial': 'The plan said no again after your appeal.',
      eob: 'Your explanation of benefits shows care the plan did not pay in full.',
    },
    expeditedStep:
      'If waiting the usual time could seriously harm your health, ask for a fast (expedited) appeal, and ask your doctor to say so in writing.',
    nextLevel: {
      'independent-review':
        'For medical care, the plan must send the case to an independent reviewer on its own. Ask the plan to confirm it did, and watch for a letter from the reviewer.',
      'fair-hearing':
        'Ask for a state fair hearing. Your plan or your state Medicaid office can tell you how; note the deadline on the notice.',
      'external-review':
        'Ask for an outside (external) review by an independent reviewer. Most plans must offer one; the notice should say how and by when.',
    },
    listedUnknown: (code) =>
      `We do not have a plain explanation for code ${code} yet. Ask the plan or the provider’s billing office what it means for this claim; the full list is at x12.org/codes.`,
    unlisted: (code) =>
      `${code} is not on X12’s published code lists. It may be the plan’s own internal code, or it may have been misread, so check it on the notice and ask the plan what it means.`,
  },
  es: {
    notLegalAdvice:
      'Esta es información general, no es asesoramiento legal, y no puede prometer cómo decidirá el plan.',
    groupMeanings: {
      CO: 'CO (obligación contractual): por su contrato con el plan, por lo general el proveedor debe asumir esta cantidad, no usted.',
      PR: 'PR (responsabilidad del paciente): el plan dice que usted podría deber esta cantidad.',
      OA: 'OA (otro ajuste): el plan hizo un cambio que no cuenta como su parte ni como parte del contrato del proveedor.',
      PI: 'PI (reducción hecha por el pagador): el plan bajó el pago y no lo cuenta como su parte.',
      CR: 'CR (corrección o anulación): el plan cambió una reclamación que ya había tramitado.',
    },
    noticeLeads: {
      'claim-denial': 'El plan se negó a pagar una atención que usted ya recibió.',
      'prior-authorization-denial':
        'El plan se negó a aprobar una atención antes de que usted la reciba.',
      'final-internal-appeal-denial': 'El plan volvió a decir que no después de su apelación.',
      eob: 'Su explicación de beneficios (EOB) muestra atención que el plan no pagó por completo.',
    },
    expeditedStep:
      'Si esperar el tiempo normal podría dañar gravemente su salud, pida una apelación urgente (acelerada), y pida a su médico que lo diga por escrito.',
    nextLevel: {
      'independent-review':
        'Para la atención médica, el plan debe enviar el caso por su cuenta a un revisor independiente. Pida al plan que le confirme que lo hizo, y esté pendiente de una carta del revisor.',
      'fair-hearing':
        'Pida una audiencia imparcial del estado. Su plan o la oficina de Medicaid de su estado pueden decirle cómo; anote la fecha límite que aparece en el aviso.',
      'external-review':
        'Pida una revisión externa hecha por un revisor independiente. La mayoría de los planes deben ofrecerla; el aviso debería decir cómo y para cuándo.',
    },
    listedUnknown: (code) =>
      `Todavía no tenemos una explicación sencilla del código ${code}. Pregunte al plan o a la oficina de facturación del proveedor qué significa para esta reclamación; la lista completa está en x12.org/codes.`,
    unlisted: (code) =>
      `${code} no está en las listas de códigos que publica X12. Puede ser un código interno del propio plan, o puede que se haya leído mal. Revíselo en el aviso y pregunte al plan qué significa.`,
  },
} as const satisfies Readonly<Record<Lang, ExplanationWords>>;
