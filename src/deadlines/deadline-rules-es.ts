import { deemedExhausted } from './federal-deadline-rules.js';

/**
 * The Spanish twin of every rule row's action and note (`federal-deadline-rules.ts`,
 * `state-deadline-rules.ts`), keyed by the row's English words: several rows share a deadline id
 * but not their words, and the English text is what a translator reads beside the Spanish. A test
 * checks that every row has its twin, so a changed English sentence cannot go out untranslated.
 * Citations, and the names of laws, agencies and forms, stay as written.
 */

export const ruleActionEs: Readonly<Record<string, string>> = {
  'Send your appeal to the plan': 'Envíe su apelación al plan',
  'The plan must decide your appeal': 'El plan debe decidir su apelación',
  'The plan must decide your appeal before it cuts your ongoing care':
    'El plan debe decidir su apelación antes de reducir o suspender la atención que usted recibe',
  'The plan must decide your urgent appeal': 'El plan debe decidir su apelación urgente',
  'Ask for an independent external review': 'Pida una revisión externa independiente',
  'Ask for an independent external review (federal process)':
    'Pida una revisión externa independiente (proceso federal)',
  'Send any added information to the reviewer': 'Envíe al revisor cualquier información adicional',
  'The reviewer must decide your external review': 'El revisor debe decidir su revisión externa',
  'The reviewer must decide your expedited external review':
    'El revisor debe decidir su revisión externa urgente (acelerada)',
  'Ask the plan for a reconsideration (your first appeal)':
    'Pida al plan una reconsideración (su primera apelación)',
  'The plan must decide your reconsideration': 'El plan debe decidir su reconsideración',
  'The plan must decide your reconsideration about payment':
    'El plan debe decidir su reconsideración sobre el pago',
  'The plan must decide your fast (expedited) reconsideration':
    'El plan debe decidir su reconsideración urgente (acelerada)',
  'Send any added information to the Independent Review Entity':
    'Envíe cualquier información adicional a la Entidad de Revisión Independiente (Independent Review Entity)',
  'Ask for a hearing before an Administrative Law Judge':
    'Pida una audiencia ante un juez de derecho administrativo (Administrative Law Judge)',
  'Ask the Medicare Appeals Council to review the decision':
    'Pida al Consejo de Apelaciones de Medicare (Medicare Appeals Council) que revise la decisión',
  'File a case in federal district court':
    'Presente una demanda en un tribunal federal de distrito',
  'Ask the plan for an appeal': 'Pida una apelación al plan',
  'Appeal and ask to keep your benefits during the appeal':
    'Apele y pida seguir recibiendo sus beneficios durante la apelación',
  'The plan must decide your fast (expedited) appeal':
    'El plan debe decidir su apelación urgente (acelerada)',
  'Ask your state for a fair hearing': 'Pida a su estado una audiencia imparcial',
  'Ask for a fair hearing and to keep your benefits until it is decided':
    'Pida una audiencia imparcial y seguir recibiendo sus beneficios hasta que se decida',
  'Ask the state for an Independent Medical Review':
    'Pida al estado una Revisión Médica Independiente (Independent Medical Review)',
  'Ask the DMHC for an Independent Medical Review':
    'Pida al DMHC una Revisión Médica Independiente (Independent Medical Review)',
  'Ask the Department of Insurance for an Independent Medical Review':
    'Pida al Departamento de Seguros (Department of Insurance) una Revisión Médica Independiente (Independent Medical Review)',
  'The plan must decide your grievance': 'El plan debe decidir su queja formal (grievance)',
  'The Independent Medical Review must be decided':
    'La Revisión Médica Independiente (Independent Medical Review) debe decidirse',
  'Ask New York’s Department of Financial Services for an external appeal':
    'Pida al Departamento de Servicios Financieros de Nueva York (Department of Financial Services) una apelación externa',
  'Ask for an Independent Review Organization review (Texas form LHL009)':
    'Pida una revisión a una Organización de Revisión Independiente (Independent Review Organization; formulario LHL009 de Texas)',
  'The review organization must decide your urgent review':
    'La organización de revisión debe decidir su revisión urgente',
  'The review organization must decide your review':
    'La organización de revisión debe decidir su revisión',
  'Send your appeal (grievance) to the plan':
    'Envíe su apelación (queja formal o grievance) al plan',
  'Ask the Illinois Department of Insurance for an external review':
    'Pida una revisión externa al Departamento de Seguros de Illinois (Illinois Department of Insurance)',
  'Ask the Pennsylvania Insurance Department for an external review':
    'Pida una revisión externa al Departamento de Seguros de Pensilvania (Pennsylvania Insurance Department)',
};

const deemedExhaustedEs =
  'Si el plan no cumple esta fecha, su apelación puede considerarse "agotada" (deemed exhausted): usted puede pasar directamente a la revisión externa (45 CFR 147.136(b)(2)(ii)(F)).';

/** The minimum amounts in dispute of the Medicare hearing and court rows, as each row words them. */
const amountNotes = (
  english: (amount: string) => string,
  spanish: (amount: string) => string,
  amounts: readonly (readonly [english: string, spanish: string])[],
) => Object.fromEntries(amounts.map(([en, es]) => [english(en), spanish(es)]));

const onlyIfAmount = (amount: string) =>
  `Only if the amount still in dispute is at least ${amount} (the amount changes each January).`;
const soloSiCantidad = (amount: string) =>
  `Solo si la cantidad que sigue en disputa es de al menos ${amount} (la cantidad cambia cada enero).`;

export const ruleNoteEs: Readonly<Record<string, string>> = {
  'This date is not moved off a weekend or holiday, so send it early. Your plan may give you more time: check your notice. If the care is urgent, you can ask by phone for a fast (expedited) appeal and ask for an expedited external review at the same time (45 CFR 147.136(d)(3)).':
    'Esta fecha no se corre si cae en fin de semana o día feriado, así que envíe su apelación con tiempo. Su plan puede darle más tiempo: revise su aviso. Si la atención es urgente, puede pedir por teléfono una apelación urgente (acelerada) y pedir al mismo tiempo una revisión externa urgente (45 CFR 147.136(d)(3)).',
  [`If your plan has two appeal levels, it has 15 days for each. ${deemedExhausted}`]: `Si su plan tiene dos niveles de apelación, tiene 15 días para cada uno. ${deemedExhaustedEs}`,
  [`If your plan has two appeal levels, it has 30 days for each. ${deemedExhausted}`]: `Si su plan tiene dos niveles de apelación, tiene 30 días para cada uno. ${deemedExhaustedEs}`,
  [`The plan must keep covering the care while the appeal is pending. If the care is urgent, the plan has 72 hours. ${deemedExhausted}`]: `El plan debe seguir cubriendo la atención mientras la apelación está pendiente. Si la atención es urgente, el plan tiene 72 horas. ${deemedExhaustedEs}`,
  [deemedExhausted]: deemedExhaustedEs,
  'Every state process must also allow at least 4 months. The review is free in the federal process, and its decision binds the plan.':
    'Todo proceso estatal también debe darle al menos 4 meses. En el proceso federal la revisión es gratis, y el plan debe cumplir su decisión.',
  'Your employer pays the claims itself (self-funded), so the federal process applies whatever your state. Ask the plan for the request form; the review is free.':
    'Su empleador paga las reclamaciones por su cuenta (plan autofinanciado), así que se aplica el proceso federal sin importar su estado. Pida al plan el formulario de solicitud; la revisión es gratis.',
  'The reviewer may accept information sent later, but do not count on it.':
    'El revisor puede aceptar información enviada más tarde, pero no cuente con ello.',
  'If the reviewer reverses the denial, the plan must cover or pay at once (45 CFR 147.136(d)(2)(iv)).':
    'Si el revisor anula la denegación, el plan debe cubrir o pagar de inmediato (45 CFR 147.136(d)(2)(iv)).',
  'If the decision is given by phone, written confirmation must follow within 48 hours.':
    'Si la decisión se da por teléfono, la confirmación por escrito debe llegar dentro de 48 horas.',
  'Medicare counts from the date on the notice; the 65 days include 5 days for mail. If waiting could seriously harm your health, ask for a fast (expedited) reconsideration (42 CFR 422.584).':
    'Medicare cuenta desde la fecha del aviso; los 65 días incluyen 5 días para el correo. Si esperar podría dañar gravemente su salud, pida una reconsideración urgente (acelerada) (42 CFR 422.584).',
  'Notices dated before 2025 gave 60 days. If you missed it, you may ask for more time for a good reason (42 CFR 422.582(c)).':
    'Los avisos con fecha anterior a 2025 daban 60 días. Si no cumplió ese plazo, puede pedir más tiempo si tiene una buena razón (42 CFR 422.582(c)).',
  'If the plan keeps its denial, it must send your case to the Independent Review Entity by this date itself: you do not need to ask (42 CFR 422.590(a)(2), (b)(2); 422.592).':
    'Si el plan mantiene su denegación, debe enviar su caso por su cuenta a la Entidad de Revisión Independiente (Independent Review Entity) antes de esta fecha: usted no necesita pedirlo (42 CFR 422.590(a)(2), (b)(2); 422.592).',
  ...amountNotes(onlyIfAmount, soloSiCantidad, [
    ['$190 in 2025', '$190 en 2025'],
    ['$200 in 2026', '$200 en 2026'],
  ]),
  ...amountNotes(
    (amount) => `${onlyIfAmount(amount)} A lawyer can help.`,
    (amount) => `${soloSiCantidad(amount)} Un abogado puede ayudarle.`,
    [
      ['$1,900 in 2025', '$1,900 en 2025'],
      ['$1,960 in 2026', '$1,960 en 2026'],
    ],
  ),
  'Medicare presumes you got the decision 5 days after its date. Until you say when it arrived, Overturn counts from the date on it, the earlier and safe choice.':
    'Medicare da por hecho que usted recibió la decisión 5 días después de su fecha. Hasta que usted diga cuándo llegó, Overturn cuenta desde la fecha que aparece en ella, la fecha anterior y la opción segura.',
  'Medicaid counts from the date on the notice. You may appeal by phone or in writing. You must finish this appeal before you can ask for a state fair hearing.':
    'Medicaid cuenta desde la fecha del aviso. Puede apelar por teléfono o por escrito. Debe terminar esta apelación antes de poder pedir una audiencia imparcial del estado.',
  'Only when the plan is stopping or cutting care you were already approved for. If the change takes effect later than this date, you have until then. If you lose in the end, you may have to pay for the care you got during the appeal (42 CFR 438.420(d)).':
    'Solo cuando el plan suspende o reduce atención que ya le habían aprobado. Si el cambio empieza después de esta fecha, usted tiene hasta ese día. Si al final pierde, es posible que tenga que pagar la atención que recibió durante la apelación (42 CFR 438.420(d)).',
  'The plan may take up to 14 more days if it tells you why. If it misses the date, you may go straight to a state fair hearing (42 CFR 438.408(c)(3)).':
    'El plan puede tardar hasta 14 días más si le explica por qué. Si no cumple la fecha, usted puede pasar directamente a una audiencia imparcial del estado (42 CFR 438.408(c)(3)).',
  'Counted from the date on the plan’s letter deciding your appeal. Your state Medicaid agency runs the hearing.':
    'Se cuenta desde la fecha de la carta del plan que decide su apelación. La agencia de Medicaid de su estado lleva a cabo la audiencia.',
  'Only when the plan is stopping or cutting care you were already approved for. If you lose the hearing, you may have to pay for the care you got meanwhile.':
    'Solo cuando el plan suspende o reduce atención que ya le habían aprobado. Si pierde la audiencia, es posible que tenga que pagar la atención que recibió mientras tanto.',
  'Every insured plan in California answers to the Department of Managed Health Care (HMOs and most Covered California plans) or the Department of Insurance (most PPOs); both allow 6 months and the review is free. Your plan’s card or letter says which one.':
    'Todo plan asegurado en California responde ante el Department of Managed Health Care (los HMO y la mayoría de los planes de Covered California) o ante el Department of Insurance (la mayoría de los PPO); ambos dan 6 meses y la revisión es gratis. La tarjeta o la carta de su plan dice cuál le corresponde.',
  'HMOs and most Covered California plans answer to the Department of Managed Health Care (DMHC). The review is free and binds the plan. A late request may still be accepted for a good reason.':
    'Los HMO y la mayoría de los planes de Covered California responden ante el Department of Managed Health Care (DMHC). La revisión es gratis y el plan debe cumplir su decisión. Una solicitud tardía todavía puede aceptarse si hay una buena razón.',
  'Insured PPO and indemnity plans answer to the California Department of Insurance (CDI). The review is free.':
    'Los planes PPO y de indemnización asegurados responden ante el California Department of Insurance (CDI). La revisión es gratis.',
  'If the plan has not decided in 30 days, you can go to the DMHC for an Independent Medical Review.':
    'Si el plan no ha decidido en 30 días, usted puede pedir al DMHC una Revisión Médica Independiente (Independent Medical Review).',
  'An urgent review is decided in 3 to 7 days.': 'Una revisión urgente se decide en 3 a 7 días.',
  'Counted from the plan’s answer to your first-level appeal (a second level is optional). The plan may charge up to $25, waived for hardship and refunded if you win.':
    'Se cuenta desde la respuesta del plan a su apelación de primer nivel (un segundo nivel es opcional). El plan puede cobrar hasta $25; no se cobra si tiene dificultades económicas y se le devuelve si gana.',
  'Send the request to your plan; it forwards it to the Texas Department of Insurance. The plan pays for the review. With a life-threatening condition you may skip the internal appeal.':
    'Envíe la solicitud a su plan; el plan la pasa al Texas Department of Insurance. El plan paga la revisión. Si su vida corre peligro, puede saltarse la apelación interna.',
  'Or 15 days after it gets the information it needs, if that is sooner.':
    'O 15 días después de recibir la información que necesita, si eso es antes.',
  'Florida has no state external review for these plans; the federal process (HHS, or reviewers your plan contracts with) applies. It is free.':
    'Florida no tiene revisión externa estatal para estos planes; se aplica el proceso federal (HHS, o revisores con los que su plan tiene contrato). Es gratis.',
  'Florida HMO members may have up to one year to file a grievance (Fla. Stat. §641.511), but the federal 180 days is the date that is safe under every rule.':
    'Los miembros de un HMO en Florida pueden tener hasta un año para presentar una queja formal (Fla. Stat. §641.511), pero los 180 días federales son la fecha segura según todas las reglas.',
  'The review is free.': 'La revisión es gratis.',
  'If the plan misses this, Illinois treats the appeal as exhausted: you can ask for an external review right away.':
    'Si el plan no cumple este plazo, Illinois da la apelación por agotada: usted puede pedir una revisión externa de inmediato.',
  'Pennsylvania runs its own review since 2024 and must allow at least 4 months. It is free.':
    'Pensilvania tiene su propia revisión desde 2024 y debe darle al menos 4 meses. Es gratis.',
};
