/**
 * The kinds of paper a person keeps for an appeal, as data: a stable id (API, CLI, database), a
 * plain label in English and Spanish, and a one-line hint that helps a person pick the right one.
 * The evidence checklist (`src/evidence/`) ticks its items off by these ids.
 */
export interface DocumentTypeInfo {
  readonly label: { readonly en: string; readonly es: string };
  readonly hint: string;
}

export const documentTypes = {
  'denial-letter': {
    label: { en: 'Denial letter', es: 'Carta de denegación' },
    hint: 'The letter where the plan said no. It gives the reason and your appeal rights.',
  },
  eob: {
    label: { en: 'Explanation of Benefits (EOB)', es: 'Explicación de Beneficios (EOB)' },
    hint: 'The statement the plan sends after a claim. It shows what was paid and what was not.',
  },
  'prior-authorization': {
    label: { en: 'Prior authorization', es: 'Autorización previa' },
    hint: 'An approval, request or reference number for care the plan had to approve first.',
  },
  referral: {
    label: { en: 'Referral', es: 'Referencia (remisión)' },
    hint: 'The note from your primary doctor that sends you to a specialist or a test.',
  },
  'medical-necessity-letter': {
    label: {
      en: 'Doctor’s letter of medical necessity',
      es: 'Carta de necesidad médica del médico',
    },
    hint: 'A letter from your doctor that explains why you need this care.',
  },
  'provider-notes': {
    label: { en: 'Doctor’s notes', es: 'Notas del médico' },
    hint: 'Visit notes from your doctor or clinic, such as the plan of care and treatments tried.',
  },
  'test-results': {
    label: { en: 'Test results', es: 'Resultados de pruebas' },
    hint: 'Lab work or other test results.',
  },
  'imaging-report': {
    label: { en: 'Imaging report', es: 'Informe de imágenes' },
    hint: 'The written report of an X-ray, MRI, CT scan or ultrasound.',
  },
  'medical-records': {
    label: { en: 'Other medical records', es: 'Otros expedientes médicos' },
    hint: 'Hospital, emergency room, pharmacy or other health records.',
  },
  'clinical-guideline': {
    label: { en: 'Clinical guideline or study', es: 'Guía clínica o estudio' },
    hint: 'A medical society’s guideline or a published study that supports the care.',
  },
  'plan-document': {
    label: { en: 'Plan document', es: 'Documento del plan' },
    hint: 'Your policy, Summary Plan Description (SPD), Evidence of Coverage or member handbook.',
  },
  'appeal-letter-sent': {
    label: { en: 'Appeal letter I sent', es: 'Carta de apelación que envié' },
    hint: 'A copy of an appeal or other letter you sent to the plan.',
  },
  'plan-response': {
    label: { en: 'Letter from the plan', es: 'Carta del plan' },
    hint: 'Any answer from the plan, such as a decision or the claim file they sent you.',
  },
  'corrected-claim': {
    label: { en: 'Corrected claim', es: 'Reclamación corregida' },
    hint: 'A claim your provider sent again with the billing codes fixed.',
  },
  bill: {
    label: { en: 'Bill', es: 'Factura' },
    hint: 'A bill or itemized statement from a doctor, hospital or lab.',
  },
  receipt: {
    label: { en: 'Receipt', es: 'Recibo' },
    hint: 'Proof that you paid, such as a receipt or bank statement.',
  },
  other: {
    label: { en: 'Other', es: 'Otro' },
    hint: 'Anything else that helps your case.',
  },
} as const satisfies Record<string, DocumentTypeInfo>;

export type DocumentType = keyof typeof documentTypes;
export const documentTypeIds = Object.keys(documentTypes) as [DocumentType, ...DocumentType[]];

export const isDocumentType = (value: string): value is DocumentType =>
  Object.hasOwn(documentTypes, value);

/** A stored type id that is not (or no longer) known reads as `other`, never as an error. */
export const documentTypeOf = (value: string): DocumentType =>
  isDocumentType(value) ? value : 'other';

export const documentTypeLabel = (type: DocumentType, lang: 'en' | 'es' = 'en') =>
  documentTypes[type].label[lang];
