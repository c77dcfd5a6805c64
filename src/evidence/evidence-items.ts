import type { DenialCategory, Program } from '../cases/case-terms.js';
import type { EvidenceItem, EvidenceSource } from './evidence-item.js';

/**
 * What usually wins each kind of denial, as data. The lists follow what the letters ask the person
 * to enclose (`src/letters/category-arguments.ts`), so the checklist and the letter agree. Rules
 * are cited only as appeal-rules.md has them, with its confidence.
 */

type Part = Omit<EvidenceItem, 'weight' | 'why' | 'source'> & {
  readonly source?: EvidenceSource | null;
};

/** The pieces the lists are built from; each list says why the piece matters for its denial. */
const parts = {
  denialLetter: {
    key: 'denial-letter',
    label: {
      en: 'The denial letter or EOB (the explanation of benefits the plan sent)',
      es: 'La carta de negación o la EOB (la explicación de beneficios que envió el plan)',
    },
    satisfiedBy: ['denial-letter', 'eob'],
    letterKind: null,
  },
  planDocument: {
    key: 'plan-document',
    label: {
      en: 'Your plan’s rule book (the policy, summary plan description or evidence of coverage)',
      es: 'Las reglas de su plan (la póliza, el resumen del plan o la evidencia de cobertura)',
    },
    satisfiedBy: ['plan-document'],
    letterKind: null,
  },
  claimFile: {
    key: 'claim-file',
    label: {
      en: 'The claim file and the criteria the plan used',
      es: 'El expediente del reclamo y los criterios que usó el plan',
    },
    satisfiedBy: ['plan-response'],
    letterKind: 'claim-file-request',
  },
  doctorLetter: {
    key: 'doctor-letter',
    label: {
      en: 'A letter from your doctor (letter of medical necessity)',
      es: 'Una carta de su médico (carta de necesidad médica)',
    },
    satisfiedBy: ['medical-necessity-letter'],
    letterKind: 'medical-necessity-letter',
  },
  treatmentHistory: {
    key: 'treatment-history',
    label: {
      en: 'Doctor’s notes showing treatments already tried',
      es: 'Notas del médico que muestran los tratamientos ya probados',
    },
    satisfiedBy: ['provider-notes', 'medical-records'],
    letterKind: null,
  },
  testResults: {
    key: 'test-results',
    label: {
      en: 'Test results and imaging reports',
      es: 'Resultados de pruebas e informes de imágenes',
    },
    satisfiedBy: ['test-results', 'imaging-report'],
    letterKind: null,
  },
  guidelines: {
    key: 'clinical-guidelines',
    label: {
      en: 'Clinical guidelines or published studies',
      es: 'Guías clínicas o estudios publicados',
    },
    satisfiedBy: ['clinical-guideline'],
    letterKind: null,
  },
  authorization: {
    key: 'authorization-record',
    label: {
      en: 'The prior authorization request or number (or why there was none)',
      es: 'La solicitud o el número de autorización previa (o por qué no hubo)',
    },
    satisfiedBy: ['prior-authorization'],
    letterKind: null,
  },
  emergencyRecords: {
    key: 'emergency-records',
    label: {
      en: 'Emergency room or hospital records, if it was an emergency',
      es: 'Expedientes de la sala de emergencias o del hospital, si fue una emergencia',
    },
    satisfiedBy: ['medical-records'],
    letterKind: null,
  },
  referral: {
    key: 'referral',
    label: {
      en: 'The referral from your primary doctor',
      es: 'La referencia de su médico de atención primaria',
    },
    satisfiedBy: ['referral'],
    letterKind: null,
  },
  requestedRecords: {
    key: 'requested-records',
    label: {
      en: 'The records the plan said were missing',
      es: 'Los expedientes que el plan dijo que faltaban',
    },
    satisfiedBy: ['provider-notes', 'medical-records', 'test-results', 'imaging-report'],
    letterKind: null,
  },
  earlierSending: {
    key: 'earlier-sending',
    label: {
      en: 'Proof the records were sent before (fax confirmation)',
      es: 'Prueba de que los expedientes se enviaron antes (confirmación de fax)',
    },
    satisfiedBy: ['appeal-letter-sent'],
    letterKind: null,
  },
  correctedClaim: {
    key: 'corrected-claim',
    label: { en: 'The corrected claim', es: 'El reclamo corregido' },
    satisfiedBy: ['corrected-claim'],
    letterKind: null,
  },
  itemizedBill: {
    key: 'itemized-bill',
    label: { en: 'The itemized bill', es: 'La factura detallada' },
    satisfiedBy: ['bill'],
    letterKind: null,
  },
  supportingRecords: {
    key: 'supporting-records',
    label: {
      en: 'Medical records of the care',
      es: 'Expedientes médicos de la atención',
    },
    satisfiedBy: ['provider-notes', 'medical-records'],
    letterKind: null,
  },
  networkSearch: {
    key: 'network-search',
    label: {
      en: 'Notes of your search for an in-network provider (names, dates, answers)',
      es: 'Notas de su búsqueda de un proveedor de la red (nombres, fechas, respuestas)',
    },
    satisfiedBy: [],
    letterKind: null,
  },
  firstSubmission: {
    key: 'first-submission',
    label: {
      en: 'Proof of when the claim was first sent',
      es: 'Prueba de cuándo se envió el reclamo por primera vez',
    },
    satisfiedBy: ['plan-response', 'eob'],
    letterKind: null,
  },
  otherPlanAnswer: {
    key: 'other-plan-answer',
    label: {
      en: 'The other plan’s EOB or denial',
      es: 'La EOB o la negación del otro plan',
    },
    satisfiedBy: ['eob'],
    letterKind: null,
  },
  otherCoverage: {
    key: 'other-coverage',
    label: {
      en: 'The coordination-of-benefits form (your other coverage, or that you have none)',
      es: 'El formulario de coordinación de beneficios (su otro seguro, o que no tiene)',
    },
    satisfiedBy: [],
    letterKind: null,
  },
  enrollmentProof: {
    key: 'enrollment-proof',
    label: {
      en: 'Proof you were covered: insurance card or enrollment letter',
      es: 'Prueba de que tenía cobertura: tarjeta del seguro o carta de inscripción',
    },
    satisfiedBy: [],
    letterKind: null,
  },
  premiumPayments: {
    key: 'premium-payments',
    label: {
      en: 'Proof you paid the premium for that month',
      es: 'Prueba de que pagó la prima de ese mes',
    },
    satisfiedBy: ['receipt'],
    letterKind: null,
  },
} as const satisfies Record<string, Part>;

const essential = (part: Part, why: string, source?: EvidenceSource): EvidenceItem => ({
  source: null,
  ...part,
  ...(source && { source }),
  weight: 'essential',
  why,
});
const helpful = (part: Part, why: string, source?: EvidenceSource): EvidenceItem => ({
  ...essential(part, why, source),
  weight: 'helpful',
});

/** Where the right to the claim file comes from, by program. */
const claimFileSources: Record<Program, EvidenceSource> = {
  'employer-group': { citation: '29 CFR 2560.503-1(h)(2)(iii)', confidence: 'high' },
  'individual-market': {
    citation: '29 CFR 2560.503-1(h)(2)(iii); 45 CFR 147.136(b)(2)(ii)(C)',
    confidence: 'high',
  },
  'medicaid-managed-care': { citation: '42 CFR 438.404(b)', confidence: 'high' },
  // The plan sends its case file to the IRE (422.590, 422.592); a copy for the member on request
  // is not in appeal-rules.md, so the person is told to check.
  'medicare-advantage': { citation: '42 CFR 422.590; 42 CFR 422.592', confidence: 'low' },
};

/** What the denial notice must say (the reason, the rule relied on), by program. */
const denialNoticeSources: Record<Program, EvidenceSource | null> = {
  'employer-group': { citation: '29 CFR 2560.503-1(g)(1)(i)–(ii)', confidence: 'high' },
  'individual-market': { citation: '29 CFR 2560.503-1(g)(1)(i)–(ii)', confidence: 'high' },
  'medicaid-managed-care': { citation: '42 CFR 438.404(b)', confidence: 'high' },
  // The Medicare Advantage notice's content rule is not in appeal-rules.md: no citation.
  'medicare-advantage': null,
};

/** For every appeal, whatever the reason: the letter, the plan's own terms, and its file. */
export function alwaysItems(program: Program): EvidenceItem[] {
  return [
    essential(
      parts.denialLetter,
      'It gives the plan’s reason, and your appeal answers that reason.',
      denialNoticeSources[program] ?? undefined,
    ),
    essential(parts.planDocument, 'It says what the plan covers, in the plan’s own words.'),
    essential(
      parts.claimFile,
      'You have a right to see what the plan used to decide, for free. Ask for it with a letter.',
      claimFileSources[program],
    ),
  ];
}

const doctorWhy = 'Your doctor explains, in medical words, why you need this care.';

/** What usually wins each kind of denial, besides the always-items. */
export const categoryItems: Record<DenialCategory, readonly EvidenceItem[]> = {
  'medical-necessity': [
    essential(parts.doctorLetter, doctorWhy),
    essential(
      parts.treatmentHistory,
      'Notes that show other treatments were tried and did not work make the strongest case.',
    ),
    helpful(parts.testResults, 'Test results show how serious the problem is.'),
    helpful(parts.guidelines, 'Guidelines show this care is the accepted way to treat it.'),
  ],
  'prior-authorization': [
    essential(
      parts.authorization,
      'It shows approval was asked for. If none was needed, tick it as not needed and say why.',
    ),
    essential(
      parts.doctorLetter,
      'Your doctor explains why the care was needed and could not wait.',
    ),
    helpful(parts.emergencyRecords, 'Emergency care does not need approval first.', {
      citation: '42 U.S.C. 300gg-111',
      confidence: 'high',
    }),
  ],
  referral: [
    essential(parts.referral, 'It shows your primary doctor sent you for this care.'),
    helpful(parts.supportingRecords, 'Records show the care was needed.'),
  ],
  'missing-documentation': [
    essential(
      parts.requestedRecords,
      'The plan said what it needs. Sending it is often all it takes.',
      { citation: '29 CFR 2560.503-1(g)(1)(iii)', confidence: 'high' },
    ),
    helpful(parts.earlierSending, 'It shows the plan had the records before it said no.'),
  ],
  'coding-error': [
    essential(parts.correctedClaim, 'A claim with the right code is usually paid.'),
    helpful(parts.itemizedBill, 'It shows each service and its code.'),
    helpful(parts.supportingRecords, 'Records back up the corrected code.'),
  ],
  'out-of-network': [
    essential(parts.doctorLetter, 'Your doctor explains why this provider was needed.'),
    helpful(
      parts.networkSearch,
      'It shows no in-network provider could give this care in time. Tick it when you have notes.',
    ),
    helpful(parts.emergencyRecords, 'Emergency care out of network is protected by law.', {
      citation: '42 U.S.C. 300gg-111',
      confidence: 'high',
    }),
  ],
  experimental: [
    essential(parts.doctorLetter, 'Your doctor explains why this treatment is right for you.'),
    essential(parts.guidelines, 'Studies and guidelines show the treatment is not experimental.'),
    helpful(parts.treatmentHistory, 'Notes show which treatments were already tried.'),
  ],
  'not-covered': [
    helpful(parts.doctorLetter, 'Your doctor explains what the care is and why you need it.'),
    helpful(parts.supportingRecords, 'Records show the care fits what the plan covers.'),
  ],
  'step-therapy': [
    essential(
      parts.doctorLetter,
      'Your doctor explains why the required drugs will not work for you.',
    ),
    essential(
      parts.treatmentHistory,
      'Records of drugs already tried, with dates and results, prove the steps were taken.',
    ),
  ],
  formulary: [
    essential(parts.doctorLetter, 'The plan needs your doctor’s statement to make an exception.'),
    essential(parts.treatmentHistory, 'Records show which drugs on the list did not work.'),
  ],
  'timely-filing': [
    essential(parts.firstSubmission, 'It shows the claim was sent in time.'),
    helpful(
      parts.otherPlanAnswer,
      'If another plan got the claim first, its answer explains the delay.',
    ),
  ],
  duplicate: [
    essential(parts.itemizedBill, 'It shows this service is different from the one already paid.'),
    helpful(parts.otherPlanAnswer, 'The EOB of the other claim lets the plan compare the two.'),
  ],
  'coordination-of-benefits': [
    essential(
      parts.otherCoverage,
      'The plan needs to know about other coverage. Tick it when you have sent the form.',
    ),
    helpful(parts.otherPlanAnswer, 'It shows what the other plan paid or denied.'),
  ],
  eligibility: [
    essential(
      parts.enrollmentProof,
      'It shows you were covered on that date. Tick it when you have it.',
    ),
    helpful(parts.premiumPayments, 'It shows coverage was paid for that month.'),
  ],
  other: [
    helpful(parts.doctorLetter, doctorWhy),
    helpful(parts.supportingRecords, 'Records show what care you got and why.'),
  ],
};

/** The No Surprises Act's emergency protection binds job-based and Marketplace plans only. */
const nsaPrograms: ReadonlySet<Program> = new Set(['employer-group', 'individual-market']);

/** Every item a case of this category and program has, always-items first. */
export const itemsFor = (category: DenialCategory, program: Program): EvidenceItem[] => [
  ...alwaysItems(program),
  ...categoryItems[category].map((item) =>
    item.source?.citation === '42 U.S.C. 300gg-111' && !nsaPrograms.has(program)
      ? { ...item, source: null }
      : item,
  ),
];
