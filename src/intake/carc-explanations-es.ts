import type { CodeExplanation, carcExplanations } from './code-explanations.js';

/**
 * The CARC explanations of `code-explanations.ts` in Spanish ("usted"). Translated from Overturn's
 * own English wording only: X12's description text is copyrighted and is not the source of any of
 * these words. Who acts and the category stay with the English table; only the words change.
 */

/** The words of a code's explanation, the part that changes with the language. */
export type CodeWords = Pick<CodeExplanation, 'meaning' | 'planWants' | 'howToAnswer'>;

/** The Spanish of `codingFix`: the billing office corrects the claim. */
export const codingFixEs =
  'Pida a la oficina de facturación del médico o del hospital que revise la reclamación y envíe una corregida. Por lo general, usted no necesita apelar.';

export const carcExplanationsEs = {
  '1': {
    meaning:
      'Esta cantidad cuenta para su deducible (lo que usted paga cada año antes de que el plan empiece a pagar). No es una denegación.',
    planWants: 'Nada. El plan aplicó su deducible.',
    howToAnswer:
      'Compare la cantidad con su deducible y con lo que ya pagó este año. Llame al plan si los números no parecen correctos.',
  },
  '2': {
    meaning:
      'Esta cantidad es su coseguro (su parte del costo, como porcentaje). No es una denegación.',
    planWants: 'Nada. El plan aplicó su parte del costo.',
    howToAnswer:
      'Revise el porcentaje en su resumen de beneficios. Llame al plan si no parece correcto, por ejemplo si le cobraron atención de la red con la tarifa de fuera de la red.',
  },
  '3': {
    meaning:
      'Esta cantidad es su copago (una cantidad fija en dólares que usted paga por una visita o un servicio). No es una denegación.',
    planWants: 'Nada. El plan aplicó su copago.',
    howToAnswer:
      'Revise el copago en su resumen de beneficios. Llame al plan si la cantidad no parece correcta.',
  },
  '4': {
    meaning:
      'El código de facturación del servicio no concuerda con el modificador (un código corto que se añade) que lo acompaña. Es un error de facturación, no una opinión sobre su atención.',
    planWants: 'Una reclamación corregida, con un código y un modificador que concuerden.',
    howToAnswer: codingFixEs,
  },
  '5': {
    meaning:
      'El plan dice que el código de facturación no concuerda con el lugar de la atención, como un consultorio, un hospital o su casa.',
    planWants: 'Una reclamación en la que el código y el lugar de la atención concuerden.',
    howToAnswer:
      'Pida a la oficina de facturación que revise el lugar de la atención en la reclamación y la reenvíe si estaba mal. Si estaba bien, pueden apelar con notas que muestren dónde y por qué.',
  },
  '6': {
    meaning: 'El plan dice que el servicio cobrado no suele corresponder a un paciente de su edad.',
    planWants:
      'Un código correcto, o una razón por la que esta atención era adecuada para usted a su edad.',
    howToAnswer:
      'Primero asegúrese de que el plan y el proveedor tengan su fecha de nacimiento correcta. Luego pida a la oficina de facturación que corrija el código, o que apele con notas sobre por qué usted lo necesitaba.',
  },
  '11': {
    meaning:
      'El plan dice que el diagnóstico de la reclamación (la razón de su atención) no concuerda con el servicio cobrado.',
    planWants: 'Un código de diagnóstico que muestre por qué usted necesitaba este servicio.',
    howToAnswer:
      'Pida al consultorio del médico que revise los códigos de diagnóstico. Muchas veces faltaba uno o estaba mal escrito, y una reclamación corregida lo arregla. Si los códigos estaban bien, pueden apelar con notas que relacionen su enfermedad con el servicio.',
  },
  '15': {
    meaning:
      'El número de aprobación de la reclamación faltaba, estaba mal o no concordaba con este servicio o este proveedor. (X12 ya retiró este código, pero los avisos antiguos todavía lo muestran.)',
    planWants:
      'Un número de aprobación previa válido que concuerde con el servicio y el proveedor.',
    howToAnswer:
      'Pregunte en el consultorio del proveedor si el plan dio una aprobación. Si la dio, deben reenviar la reclamación con el número correcto. Si no, pregunte por una aprobación tardía o por una apelación.',
  },
  '16': {
    meaning:
      'Faltaba algo en la reclamación o algo estaba mal llenado. Un código de observación (empieza con M, MA o N) suele decir qué.',
    planWants: 'Los datos que faltan o los datos corregidos, en una reclamación corregida.',
    howToAnswer:
      'Busque el código de observación que aparece al lado. Luego pida a la oficina de facturación que corrija la reclamación y la vuelva a enviar. Esto suele arreglarse reenviándola, no apelando.',
  },
  '18': {
    meaning:
      'El plan piensa que esta reclamación es una copia de otra que ya recibió por el mismo servicio.',
    planWants: 'Nada nuevo si la primera reclamación ya se tramitó. No pagará dos veces.',
    howToAnswer:
      'Pregunte al plan qué pasó con la primera reclamación. Si se pagó, no tiene que hacer nada más. Si de verdad fueron dos servicios, como dos visitas el mismo día, el proveedor puede reenviarla con notas que lo demuestren.',
  },
  '22': {
    meaning:
      'El plan piensa que otro seguro que usted tiene debe pagar primero. Esto se llama coordinación de beneficios.',
    planWants: 'Datos al día sobre cualquier otra cobertura, y la decisión del otro plan.',
    howToAnswer:
      'Llame al plan para poner al día sus datos de otros seguros, aunque no tenga otro plan. Luego pida al proveedor que cobre al plan que paga primero y que envíe aquí la explicación de beneficios (EOB) de ese plan.',
  },
  '23': {
    meaning: 'El plan bajó su pago porque otro seguro ya pagó o redujo una parte de la cuenta.',
    planWants: 'Nada, a menos que los números del otro plan se hayan anotado mal.',
    howToAnswer:
      'Compare esto con la explicación de beneficios (EOB) del otro plan. Si las cantidades no cuadran, llame a los dos planes.',
  },
  '26': {
    meaning: 'El plan dice que usted recibió la atención antes de que empezara su cobertura.',
    planWants: 'Prueba de que usted tenía cobertura el día de la atención.',
    howToAnswer:
      'Revise la fecha de la atención y la fecha en que empezó su cobertura. Si el plan tiene fechas equivocadas, envíe una prueba, como su aviso de inscripción. Si otro seguro le cubría entonces, el proveedor debe cobrarle a ese seguro.',
  },
  '27': {
    meaning: 'El plan dice que su cobertura ya había terminado cuando usted recibió la atención.',
    planWants: 'Prueba de que usted tenía cobertura el día de la atención.',
    howToAnswer:
      'Revise la fecha en que terminó su cobertura. Si todavía tenía cobertura, por ejemplo por COBRA o por un período de gracia de la prima, envíe prueba de la cobertura y del pago. Si otro seguro le cubría entonces, el proveedor debe cobrarle a ese seguro.',
  },
  '29': {
    meaning:
      'El plan dice que la reclamación le llegó después de su fecha límite para enviar reclamaciones.',
    planWants: 'Prueba de que la reclamación se envió a tiempo, o una buena razón para el retraso.',
    howToAnswer:
      'Pida al consultorio del proveedor una prueba de que la enviaron a tiempo, como un informe de su servicio de facturación. Si el proveedor es de la red, una reclamación tardía suele ser pérdida del proveedor, no suya. Pregunte antes de pagar.',
  },
  '31': {
    meaning: 'El plan no pudo encontrarle a usted entre sus miembros.',
    planWants: 'Su nombre, su fecha de nacimiento y su número de miembro correctos.',
    howToAnswer:
      'Compare la reclamación con su tarjeta del seguro. Dé sus datos exactos al consultorio del proveedor y pídales que reenvíen la reclamación. Pida también al plan que revise los datos que tiene de usted.',
  },
  // No Surprises Act, 42 U.S.C. 300gg-131/-132: limits balance billing in some out-of-network cases.
  '45': {
    meaning:
      'El proveedor cobró más de lo que el plan permite por este servicio, así que el plan descontó la diferencia. Es una rebaja del precio, no una denegación de la atención.',
    planWants: 'Nada. Pagó según la cantidad que permite.',
    howToAnswer:
      'Si el proveedor es de la red del plan, por lo general debe cancelar esta cantidad y no cobrársela a usted. Los proveedores de fuera de la red pueden cobrársela, pero la Ley Sin Sorpresas (No Surprises Act) lo limita en algunos casos. Si tiene dudas, pregunte al plan.',
  },
  // Preventive care without cost sharing: 42 U.S.C. 300gg-13; 45 CFR 147.130 (not grandfathered plans).
  '49': {
    meaning:
      'El plan dice que esto fue un chequeo de rutina o un examen preventivo, o se hizo durante uno, y su plan no lo paga.',
    planWants:
      'Prueba de que la atención fue por un problema o un síntoma, o de que es un servicio preventivo cubierto.',
    howToAnswer:
      'Pregunte en el consultorio del médico si se cobró como atención de rutina o como atención por un problema. Muchos planes deben cubrir cierta atención preventiva sin costo, así que pregunte al plan qué reglas se aplican. Apele si cree que debería estar cubierta.',
  },
  '50': {
    meaning:
      'El plan dice que la atención no era médicamente necesaria. Es una opinión sobre su atención, y usted puede apelarla.',
    planWants:
      'Pruebas médicas de que usted necesitaba la atención, comparadas con las propias reglas del plan.',
    howToAnswer:
      'Pida al plan las reglas (criterios) que usó y el expediente de su reclamación. Pida a su médico una carta de necesidad médica que responda a esas reglas, junto con sus expedientes médicos. Apele antes de la fecha límite.',
  },
  '55': {
    meaning:
      'El plan dice que este tratamiento, medicamento o procedimiento es experimental o de investigación (todavía se está estudiando).',
    planWants: 'Pruebas de que el tratamiento es una atención aceptada para su enfermedad.',
    howToAnswer:
      'Pida la política que usó el plan. Pida a su médico una carta, con estudios publicados o guías médicas que apoyen el tratamiento para usted. Apele, y pida una revisión externa si el plan vuelve a decir que no.',
  },
  '56': {
    meaning: 'El plan dice que no hay pruebas suficientes de que este tratamiento funcione.',
    planWants: 'Pruebas de que el tratamiento funciona en personas con su enfermedad.',
    howToAnswer:
      'Pida la política que usó el plan. Pida a su médico una carta, con estudios o guías médicas que respalden el tratamiento para usted. Apele, y pida una revisión externa si el plan vuelve a decir que no.',
  },
  '58': {
    meaning:
      'El plan dice que usted recibió la atención en un tipo de lugar equivocado. Por ejemplo, piensa que bastaba una visita al consultorio en vez del hospital.',
    planWants:
      'El lugar de la atención corregido en la reclamación, o las razones por las que usted necesitaba ese lugar.',
    howToAnswer:
      'Pregunte a la oficina de facturación si el lugar de la atención se codificó bien. Si así fue, pida a su médico que explique por escrito por qué necesitaba la atención allí, y apele.',
  },
  '59': {
    meaning:
      'El pago bajó porque se hicieron varios servicios juntos, como dos procedimientos en una misma sesión. Los planes suelen pagar menos por los adicionales.',
    planWants: 'Nada, si aplicó bien sus reglas.',
    howToAnswer:
      'Por lo general no hay nada que hacer. Si de verdad eran servicios distintos, la oficina de facturación puede enviar una reclamación corregida. Si las letras del grupo son CO, por lo general el proveedor no puede cobrarle a usted el descuento.',
  },
  '96': {
    meaning:
      'El plan dice que no paga este cargo. Un código de observación que aparece al lado suele dar la razón.',
    planWants: 'Depende de la razón. Revise el código de observación y el documento de su plan.',
    howToAnswer:
      'Lea el código de observación, y pregunte al plan qué parte del documento de su plan excluye esto. Si cree que está cubierto, o que la regla no se aplica a su caso, apele y cite esa parte.',
  },
  '97': {
    meaning:
      'El plan dice que este servicio es parte de otro servicio que ya pagó, así que no lo paga por separado. Esto se llama agrupación (bundling).',
    planWants: 'Nada, a menos que el servicio de verdad fuera aparte.',
    howToAnswer:
      'Si era aparte, la oficina de facturación puede añadir un modificador y enviar una reclamación corregida, o apelar con notas. Dentro de la red, por lo general usted no debe la cantidad agrupada.',
  },
  '107': {
    meaning:
      'Esta reclamación depende de otro servicio relacionado (como una visita o un procedimiento), y el plan no lo encontró en la reclamación.',
    planWants: 'Los datos del servicio relacionado en la reclamación.',
    howToAnswer:
      'Pregunte a la oficina de facturación qué servicio relacionado falta, y pídales que envíen una reclamación corregida.',
  },
  '109': {
    meaning:
      'El plan dice que no le toca pagar esta reclamación. Puede que le toque a otro pagador, como otro plan, Medicare o una compañía que solo cubre medicamentos, salud mental o la vista.',
    planWants: 'Que la reclamación se envíe al pagador que la cubre.',
    howToAnswer:
      'Pregunte al plan a quién hay que enviar esta reclamación. Luego dé al proveedor los datos de ese pagador para que le cobre.',
  },
  // No annual or lifetime dollar limits on essential health benefits: 42 U.S.C. 300gg-11; 45 CFR 147.126.
  '119': {
    meaning:
      'El plan paga solo hasta cierto límite de esta atención en un período, como un número de visitas al año. Usted llegó a ese límite.',
    planWants: 'Nada nuevo. Dice que este beneficio ya se agotó.',
    howToAnswer:
      'Revise el límite en los documentos de su plan y cuente lo que ya se usó; hay errores. Pregunte si es posible una excepción. La mayoría de los planes no pueden poner límites en dólares, anuales o de por vida, a los beneficios de salud esenciales.',
  },
  '146': {
    meaning:
      'El código de diagnóstico de la reclamación no era un código válido el día de su atención. Estos códigos cambian con el tiempo.',
    planWants: 'Una reclamación corregida con un código de diagnóstico válido.',
    howToAnswer: codingFixEs,
  },
  '151': {
    meaning:
      'El plan dice que los expedientes que tiene no muestran que usted necesitara este número de servicios, o recibirlos tan seguido.',
    planWants: 'Expedientes que muestren por qué usted necesitaba este número de servicios.',
    howToAnswer:
      'Pida al plan sus límites y criterios. Pida a su médico notas o una carta sobre por qué usted necesitaba más atención. Apele antes de la fecha límite.',
  },
  '167': {
    meaning: 'El plan dice que no paga atención para este diagnóstico (enfermedad).',
    planWants:
      'Un código de diagnóstico correcto, o una razón por la que esta atención está cubierta.',
    howToAnswer:
      'Pregunte en el consultorio del médico si el código de diagnóstico es correcto y está completo. Si lo está, pida al plan que le muestre dónde lo excluye el documento de su plan, y apele si cree que no se aplica.',
  },
  '170': {
    meaning:
      'El plan no paga este servicio cuando lo da este tipo de proveedor. Un ejemplo es un terapeuta con cierta licencia.',
    planWants:
      'Prueba de que el proveedor puede dar y cobrar este servicio, o una reclamación a nombre del proveedor correcto.',
    howToAnswer:
      'Pregunte a la oficina de facturación si la reclamación nombra al proveedor correcto. Pregunte al plan qué tipos de proveedor paga para este servicio.',
  },
  '181': {
    meaning:
      'El código de procedimiento de la reclamación no era válido el día de su atención. Cada año se añaden y se retiran códigos.',
    planWants: 'Una reclamación corregida con un código que fuera válido ese día.',
    howToAnswer: codingFixEs,
  },
  '182': {
    meaning:
      'El modificador (un código corto que se añade al código de facturación) no era válido el día de su atención.',
    planWants: 'Una reclamación corregida con un modificador válido.',
    howToAnswer: codingFixEs,
  },
  '185': {
    meaning:
      'El plan dice que el proveedor que le atendió no puede cobrarle al plan por este servicio.',
    planWants:
      'Prueba de la licencia o de la inscripción del proveedor, o el proveedor correcto en la reclamación.',
    howToAnswer:
      'Pida a la oficina de facturación que revise qué proveedor aparece en la reclamación y que lo corrija o apele. Dentro de la red, esto suele ser un problema que debe resolver el proveedor, así que pregunte antes de pagar.',
  },
  '189': {
    meaning:
      'La reclamación usó un código general para un servicio «no listado», pero existe un código específico para ese servicio.',
    planWants: 'Una reclamación corregida con el código específico.',
    howToAnswer: codingFixEs,
  },
  // 45 CFR 147.138(b)(2)(i): no prior authorization for emergency services.
  '197': {
    meaning:
      'El plan dice que tenía que aprobar esta atención antes (autorización previa), y no hubo aprobación.',
    planWants:
      'Una aprobación, o una razón por la que no hacía falta o no se podía conseguir a tiempo.',
    howToAnswer:
      'Pregunte en el consultorio del proveedor si pidieron la aprobación; dentro de la red, eso suele ser tarea del proveedor. Si fue una emergencia, dígalo, porque muchos planes no pueden exigir aprobación para la atención de emergencia. Si no, pregunte por una aprobación tardía o apele por necesidad médica.',
  },
  '198': {
    meaning:
      'El plan aprobó cierta atención, pero usted recibió más de lo aprobado, como más visitas o más días.',
    planWants:
      'Una aprobación para la atención adicional, o expedientes que muestren por qué se necesitaba.',
    howToAnswer:
      'Pida al proveedor que solicite la aprobación de más atención, o que apele con notas que expliquen la atención adicional.',
  },
  '204': {
    meaning:
      'El plan dice que este servicio, equipo o medicamento no es un beneficio del plan que usted tiene ahora.',
    planWants: 'Nada, a menos que la atención sí encaje en un beneficio cubierto.',
    howToAnswer:
      'Pida la parte del documento del plan que lo excluye, y lea su resumen de beneficios. Apele si el texto lo cubre o si la regla no se aplica a su caso. Si es un medicamento, pregunte por una excepción.',
  },
  '222': {
    meaning:
      'El proveedor cobró más horas, días o unidades de lo que su contrato con el plan permite en un período. Ese límite es del proveedor, no suyo.',
    planWants: 'Nada de usted.',
    howToAnswer:
      'Por lo general el proveedor lo resuelve con el plan. Si a usted le llega una cuenta por esto, pregunte al proveedor y al plan si de verdad la debe.',
  },
  '226': {
    meaning: 'El plan pidió información al proveedor, y no llegó, llegó tarde o llegó incompleta.',
    planWants: 'La información que pidió al proveedor.',
    howToAnswer:
      'Llame al consultorio del proveedor, dígales que el plan está esperando y pídales que envíen todo lo que pidió. Luego pida al plan que vuelva a revisar la reclamación.',
  },
  '227': {
    meaning:
      'El plan le pidió información a usted (o al titular de la póliza), y no la recibió o llegó incompleta. Muchas veces es un formulario sobre otro seguro o sobre una lesión.',
    planWants: 'La información que le pidió a usted.',
    howToAnswer:
      'Busque una carta o un formulario del plan, o llame y pregunte qué falta. Envíelo, guarde una copia y pida al plan que vuelva a revisar la reclamación.',
  },
  '234': {
    meaning:
      'El plan no paga este servicio por separado. Lo cuenta como parte de otra atención de la reclamación.',
    planWants: 'Nada, a menos que el servicio de verdad fuera aparte.',
    howToAnswer:
      'Si era aparte, la oficina de facturación puede enviar una reclamación corregida o apelar con notas. Dentro de la red, por lo general usted no debe esta cantidad.',
  },
  // No Surprises Act, 42 U.S.C. 300gg-111 and 300gg-131.
  '242': {
    meaning:
      'El plan dice que la atención fue de un proveedor fuera de su red, o no de su médico de atención primaria cuando hacía falta.',
    planWants:
      'Atención de un proveedor de la red, o una razón por la que se necesitaba un proveedor de fuera.',
    howToAnswer:
      'Revise si el proveedor estaba en el directorio del plan. Avise al plan si fue una emergencia o si ningún proveedor de la red podía hacerlo. Avísele también si usted no eligió al proveedor, por ejemplo en un hospital de la red; la Ley Sin Sorpresas puede protegerle. Apele o pida una excepción de red.',
  },
  '243': {
    meaning:
      'El plan dice que su proveedor de la red o de atención primaria no aprobó ni le refirió para esta atención.',
    planWants: 'Un referido o una aprobación de su médico de atención primaria.',
    howToAnswer:
      'Pregunte en el consultorio de su médico de atención primaria si enviaron un referido, y que lo envíen ahora si el plan acepta referidos tardíos. Si no, apele y explique por qué necesitaba la atención.',
  },
  '252': {
    meaning:
      'El plan necesita más documentos, como expedientes médicos, antes de poder decidir. Un código de observación suele decir cuáles.',
    planWants: 'Los documentos que nombra el código de observación.',
    howToAnswer:
      'Pida al consultorio del proveedor que envíe los documentos. Si usted los tiene, también puede enviarlos, con el número de reclamación en cada página.',
  },
  '253': {
    meaning:
      'Una ley federal de presupuesto recorta un pequeño porcentaje de los pagos de Medicare a los proveedores (llamado «sequestration»). Baja lo que recibe el proveedor.',
    planWants: 'Nada.',
    howToAnswer: 'No hay nada que hacer. Este recorte no aumenta lo que usted debe.',
  },
  '272': {
    meaning:
      'El plan dice que la atención no cumplió sus reglas de cobertura (pautas) para este servicio.',
    planWants: 'Pruebas de que usted cumple las pautas del plan.',
    howToAnswer:
      'Pida las pautas que usó el plan y el expediente de su reclamación. Pida a su médico que muestre, punto por punto, cómo usted las cumple. Apele antes de la fecha límite.',
  },
  '273': {
    meaning:
      'El plan dice que la atención pasó de lo que permiten sus reglas de cobertura, como más visitas o una cantidad más alta.',
    planWants: 'Pruebas de que usted necesitaba más del límite normal.',
    howToAnswer:
      'Pregunte qué límite usó el plan y dónde está escrito. Pida a su médico notas o una carta sobre por qué usted necesitaba más. Apele antes de la fecha límite.',
  },
  '275': {
    meaning:
      'Su otro seguro dijo que usted debe una parte (como un deducible o un copago), y este plan no paga esa parte.',
    planWants: 'Nada.',
    howToAnswer:
      'Compare las dos explicaciones de beneficios (EOB). Pregunte a este plan si sus reglas le permiten pagar algo de esa parte; cada plan es distinto.',
  },
  '288': {
    meaning:
      'El plan dice que usted necesitaba un referido para esta atención, y no había ninguno.',
    planWants: 'Un referido de su médico de atención primaria.',
    howToAnswer:
      'Pida al consultorio de su médico de atención primaria que envíe un referido; algunos planes lo aceptan después de la atención. Si fue una emergencia, o si su plan no exigía un referido, dígalo en una apelación.',
  },
  B7: {
    meaning:
      'El plan dice que, en esa fecha, el proveedor no estaba aprobado (certificado o inscrito) para cobrar por este tipo de atención.',
    planWants: 'Prueba de la inscripción o la certificación del proveedor.',
    howToAnswer:
      'Por lo general, esto lo debe arreglar el proveedor con el plan. Pregunte si usted debe algo antes de pagar.',
  },
  B13: {
    meaning: 'El plan dice que quizás ya pagó este servicio en un pago anterior.',
    planWants: 'Nada. No pagará dos veces el mismo servicio.',
    howToAnswer:
      'Pregunte al plan cuándo pagó y a quién. Avise al consultorio del proveedor si todavía le están cobrando.',
  },
  B15: {
    meaning:
      'El plan paga este servicio solo si antes recibió y cubrió otro servicio que lo justifique. No tiene registro de ese otro servicio.',
    planWants: 'La reclamación o los expedientes del otro servicio.',
    howToAnswer:
      'Pregunte al plan qué servicio necesita ver. Pida al proveedor que se asegure de que esa reclamación se envió, y luego que pida que revisen esta otra vez.',
  },
} as const satisfies Readonly<Record<keyof typeof carcExplanations, CodeWords>>;
