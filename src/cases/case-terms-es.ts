import type { Lang } from '../common/lang.js';
import {
  denialCategories,
  fundings,
  networkTypes,
  noticeTypes,
  programs,
  type DenialCategory,
  type Funding,
  type NetworkType,
  type NoticeType,
  type Program,
} from './case-terms.js';

/**
 * The case terms' labels in Spanish, by the same stable ids as the English ones in case-terms.ts
 * (plain words, "usted"). Plan and network names (HMO, PPO, ERISA, Medicare Advantage) stay as
 * they are printed on cards and letters.
 */

export const programsEs: Readonly<Record<Program, string>> = {
  'employer-group':
    'Un plan por medio de un trabajo (plan de grupo del empleador, por lo general regido por ERISA)',
  'individual-market':
    'Un plan que usted compró por su cuenta (en el Mercado de Seguros Médicos o directamente)',
  'medicare-advantage': 'Medicare Advantage (un plan privado que reemplaza a Medicare Original)',
  'medicaid-managed-care': 'Medicaid por medio de un plan de atención administrada',
};

export const fundingsEs: Readonly<Record<Funding, string>> = {
  'fully-insured': 'Totalmente asegurado: la aseguradora paga las reclamaciones',
  'self-funded':
    'Autofinanciado: el empleador paga las reclamaciones y la aseguradora solo las administra',
};

export const networkTypesEs: Readonly<Record<NetworkType, string>> = {
  hmo: 'HMO: necesita un referido de su médico principal para ver a la mayoría de los especialistas',
  ppo: 'PPO: puede ver especialistas y médicos fuera de la red, a un costo más alto',
  epo: 'EPO: solo atención dentro de la red, por lo general sin referidos',
  pos: 'POS: necesita referidos, y tiene algo de cobertura fuera de la red',
  other: 'Otro tipo de red, o no está seguro',
};

export const noticeTypesEs: Readonly<Record<NoticeType, string>> = {
  'claim-denial': 'Se denegó una reclamación por atención que ya recibió',
  'prior-authorization-denial':
    'Se denegó una solicitud para aprobar la atención antes de recibirla',
  'final-internal-appeal-denial': 'El plan volvió a decir que no después de su apelación',
  eob: 'Una explicación de beneficios (EOB) con una línea denegada',
};

export const denialCategoriesEs: Readonly<Record<DenialCategory, string>> = {
  'medical-necessity': 'El plan dice que la atención no era médicamente necesaria',
  'prior-authorization': 'El plan dice que se necesitaba aprobación antes de la atención',
  referral: 'El plan dice que faltaba un referido de su médico principal',
  'missing-documentation': 'El plan dice que no recibió los expedientes o la información que pidió',
  'coding-error': 'El plan dice que la reclamación tiene un problema con un código de facturación',
  'out-of-network': 'El plan dice que el proveedor está fuera de su red',
  experimental: 'El plan dice que la atención es experimental o no está comprobada',
  'not-covered': 'El plan dice que la atención no es un beneficio cubierto',
  'step-therapy': 'El plan quiere que primero pruebe otros medicamentos',
  formulary: 'El medicamento no está en la lista de medicamentos del plan, o pasa sus límites',
  'timely-filing': 'El plan dice que la reclamación se envió demasiado tarde',
  duplicate: 'El plan dice que la reclamación ya se procesó',
  'coordination-of-benefits': 'El plan dice que otro seguro debe pagar primero',
  eligibility: 'El plan dice que usted no tenía cobertura en esa fecha',
  other: 'Otro motivo',
};

export interface CaseTermLabels {
  readonly programs: Readonly<Record<Program, string>>;
  readonly fundings: Readonly<Record<Funding, string>>;
  readonly networkTypes: Readonly<Record<NetworkType, string>>;
  readonly noticeTypes: Readonly<Record<NoticeType, string>>;
  readonly denialCategories: Readonly<Record<DenialCategory, string>>;
}

const labels: Readonly<Record<Lang, CaseTermLabels>> = {
  en: { programs, fundings, networkTypes, noticeTypes, denialCategories },
  es: {
    programs: programsEs,
    fundings: fundingsEs,
    networkTypes: networkTypesEs,
    noticeTypes: noticeTypesEs,
    denialCategories: denialCategoriesEs,
  },
};

/** Every case term's label in one language (English by default). */
export const caseTermLabels = (lang: Lang = 'en'): CaseTermLabels => labels[lang];
