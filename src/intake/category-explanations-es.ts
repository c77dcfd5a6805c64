import type { DenialCategory } from '../cases/case-terms.js';
import type { CategoryExplanation } from './category-explanations.js';

/**
 * The category explanations of `category-explanations.ts` in Spanish ("usted"), translated from
 * Overturn's own English wording, step for step in the same order. General guidance only.
 */

/** The Spanish of `externalReviewStep`: replaced by the program's next level after a lost appeal. */
export const externalReviewStepEs =
  'Si el plan vuelve a decir que no, pida una revisión externa (independiente).';

export const categoryExplanationsEs = {
  'medical-necessity': {
    meaning:
      'El plan dice que la atención no era médicamente necesaria. Está juzgando si usted necesitaba esta atención, y usted puede cuestionar esa decisión.',
    planWants:
      'Pruebas médicas de que usted necesitaba la atención, comparadas con las reglas (criterios) que usó el plan.',
    howToAnswer: [
      'Pida al plan por escrito los criterios que usó y el expediente de su reclamación.',
      'Pida a su médico una carta de necesidad médica que responda a cada uno de esos criterios, junto con sus expedientes médicos.',
      'Envíe su apelación antes de la fecha límite que aparece en el aviso.',
      externalReviewStepEs,
    ],
  },
  'prior-authorization': {
    meaning:
      'El plan dice que tenía que aprobar esta atención antes de que usted la recibiera (autorización previa), y no la aprobó.',
    planWants:
      'Una solicitud de aprobación con los expedientes que la respaldan, o prueba de que se pidió la aprobación o de que no hacía falta.',
    howToAnswer: [
      'Pregunte en el consultorio del proveedor si pidieron la aprobación y qué respondió el plan.',
      // 45 CFR 147.138(b)(2)(i); 29 CFR 2590.715-2719A(b)(2)(i): no prior authorization for emergency services.
      'Si la atención fue una emergencia, dígalo. Muchas veces los planes no pueden exigir aprobación para la atención de emergencia.',
      'Pida a su médico que envíe una nueva solicitud, o que apoye su apelación con una carta y sus expedientes médicos.',
      'Envíe su apelación antes de la fecha límite que aparece en el aviso.',
    ],
  },
  referral: {
    meaning:
      'El plan dice que usted necesitaba un referido de su médico de atención primaria para esta atención, y no había ninguno.',
    planWants: 'Un referido de su médico de atención primaria.',
    howToAnswer: [
      'Pregunte en el consultorio de su médico de atención primaria si enviaron un referido. Si el plan acepta referidos tardíos, pida que lo envíen ahora.',
      'Si fue una emergencia, o si su plan no exigía un referido para esta atención, dígalo.',
      'Envíe su apelación antes de la fecha límite que aparece en el aviso, con el referido si lo tiene.',
    ],
  },
  'missing-documentation': {
    meaning:
      'El plan dice que no recibió expedientes o información que necesitaba para decidir. Muchas veces esto se arregla enviando lo que falta.',
    planWants: 'Los expedientes o la información que pidió, de usted o de su proveedor.',
    howToAnswer: [
      'Pregunte al plan qué falta exactamente y quién debe enviarlo.',
      'Pida al consultorio del proveedor que lo envíe, o envíelo usted con el número de reclamación en cada página.',
      'Guarde copias y pida al plan que vuelva a revisar la reclamación.',
    ],
  },
  'coding-error': {
    meaning:
      'El plan dice que hay un problema con los códigos de facturación de la reclamación. Suele ser un asunto de papeleo, no una opinión sobre su atención.',
    planWants: 'Una reclamación corregida de la oficina de facturación del proveedor.',
    howToAnswer: [
      'Llame a la oficina de facturación del proveedor, deles los códigos del aviso y pídales que revisen la reclamación.',
      'Pídales que envíen una reclamación corregida, y pregunte cuándo la van a enviar.',
      'Vuelva a consultar con el plan después de unas semanas. Si los códigos estaban bien, pida al proveedor que apele.',
    ],
  },
  'out-of-network': {
    meaning:
      'El plan dice que el proveedor está fuera de su red, así que paga menos o nada por esta atención.',
    planWants:
      'Atención de un proveedor de la red, o una razón por la que se necesitaba un proveedor de fuera o no se pudo evitar.',
    howToAnswer: [
      'Revise si el proveedor aparecía en el directorio del plan cuando usted recibió la atención.',
      // No Surprises Act, 42 U.S.C. 300gg-111 and 300gg-131: emergency care and out-of-network care at in-network facilities.
      'Si fue una emergencia, o si usted no eligió al proveedor (por ejemplo, en un hospital de la red), dígaselo al plan. La Ley Sin Sorpresas (No Surprises Act) puede protegerle.',
      'Si ningún proveedor de la red podía dar esta atención, apele o pida una excepción de red, con una carta de su médico.',
    ],
  },
  experimental: {
    meaning:
      'El plan dice que el tratamiento es experimental o no está comprobado. Es decir, piensa que las pruebas todavía no son lo bastante sólidas.',
    planWants:
      'Pruebas de que el tratamiento es una atención aceptada y eficaz para su enfermedad.',
    howToAnswer: [
      'Pida al plan la política que usó para llamar experimental al tratamiento.',
      'Pida a su médico una carta, con estudios publicados o guías médicas que apoyen el tratamiento para usted.',
      'Envíe su apelación antes de la fecha límite que aparece en el aviso.',
      externalReviewStepEs,
    ],
  },
  'not-covered': {
    meaning:
      'El plan dice que esta atención no es un beneficio de su plan. Se basa en las reglas escritas del plan, no en su necesidad médica.',
    planWants: 'Nada nuevo, a menos que la atención sí encaje en un beneficio cubierto.',
    howToAnswer: [
      'Pregunte al plan qué sección del documento del plan excluye esta atención.',
      'Lea esa sección y su resumen de beneficios. Revise que la atención se haya descrito y codificado bien.',
      'Si el texto cubre la atención o no se aplica a su caso, apele y cítelo.',
    ],
  },
  'step-therapy': {
    meaning:
      'El plan quiere que usted pruebe primero otros medicamentos, por lo general más baratos, antes de pagar este (terapia escalonada).',
    planWants:
      'Prueba de que usted ya probó los otros medicamentos, o una razón por la que no son adecuados para usted.',
    howToAnswer: [
      'Pregunte al plan qué medicamentos quiere que pruebe primero.',
      'Pida a su médico que solicite una excepción, con los medicamentos que usted ya probó o por qué podrían hacerle daño.',
      'Si el plan dice que no, apele antes de la fecha límite que aparece en el aviso.',
    ],
  },
  formulary: {
    meaning:
      'El medicamento no está en la lista de medicamentos cubiertos del plan (formulario), o usted pidió más de lo que permiten los límites del plan.',
    planWants: 'Un medicamento cubierto, o una razón de su médico por la que usted necesita este.',
    howToAnswer: [
      'Pregunte al plan qué medicamentos parecidos están en su lista.',
      'Pida a su médico que solicite una excepción al formulario y explique por qué los medicamentos de la lista no le sirven a usted.',
      'Si el plan dice que no, apele antes de la fecha límite que aparece en el aviso.',
    ],
  },
  'timely-filing': {
    meaning:
      'El plan dice que la reclamación le llegó después de su fecha límite para enviar reclamaciones.',
    planWants: 'Prueba de que la reclamación se envió a tiempo, o una buena razón para el retraso.',
    howToAnswer: [
      'Pida al consultorio del proveedor una prueba de que enviaron la reclamación a tiempo.',
      'Si el proveedor es de la red, pregunte si usted debe algo. Una reclamación tardía suele ser pérdida del proveedor, no suya.',
      'Si el retraso no fue culpa de usted ni del proveedor, por ejemplo porque primero se cobró a otro plan, apele con pruebas.',
    ],
  },
  duplicate: {
    meaning:
      'El plan dice que ya tramitó una reclamación por este mismo servicio, así que no volvió a pagarla.',
    planWants: 'Nada nuevo, si la primera reclamación se tramitó bien.',
    howToAnswer: [
      'Pregunte al plan cómo y cuándo se tramitó la primera reclamación.',
      'Si se pagó, avise al consultorio del proveedor. Si de verdad eran servicios distintos, pida al proveedor que la reenvíe con notas que lo demuestren.',
    ],
  },
  'coordination-of-benefits': {
    meaning:
      'El plan piensa que otro seguro debe pagar primero. Esto se llama coordinación de beneficios.',
    planWants:
      'Datos al día sobre cualquier otro seguro que usted tenga, y la decisión de ese plan.',
    howToAnswer: [
      'Llame al plan para poner al día sus datos de otros seguros, aunque no tenga otro plan.',
      'Pida al proveedor que cobre primero al plan que paga primero. Luego, que envíe a este plan la explicación de beneficios (EOB) de ese otro plan.',
      'Pida a este plan que vuelva a revisar la reclamación cuando tenga lo que necesita.',
    ],
  },
  eligibility: {
    meaning:
      'El plan dice que usted no tenía cobertura en la fecha de la atención, o que no pudo encontrarle entre sus miembros.',
    planWants: 'Prueba de que usted era miembro y tenía cobertura en esa fecha.',
    howToAnswer: [
      'Compare la fecha de la atención, su nombre, su fecha de nacimiento y su número de miembro con su tarjeta del seguro.',
      'Si el plan se equivoca, envíe prueba de su cobertura, como un aviso de inscripción o los pagos de su prima.',
      'Si otro seguro le cubría en esa fecha, pida al proveedor que le cobre a ese seguro.',
    ],
  },
  other: {
    meaning:
      'El plan dio una razón que no encaja en los tipos comunes de denegación, o la razón no está clara.',
    planWants:
      'Todavía no está claro. Pida al plan que le explique la razón con palabras sencillas.',
    howToAnswer: [
      'Pida al plan por escrito la razón específica, la regla que usó y el expediente de su reclamación.',
      'Pregunte en el consultorio de su médico si hay algo que corregir en la reclamación.',
      'Envíe su apelación antes de la fecha límite que aparece en el aviso, respondiendo a la razón que dio el plan.',
    ],
  },
} as const satisfies Readonly<Record<DenialCategory, CategoryExplanation>>;

/** Used when no denial category is known yet. */
export const unknownCategoryExplanationEs = {
  meaning: 'No pudimos saber por el aviso por qué el plan dijo que no.',
  // The notice must give the specific reason: 29 CFR 2560.503-1(g)(1)(i); 45 CFR 147.136(b)(2)(ii)(E);
  // 42 CFR 422.568(e) (Medicare Advantage); 42 CFR 438.404(b)(2) (Medicaid managed care).
  planWants:
    'Todavía no está claro. Los códigos de abajo pueden ayudar, y el plan debe decirle por qué hizo la denegación.',
  howToAnswer: [
    'Pida al plan por escrito la razón específica, la regla que usó y el expediente de su reclamación.',
    'Pregunte a la oficina de facturación del proveedor qué significan para esta reclamación los códigos del aviso.',
    'Anote la fecha límite para apelar que aparece en el aviso, y apele antes de esa fecha cuando sepa la razón.',
  ],
} as const satisfies CategoryExplanation;
