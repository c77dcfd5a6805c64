import { usStatesEs } from '../common/us-states-es.js';
import type { StateHelpWords } from './state-help-words-shape.js';

/**
 * The state help's sentences in Spanish ("usted", short and plain), twin of the English in
 * `state-help-words.ts`. Office names, citations and the names of laws stay as written; an English
 * name a person will meet on a form or a phone line follows the Spanish in parentheses.
 */
export const spanishStateHelpWords: StateHelpWords = {
  stateName: (state) => usStatesEs[state],
  why: {
    regulatorDirectory:
      'Overturn todavía no tiene datos de este lugar. Esta lista nombra al regulador de seguros de cada estado y territorio.',
    oversees: (covers) => `Supervisa: ${covers}. Allí puede presentar una queja sobre su plan.`,
    consumerAssistance:
      'Ayuda gratis si tiene problemas con su seguro médico, también para apelar.',
    medicaidDirectory: 'Le ayuda a encontrar su programa de Medicaid.',
    medicaidOmbudsman: 'Ayuda a los miembros de Medicaid que tienen problemas con su plan.',
    medicaid: 'Maneja Medicaid en su estado. Pregúntele por una audiencia imparcial del estado.',
    medicaidLegalHelp: 'Ayuda legal gratis con problemas de Medicaid.',
    medicare:
      'Los planes Medicare Advantage responden ante Medicare, no ante el estado. Llame para quejarse del plan.',
    ship: 'Consejos gratis sobre Medicare. Un asesor puede ayudarle a apelar.',
    ebsaSelfFunded:
      'Su plan es autofinanciado. Por eso lo rige una ley federal (ERISA) y lo supervisa el Departamento de Trabajo de EE. UU. (U.S. Department of Labor).',
    ebsaIfSelfFunded:
      'Solo si su plan del trabajo es autofinanciado. En ese caso lo supervisa el Departamento de Trabajo de EE. UU. (U.S. Department of Labor), no el estado.',
  },
  notes: {
    askHowFunded:
      'Pregunte en la oficina de beneficios de su empleador si el plan es autofinanciado o totalmente asegurado. Eso decide quién lo supervisa.',
    stateCannotActOnSelfFunded:
      'El departamento de seguros del estado no puede actuar sobre un plan autofinanciado. Pero puede decirle adónde ir.',
    tellKindOfPlan:
      'Dígale a Overturn qué tipo de plan tiene (del trabajo, comprado por usted, Medicare Advantage o Medicaid). Así verá la oficina correcta.',
    noDirectoryEntries: (stateName) =>
      `El directorio de Overturn todavía no tiene datos de ${stateName}.`,
    unconfirmed: (office) =>
      `No pudimos confirmar el teléfono ni el sitio web de esta oficina: ${office}. Revíselos antes de usarlos.`,
    aboutTheData: [
      'Estos contactos vienen de un directorio público y pueden haber cambiado. Si uno está mal, usted puede corregirlo.',
      'Overturn no se comunica con estas oficinas por usted. Lo que ellas pueden hacer depende de su plan.',
    ],
  },
  review: {
    medicareIre:
      'La Entidad de Revisión Independiente de Medicare (Independent Review Entity). Si el plan mantiene su denegación después de su apelación, el plan mismo debe enviar su caso allí.',
    medicaidFairHearing:
      'Una audiencia imparcial del estado. Puede pedirla después de la apelación ante el plan. Tiene 120 días desde la respuesta del plan.',
    selfFundedFederal: 'Un revisor independiente, según el proceso federal. Su plan lo organiza.',
    federalProcess:
      'El proceso federal: la hace el HHS o un revisor independiente que organiza su plan.',
    stateRunsIt: (department) => `La hace el estado: ${department}.`,
    stateRunsItThroughRegulator: 'La hace el estado, por medio de su regulador de seguros.',
    independentReviewBy: (office) =>
      `Revisión Médica Independiente (Independent Medical Review), a cargo del ${office}.`,
    independentReviewByEither: (managedCare, department) =>
      `Revisión Médica Independiente (Independent Medical Review). Para los HMO y la mayoría de los planes de atención administrada, la hace el ${managedCare}. Para los planes PPO, EPO y de indemnización asegurados, la hace el ${department}.`,
    notSure:
      'No sabemos con certeza qué proceso usa su estado. Pregunte a su plan o al departamento de seguros del estado.',
    federalIfSelfFunded: 'Si su plan del trabajo es autofinanciado, se usa el proceso federal.',
    otherProgramsOwnProcess:
      'Los planes Medicare Advantage y Medicaid tienen sus propios procesos.',
  },
  covers: {
    insuranceDepartment:
      'planes de salud que venden las compañías de seguros en el estado (no los planes del trabajo autofinanciados, ni Medicare, ni Medicaid)',
    ebsa: 'planes del trabajo autofinanciados (el empleador paga las reclamaciones)',
    split: {
      CA: {
        managedCare:
          'los HMO y la mayoría de los demás planes de atención administrada, incluida la mayoría de los planes de Covered California',
        department: 'planes PPO, EPO y de indemnización asegurados',
        howToTell:
          'California tiene dos oficinas para los planes de salud. Los HMO y la mayoría de los planes de atención administrada van al Department of Managed Health Care. Los planes PPO, EPO y de indemnización asegurados van al Department of Insurance. La tarjeta o los papeles de su plan pueden decir cuál de las dos supervisa su plan.',
      },
    },
  },
  correctedLocally: (on, by) => `Corregido localmente el ${on} por ${by}.`,
  attribution:
    'Contactos de cada estado tomados del directorio de ayuda por estado que cuida el proyecto Fight Health Insurance (agosto de 2026), bajo la Licencia Apache 2.0 (Apache License 2.0).',
};
