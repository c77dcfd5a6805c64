import { codingFixEs, type CodeWords } from './carc-explanations-es.js';
import type { rarcExplanations } from './code-explanations.js';

/**
 * The RARC explanations of `code-explanations.ts` in Spanish ("usted"). Translated from Overturn's
 * own English wording only, never from X12's copyrighted description text.
 */
export const rarcExplanationsEs = {
  M15: {
    meaning:
      'Los servicios o pruebas que se cobraron uno por uno se juntaron, porque el plan los cuenta como partes de un solo procedimiento. Los paga una sola vez.',
    planWants: 'Nada, a menos que los servicios de verdad fueran aparte.',
    howToAnswer:
      'Si eran aparte, la oficina de facturación puede enviar una reclamación corregida o apelar. Dentro de la red, por lo general usted no debe la cantidad combinada.',
  },
  M20: {
    meaning:
      'El código HCPCS (un código de facturación para servicios, suministros y medicamentos) falta o está mal en la reclamación.',
    planWants: 'Una reclamación corregida con el código correcto.',
    howToAnswer: codingFixEs,
  },
  // Limitation on liability, Social Security Act §1879 (42 U.S.C. 1395pp).
  M27: {
    meaning:
      'Medicare decidió que usted no tiene que pagar esto, porque no podía saber que no estaría cubierto. El proveedor asume el costo.',
    planWants: 'Nada de usted.',
    howToAnswer:
      'No pague una cuenta por este artículo. Si ya pagó, pida al proveedor que le devuelva el dinero. Guarde este aviso.',
  },
  M51: {
    meaning:
      'Un código de procedimiento (el código de lo que se hizo) falta o está mal en la reclamación.',
    planWants: 'Una reclamación corregida con el código de procedimiento correcto.',
    howToAnswer: codingFixEs,
  },
  M76: {
    meaning: 'El diagnóstico (la razón de su atención) falta o está mal en la reclamación.',
    planWants: 'Una reclamación corregida con el código de diagnóstico correcto.',
    howToAnswer: codingFixEs,
  },
  M77: {
    meaning:
      'El lugar de la atención (por ejemplo, consultorio, hospital o casa) falta o está mal en la reclamación.',
    planWants: 'Una reclamación corregida con el lugar de la atención correcto.',
    howToAnswer: codingFixEs,
  },
  M127: {
    meaning: 'El plan no recibió los expedientes médicos de su visita para esta atención.',
    planWants: 'Sus expedientes médicos de esa fecha de atención.',
    howToAnswer:
      'Pida al consultorio del proveedor que envíe los expedientes de esta fecha. También puede pedir usted una copia y enviarla, con el número de reclamación en cada página.',
  },
  MA04: {
    meaning:
      'Este plan paga en segundo lugar, y antes de pagar necesita saber cuál es su seguro principal y cuánto pagó.',
    planWants: 'El nombre de su seguro principal y su explicación de beneficios (EOB).',
    howToAnswer:
      'Pida al proveedor que envíe con la reclamación la explicación de beneficios del plan principal. También puede enviar usted una copia.',
  },
  MA130: {
    meaning:
      'La reclamación tenía datos que faltaban o estaban mal, así que el plan no pudo tramitarla. Una reclamación así no se puede apelar; hay que enviarla de nuevo.',
    planWants: 'Una reclamación nueva con los datos corregidos.',
    howToAnswer:
      'Pida a la oficina de facturación que envíe una reclamación nueva y corregida. Una apelación no es la manera de arreglar esta.',
  },
  N4: {
    meaning:
      'La explicación de beneficios (EOB) de su otro seguro faltaba, estaba incompleta o no se podía leer bien.',
    planWants: 'Una copia clara y completa de la explicación de beneficios del otro plan.',
    howToAnswer:
      'Pida al proveedor que la envíe con la reclamación. También puede enviar usted una copia.',
  },
  N20: {
    meaning:
      'El plan no paga este servicio cuando se hace el mismo día que otro servicio de la reclamación.',
    planWants: 'Nada, a menos que los servicios de verdad fueran aparte.',
    howToAnswer:
      'Si eran aparte, la oficina de facturación puede enviar una reclamación corregida o apelar con notas. Dentro de la red, por lo general usted no debe esta cantidad.',
  },
  N30: {
    meaning: 'El plan dice que usted no reúne los requisitos para este servicio.',
    planWants: 'Prueba de que usted reúne los requisitos para este servicio según su plan.',
    howToAnswer:
      'Pregunte al plan qué regla no cumplió. Si sus datos están mal, envíe pruebas o apele.',
  },
  N56: {
    meaning:
      'El código de procedimiento de la reclamación no concuerda con el servicio que se dio, o no era válido el día de la atención.',
    planWants: 'Una reclamación corregida con el código de procedimiento correcto.',
    howToAnswer: codingFixEs,
  },
  N115: {
    meaning:
      'Esta decisión usó una Determinación de Cobertura Local (LCD). Es una regla escrita de un contratista de Medicare sobre cuándo se cubre un servicio en su región.',
    planWants: 'Expedientes que muestren que usted cumple esa regla.',
    howToAnswer:
      'Busque la regla en la base de datos de cobertura de Medicare (Medicare Coverage Database) en cms.gov, o pídala al contratista. Pida a su médico que muestre cómo usted la cumple. Apele antes de la fecha límite.',
  },
  N130: {
    meaning: 'El plan le remite a los documentos de su plan para ver los límites de este servicio.',
    planWants: 'Atención que respete los límites escritos en los documentos de su plan.',
    howToAnswer:
      'Pregunte al plan qué límite usó y dónde está escrito. Léalo, y apele si no se aplica a su caso.',
  },
  N179: {
    meaning:
      'El plan le pidió a usted más información, y volverá a revisar la reclamación cuando la tenga.',
    planWants: 'La información que le pidió a usted.',
    howToAnswer:
      'Busque la carta del plan, o llame y pregunte qué necesita exactamente. Envíelo pronto, guarde una copia y anote la fecha.',
  },
  N211: {
    meaning: 'El aviso dice que esta decisión no se puede apelar.',
    planWants: 'Nada que una apelación pueda cambiar, según el plan.',
    howToAnswer:
      'Pida al plan que le explique por escrito por qué no hay apelación. A veces la solución es una reclamación corregida. Si se negó un beneficio, puede que la ley aún le dé derecho a apelar; un programa de ayuda al consumidor puede revisarlo.',
  },
  N290: {
    meaning:
      'El número de identificación del proveedor que le atendió falta o está mal en la reclamación.',
    planWants: 'Una reclamación corregida con el número de identificación correcto del proveedor.',
    howToAnswer: codingFixEs,
  },
  N386: {
    meaning:
      'Esta decisión usó una Determinación de Cobertura Nacional (NCD): una regla de Medicare para todo el país sobre cuándo se cubre un servicio.',
    planWants: 'Expedientes que muestren que usted cumple esa regla.',
    howToAnswer:
      'Busque la regla en la base de datos de cobertura de Medicare (Medicare Coverage Database) en cms.gov. Pida a su médico que muestre cómo usted la cumple. Apele antes de la fecha límite.',
  },
  N425: {
    meaning:
      'El plan dice que la propia ley deja este servicio fuera de la cobertura, así que el plan no puede pagarlo.',
    planWants: 'Nada, a menos que el servicio se haya descrito o codificado mal.',
    howToAnswer:
      'Pregunte al proveedor si el servicio se codificó bien. Si así fue, pregunte si otra cobertura que usted tenga, como un plan dental, de la vista o de audición, lo paga.',
  },
  N432: {
    meaning:
      'El pago cambió después de una auditoría de recuperación: una revisión de pagos pasados que busca reclamaciones pagadas de más o de menos.',
    planWants: 'Nada de usted.',
    howToAnswer:
      'Por lo general, de esto se encarga el proveedor. Si le llega una cuenta nueva por esto, pida al proveedor y al plan que se la expliquen antes de pagar.',
  },
  N479: {
    meaning:
      'El plan necesita la explicación de beneficios (EOB) de su otro seguro (o de Medicare, si paga primero) antes de poder decidir.',
    planWants: 'La explicación de beneficios del otro pagador.',
    howToAnswer:
      'Pida al proveedor que la envíe con la reclamación. También puede enviar usted una copia.',
  },
  N522: {
    meaning:
      'Esta reclamación repite una que Medicare pasó, o pasará, automáticamente a su otro plan (una reclamación cruzada o «crossover»).',
    planWants: 'Nada.',
    howToAnswer:
      'Por lo general no hay nada que hacer. Esté pendiente de la explicación de beneficios (EOB) del otro plan.',
  },
  N657: {
    meaning: 'El plan dice que para este servicio se debe usar otro código, uno que encaje mejor.',
    planWants: 'Una reclamación corregida con el código correcto.',
    howToAnswer: codingFixEs,
  },
} as const satisfies Readonly<Record<keyof typeof rarcExplanations, CodeWords>>;
