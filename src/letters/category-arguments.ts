import type { DenialCategory, Program } from '../cases/case-terms.js';
import type { CitedText } from './governing-law.js';
import type { LetterFacts, LetterLang } from './letter.js';
import { printedDate } from './letter-parts.js';

/**
 * The argument of a letter to the plan, per denial category: the paragraphs that answer the
 * plan's reason with the case's facts, the documents that prove them, and the rules cited. The
 * patient is named in the third person so that the same words fit a caregiver who writes for them.
 * Rules are cited only where appeal-rules.md marks them high or medium confidence.
 */

export interface CategoryArgument {
  readonly paragraphs: readonly string[];
  /** What to send with the letter to prove the paragraphs, one per line. */
  readonly enclosures: readonly string[];
  /** The rules the paragraphs cite, each as written in them. */
  readonly citations: readonly string[];
}

/** The case's facts as words in a sentence, with a plain stand-in for what is not known. */
export interface FactWords {
  readonly program: Program;
  readonly patient: string;
  /** The care at issue ("MRI of the lumbar spine", or "the service at issue"). */
  readonly service: string;
  /** Who gave or will give the care ("Valley Imaging", or "the treating provider"). */
  readonly provider: string;
  /** The doctor whose letter supports the appeal (the provider when known). */
  readonly doctor: string;
  /** " on November 2, 2026", or empty when the date of service is not known. */
  readonly onDate: string;
  /** The same inside a sentence that goes on: in English a full date takes a comma after the year. */
  readonly onDateMid: string;
  /** " (procedure code 72148; diagnosis code M54.16)", or empty. */
  readonly codes: string;
  /** The document that states the plan's terms, as the program calls it. */
  readonly planDocument: string;
}

const planDocuments: Record<Program, Record<LetterLang, string>> = {
  'employer-group': {
    en: 'the plan document and Summary Plan Description',
    es: 'el documento del plan y la Descripción Resumida del Plan',
  },
  'individual-market': {
    en: 'the policy and its Evidence of Coverage',
    es: 'la póliza y su Evidencia de Cobertura',
  },
  'medicare-advantage': { en: 'the Evidence of Coverage', es: 'la Evidencia de Cobertura' },
  'medicaid-managed-care': {
    en: 'the member handbook and the state’s Medicaid coverage rules',
    es: 'el manual para miembros y las reglas de cobertura de Medicaid del estado',
  },
};

function codesPhrase(
  procedures: readonly string[],
  diagnoses: readonly string[],
  lang: LetterLang,
) {
  const en = lang === 'en';
  const parts = [
    procedures.length > 0
      ? en
        ? `procedure code${procedures.length > 1 ? 's' : ''} ${procedures.join(', ')}`
        : `${procedures.length > 1 ? 'códigos' : 'código'} de procedimiento ${procedures.join(', ')}`
      : '',
    diagnoses.length > 0
      ? en
        ? `diagnosis code${diagnoses.length > 1 ? 's' : ''} ${diagnoses.join(', ')}`
        : `${diagnoses.length > 1 ? 'códigos' : 'código'} de diagnóstico ${diagnoses.join(', ')}`
      : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** A drug-list or step-therapy denial is about a drug: Spanish names it as one, not as a service. */
export const isDrugDenial = (category: DenialCategory | null) =>
  category === 'formulary' || category === 'step-therapy';

export function factWords(facts: LetterFacts, lang: LetterLang): FactWords {
  const { claim } = facts;
  const en = lang === 'en';
  const service = claim.serviceDescription?.trim();
  const provider = claim.provider?.trim();
  const drug = isDrugDenial(facts.denial.category);
  const onDate = claim.serviceDate
    ? `${en ? ' on' : ' el'} ${printedDate(claim.serviceDate, lang)}`
    : '';
  return {
    program: facts.plan.program,
    patient: facts.patient.name,
    service: service
      ? en
        ? service
        : `${drug ? 'el medicamento' : 'el servicio'} «${service}»`
      : en
        ? 'the service at issue'
        : `${drug ? 'el medicamento' : 'el servicio'} en cuestión`,
    provider: provider || (en ? 'the treating provider' : 'el proveedor tratante'),
    doctor: provider || (en ? 'the treating doctor' : 'el médico tratante'),
    onDate,
    onDateMid: en && onDate ? `${onDate},` : onDate,
    codes: codesPhrase(claim.procedureCodes, claim.diagnosisCodes, lang),
    planDocument: planDocuments[facts.plan.program][lang],
  };
}

/** "de el médico" → "del médico": Spanish contracts the article after "de" and "a". */
export const de = (words: string) =>
  words.startsWith('el ') ? `del ${words.slice(3)}` : `de ${words}`;
/** The first letter in capitals, for a placeholder that opens a sentence. */
export const capitalized = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** The ACA and ERISA rules (claims rule, No Surprises Act) reach job-based and individual plans. */
const underErisaOrAca = (program: Program) =>
  program === 'employer-group' || program === 'individual-market';

const none: CitedText = { text: '', citations: [] };

// CMS-4201-F (coverage from 2024-01-01): MA plans follow Traditional Medicare's coverage rules and
// use their own criteria only where those are not fully established (appeal-rules.md §3, high).
function medicareCoverageRules(w: FactWords, lang: LetterLang): CitedText {
  if (w.program !== 'medicare-advantage') return none;
  return {
    text:
      lang === 'en'
        ? 'Since 2024, a Medicare Advantage plan must follow Original Medicare’s coverage rules, including national and local coverage determinations, and may use its own internal criteria only where those rules are not fully established (CMS-4201-F). Please tell me which Medicare coverage rule or criteria the plan applied.'
        : 'Desde 2024, un plan Medicare Advantage debe seguir las reglas de cobertura de Medicare Original, incluidas las determinaciones de cobertura nacionales y locales, y solo puede usar sus propios criterios internos cuando esas reglas no están completamente establecidas (CMS-4201-F). Le pido que me indique qué regla o criterio de cobertura de Medicare aplicó el plan.',
    citations: ['CMS-4201-F'],
  };
}

// 42 U.S.C. 300gg-111: no prior authorization for emergency services and in-network cost sharing
// out of network (appeal-rules.md §7, high for the rule; the 45 CFR 149.110 paragraph is low).
function emergencyRules(w: FactWords, lang: LetterLang): CitedText {
  const en = lang === 'en';
  if (underErisaOrAca(w.program)) {
    return {
      text: en
        ? 'If this was emergency care, the No Surprises Act (42 U.S.C. 300gg-111) does not allow the plan to require prior authorization for it, and requires it to be covered with in-network cost sharing even when the provider is out of network.'
        : 'Si se trató de atención de emergencia, la Ley Sin Sorpresas (42 U.S.C. 300gg-111) no permite que el plan exija autorización previa para ella, y exige que se cubra con el costo compartido de la red aunque el proveedor esté fuera de la red.',
      citations: ['42 U.S.C. 300gg-111'],
    };
  }
  return {
    text: en
      ? 'If this was emergency care, I ask the plan to review this claim under its rules for emergency services.'
      : 'Si se trató de atención de emergencia, le pido al plan que revise este reclamo según sus reglas para servicios de emergencia.',
    citations: [],
  };
}

type Writer = (w: FactWords) => CategoryArgument;
interface CategoryRule {
  /** The denial rests on medical judgment (so a health professional must be consulted on appeal). */
  readonly medicalJudgment: boolean;
  readonly en: Writer;
  readonly es: Writer;
}

/** An argument from paragraphs, some of them cited: drops the empty ones, keeps each citation once. */
function argument(
  paragraphs: readonly (string | CitedText)[],
  enclosures: readonly string[],
): CategoryArgument {
  const parts = paragraphs.map((p) => (typeof p === 'string' ? { text: p, citations: [] } : p));
  return {
    paragraphs: parts.map((p) => p.text).filter(Boolean),
    enclosures,
    citations: [...new Set(parts.flatMap((p) => p.citations))],
  };
}

/** Every denial category's argument, in English and Spanish. */
export const categoryArguments = {
  'medical-necessity': {
    medicalJudgment: true,
    en: (w) =>
      argument(
        [
          `${capitalized(w.doctor)} ordered ${w.service}${w.onDateMid} for ${w.patient}${w.codes} because it is medically necessary to diagnose or treat ${w.patient}’s condition. The enclosed letter from ${w.doctor} explains the medical reasons: the diagnosis, the symptoms and test results, the treatments already tried, and why this care is appropriate now.`,
          `The decision should apply the plan’s own medical-necessity criteria to ${w.patient}’s actual records. Please identify the clinical policy or criteria the plan used and the specific criterion it believes is not met; the enclosed records show how each is met. This care is also consistent with generally accepted standards of medical practice and with the clinical guidelines of the relevant specialty, as ${w.doctor}’s letter explains.`,
          medicareCoverageRules(w, 'en'),
        ],
        [
          `Letter of medical necessity from ${w.doctor}`,
          'Office notes, test results and imaging reports',
          'Records of treatments already tried and their results',
          'The plan’s clinical criteria or policy for this care, if I have them',
          'Clinical guidelines or published studies that support this care, if available',
        ],
      ),
    es: (w) =>
      argument(
        [
          `${capitalized(w.doctor)} indicó ${w.service}${w.onDate} para ${w.patient}${w.codes} porque es médicamente necesario para diagnosticar o tratar su afección. La carta adjunta ${de(w.doctor)} explica las razones médicas: el diagnóstico, los síntomas y resultados de pruebas, los tratamientos que ya se probaron y por qué esta atención es adecuada ahora.`,
          `La decisión debe aplicar los propios criterios de necesidad médica del plan al expediente real de ${w.patient}. Le pido que indique la política clínica o los criterios que usó el plan y el criterio específico que considera no cumplido; los expedientes adjuntos muestran cómo se cumple cada uno. Esta atención también sigue las normas de práctica médica generalmente aceptadas y las guías clínicas de la especialidad, como explica la carta ${de(w.doctor)}.`,
          medicareCoverageRules(w, 'es'),
        ],
        [
          `Carta de necesidad médica ${de(w.doctor)}`,
          'Notas de consulta, resultados de pruebas e informes de imágenes',
          'Expedientes de los tratamientos ya probados y sus resultados',
          'Los criterios clínicos o la política del plan para esta atención, si los tengo',
          'Guías clínicas o estudios publicados que apoyan esta atención, si los hay',
        ],
      ),
  },
  'prior-authorization': {
    medicalJudgment: false,
    en: (w) =>
      argument(
        [
          `The plan denied ${w.service}${w.onDateMid} because it was not approved in advance. The enclosed records show what was done to get approval: any request ${w.provider} sent, its date and reference number, and any answer from the plan. Asking for approval is usually the provider’s task, and ${w.patient} relied in good faith on ${w.provider} to do it.`,
          `If approval was not asked for in time, I ask the plan to review the care now on its medical merits, as a retroactive authorization. The enclosed letter from ${w.doctor} explains why the care was needed and why it could not wait.`,
          emergencyRules(w, 'en'),
          w.program === 'medicare-advantage'
            ? {
                text: 'If the plan had already approved this course of treatment, that approval covers the whole course; and a new member in the middle of treatment is entitled to a 90-day transition period (CMS-4201-F).',
                citations: ['CMS-4201-F'],
              }
            : `If ${w.patient} was already in a course of treatment when this coverage began or when the plan’s approval rules changed, I ask the plan to apply its continuity-of-care rules.`,
        ],
        [
          'Records of the authorization request (dates, reference numbers, fax confirmations), if any',
          `Letter from ${w.doctor} explaining why the care was needed and when`,
          'Emergency room or hospital records, if the care was an emergency',
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan negó ${w.service}${w.onDate} porque no se aprobó por adelantado. Los expedientes adjuntos muestran lo que se hizo para obtener la aprobación: cualquier solicitud que envió ${w.provider}, su fecha y número de referencia, y cualquier respuesta del plan. Pedir la aprobación suele corresponderle al proveedor, y ${w.patient} confió de buena fe en que se hiciera.`,
          `Si la aprobación no se pidió a tiempo, le pido al plan que revise ahora la atención según sus méritos médicos, como una autorización retroactiva. La carta adjunta ${de(w.doctor)} explica por qué la atención era necesaria y por qué no podía esperar.`,
          emergencyRules(w, 'es'),
          w.program === 'medicare-advantage'
            ? {
                text: 'Si el plan ya había aprobado este tratamiento, esa aprobación cubre todo el tratamiento; y un miembro nuevo que está en medio de un tratamiento tiene derecho a un período de transición de 90 días (CMS-4201-F).',
                citations: ['CMS-4201-F'],
              }
            : `Si ${w.patient} ya estaba en tratamiento cuando empezó esta cobertura o cuando cambiaron las reglas de aprobación del plan, le pido al plan que aplique sus reglas de continuidad de la atención.`,
        ],
        [
          'Expedientes de la solicitud de autorización (fechas, números de referencia, confirmaciones de fax), si los hay',
          `Carta ${de(w.doctor)} que explica por qué y cuándo se necesitaba la atención`,
          'Expedientes de la sala de emergencias o del hospital, si fue una emergencia',
        ],
      ),
  },
  referral: {
    medicalJudgment: false,
    en: (w) =>
      argument(
        [
          `The plan denied ${w.service}${w.onDateMid} from ${w.provider} because a referral was missing. The enclosed records show that ${w.patient}’s primary care provider referred ${w.patient} for this care, or agrees that it was needed; I ask the plan to accept that referral now and process the claim.`,
          underErisaOrAca(w.program)
            ? {
                text: 'If this was obstetric or gynecological care from an in-network provider, the plan may not require a referral for it (45 CFR 147.138(a)).',
                citations: ['45 CFR 147.138(a)'],
              }
            : '',
          emergencyRules(w, 'en'),
        ],
        [
          'The referral from the primary care provider, or a letter from that office confirming it',
          `Records from ${w.provider} for this care`,
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan negó ${w.service}${w.onDate} ${de(w.provider)} porque faltaba una referencia. Los expedientes adjuntos muestran que el proveedor de atención primaria de ${w.patient} le dio una referencia para esta atención, o que está de acuerdo en que era necesaria; le pido al plan que acepte ahora esa referencia y procese el reclamo.`,
          underErisaOrAca(w.program)
            ? {
                text: 'Si se trató de atención obstétrica o ginecológica de un proveedor de la red, el plan no puede exigir una referencia para ella (45 CFR 147.138(a)).',
                citations: ['45 CFR 147.138(a)'],
              }
            : '',
          emergencyRules(w, 'es'),
        ],
        [
          'La referencia del proveedor de atención primaria, o una carta de ese consultorio que la confirme',
          `Expedientes ${de(w.provider)} sobre esta atención`,
        ],
      ),
  },
  'missing-documentation': {
    medicalJudgment: false,
    en: (w) =>
      argument(
        [
          `The plan denied ${w.service}${w.onDateMid} saying it did not receive information it needed. That information is enclosed, and I ask the plan to review the claim again with it.`,
          underErisaOrAca(w.program)
            ? {
                text: 'If anything else is needed, please tell me exactly what and why, as the plan’s notice must (29 CFR 2560.503-1(g)(1)(iii)).',
                citations: ['29 CFR 2560.503-1(g)(1)(iii)'],
              }
            : 'If anything else is needed, please tell me exactly what and why.',
        ],
        [
          'The records the plan said were missing',
          `Office notes and test results from ${w.provider}`,
          'Proof of when records were sent before (fax confirmations), if any',
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan negó ${w.service}${w.onDate} diciendo que no recibió información que necesitaba. Esa información va adjunta, y le pido al plan que vuelva a revisar el reclamo con ella.`,
          underErisaOrAca(w.program)
            ? {
                text: 'Si se necesita algo más, le pido que me diga exactamente qué y por qué, como debe hacerlo el aviso del plan (29 CFR 2560.503-1(g)(1)(iii)).',
                citations: ['29 CFR 2560.503-1(g)(1)(iii)'],
              }
            : 'Si se necesita algo más, le pido que me diga exactamente qué y por qué.',
        ],
        [
          'Los expedientes que el plan dijo que faltaban',
          `Notas de consulta y resultados de pruebas ${de(w.provider)}`,
          'Prueba de cuándo se enviaron antes los expedientes (confirmaciones de fax), si la hay',
        ],
      ),
  },
  'coding-error': {
    medicalJudgment: false,
    en: (w) =>
      argument(
        [
          `The denial of ${w.service}${w.onDateMid} comes from a billing code problem, not from the care itself. The original claim was billed${w.codes || ' with the codes shown on it'}; ${w.provider} has reviewed it, and the enclosed corrected claim or letter from ${w.provider} gives the correct code and explains the error.`,
          `I ask the plan to process the corrected claim, or to review the original claim with the corrected code, and to pay it under the plan’s terms. A coding mistake should not cost ${w.patient} the coverage the plan provides.`,
        ],
        [
          `Corrected claim, or a letter with the corrected code, from ${w.provider}`,
          'Itemized bill',
          'Medical records that support the corrected code',
        ],
      ),
    es: (w) =>
      argument(
        [
          `La negación ${de(w.service)}${w.onDate} se debe a un problema de códigos de facturación, no a la atención en sí. El reclamo original se facturó${w.codes || ' con los códigos que aparecen en él'}; ${w.provider} lo revisó, y el reclamo corregido o la carta adjunta ${de(w.provider)} indica el código correcto y explica el error.`,
          `Le pido al plan que procese el reclamo corregido, o que revise el reclamo original con el código corregido, y que lo pague según los términos del plan. Un error de códigos no debe costarle a ${w.patient} la cobertura que el plan ofrece.`,
        ],
        [
          `Reclamo corregido, o carta con el código corregido, ${de(w.provider)}`,
          'Factura detallada',
          'Expedientes médicos que respaldan el código corregido',
        ],
      ),
  },
  'out-of-network': {
    medicalJudgment: false,
    en: (w) =>
      argument(
        [
          `The plan denied ${w.service} from ${w.provider}${w.onDateMid} because ${w.provider} is outside its network. No in-network provider could give this care within a reasonable time and distance: the enclosed records show the search that was made and why ${w.provider} was needed. When the network cannot provide needed care, I ask the plan to cover it at the in-network level.`,
          w.program === 'medicare-advantage'
            ? {
                text: 'A Medicare Advantage plan must arrange for care outside its network, at in-network cost sharing, when its network cannot provide the needed care (42 CFR 422.112(a)).',
                citations: ['42 CFR 422.112(a)'],
              }
            : '',
          emergencyRules(w, 'en'),
          underErisaOrAca(w.program)
            ? {
                text: 'The No Surprises Act also protects care from an out-of-network provider at an in-network hospital or facility, and air ambulance services; a denial involving these protections may go to external review (45 CFR 147.136(d)(1)(ii)).',
                citations: ['45 CFR 147.136(d)(1)(ii)'],
              }
            : '',
        ],
        [
          'Records of the search for an in-network provider (names, dates, answers)',
          `Letter from ${w.doctor} explaining why this provider was needed`,
          'Emergency or hospital records, if the care was an emergency',
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan negó ${w.service} ${de(w.provider)}${w.onDate} porque ${w.provider} está fuera de su red. Ningún proveedor de la red podía dar esta atención en un tiempo y a una distancia razonables: los expedientes adjuntos muestran la búsqueda que se hizo y por qué se necesitaba a ${w.provider}. Cuando la red no puede dar la atención necesaria, le pido al plan que la cubra al nivel de la red.`,
          w.program === 'medicare-advantage'
            ? {
                text: 'Un plan Medicare Advantage debe organizar atención fuera de su red, con el costo compartido de la red, cuando su red no puede dar la atención necesaria (42 CFR 422.112(a)).',
                citations: ['42 CFR 422.112(a)'],
              }
            : '',
          emergencyRules(w, 'es'),
          underErisaOrAca(w.program)
            ? {
                text: 'La Ley Sin Sorpresas también protege la atención de un proveedor fuera de la red en un hospital o centro de la red, y los servicios de ambulancia aérea; una negación relacionada con estas protecciones puede ir a revisión externa (45 CFR 147.136(d)(1)(ii)).',
                citations: ['45 CFR 147.136(d)(1)(ii)'],
              }
            : '',
        ],
        [
          'Expedientes de la búsqueda de un proveedor de la red (nombres, fechas, respuestas)',
          `Carta ${de(w.doctor)} que explica por qué se necesitaba este proveedor`,
          'Expedientes de emergencia o del hospital, si fue una emergencia',
        ],
      ),
  },
  experimental: {
    medicalJudgment: true,
    en: (w) =>
      argument(
        [
          `The plan says ${w.service}${w.codes} is experimental or investigational. It is not experimental for ${w.patient}’s condition: the enclosed evidence shows that it is supported by peer-reviewed medical studies and by the clinical guidelines of the relevant specialty, and, where it applies, that it has FDA approval or clearance.`,
          `Please quote the plan’s definition of “experimental or investigational” and explain, with the scientific or clinical judgment behind it, how this care meets that definition for ${w.patient}’s medical circumstances. The enclosed letter from ${w.doctor} explains why this treatment is the right one for ${w.patient}.`,
          medicareCoverageRules(w, 'en'),
        ],
        [
          `Letter from ${w.doctor} on why this treatment is right for ${w.patient}`,
          'Peer-reviewed studies and clinical guidelines that support this treatment',
          'FDA approval or clearance information, if it applies',
          'The plan’s definition of experimental or investigational care, if I have it',
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan dice que ${w.service}${w.codes} es experimental o de investigación. No es experimental para la afección de ${w.patient}: las pruebas adjuntas muestran que lo respaldan estudios médicos revisados por expertos y las guías clínicas de la especialidad, y, cuando corresponde, que tiene aprobación o autorización de la FDA.`,
          `Le pido que cite la definición de «experimental o de investigación» del plan y que explique, con el juicio científico o clínico en que se basa, cómo esta atención cumple esa definición en la situación médica de ${w.patient}. La carta adjunta ${de(w.doctor)} explica por qué este tratamiento es el adecuado para ${w.patient}.`,
          medicareCoverageRules(w, 'es'),
        ],
        [
          `Carta ${de(w.doctor)} sobre por qué este tratamiento es el adecuado para ${w.patient}`,
          'Estudios revisados por expertos y guías clínicas que respaldan este tratamiento',
          'Información de la aprobación o autorización de la FDA, si corresponde',
          'La definición del plan de atención experimental o de investigación, si la tengo',
        ],
      ),
  },
  'not-covered': {
    medicalJudgment: false,
    en: (w) =>
      argument(
        [
          `The plan says ${w.service}${w.onDateMid} is not a covered benefit. Read as written, the terms of ${w.planDocument} cover this care: it was given to treat a covered condition, and no exclusion in those terms clearly applies to it. Where the plan’s wording is unclear, I ask that it be read in favor of coverage.`,
          underErisaOrAca(w.program)
            ? {
                text: 'Please quote the specific plan provision the denial relies on, which the plan’s notice must refer to (29 CFR 2560.503-1(g)(1)(ii)), and explain how it applies to this care.',
                citations: ['29 CFR 2560.503-1(g)(1)(ii)'],
              }
            : 'Please quote the specific provision the denial relies on and explain how it applies to this care.',
        ],
        [
          `The pages of ${w.planDocument} that describe this benefit`,
          `Letter from ${w.doctor} describing the care and why it was needed`,
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan dice que ${w.service}${w.onDate} no es un beneficio cubierto. Tal como están escritos, los términos ${de(w.planDocument)} cubren esta atención: se dio para tratar una afección cubierta, y ninguna exclusión de esos términos se aplica claramente a ella. Donde el texto del plan no es claro, le pido que se interprete a favor de la cobertura.`,
          underErisaOrAca(w.program)
            ? {
                text: 'Le pido que cite la disposición específica del plan en que se basa la negación, a la que debe referirse el aviso del plan (29 CFR 2560.503-1(g)(1)(ii)), y que explique cómo se aplica a esta atención.',
                citations: ['29 CFR 2560.503-1(g)(1)(ii)'],
              }
            : 'Le pido que cite la disposición específica en que se basa la negación y que explique cómo se aplica a esta atención.',
        ],
        [
          `Las páginas ${de(w.planDocument)} que describen este beneficio`,
          `Carta ${de(w.doctor)} que describe la atención y por qué era necesaria`,
        ],
      ),
  },
  'step-therapy': {
    medicalJudgment: true,
    en: (w) =>
      argument(
        [
          `The plan wants other treatments tried before ${w.service}. The enclosed letter from ${w.doctor} lists the treatments ${w.patient} has already tried, with dates and results or side effects, and explains why the treatments the plan requires are not expected to work, or would be unsafe, for ${w.patient}.`,
          `I ask the plan to grant an exception to its step-therapy requirement and cover ${w.service} as prescribed.`,
        ],
        [
          `Letter from ${w.doctor} supporting a step-therapy exception`,
          'Pharmacy and medical records of treatments already tried, with dates and results',
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan quiere que se prueben otros tratamientos antes ${de(w.service)}. La carta adjunta ${de(w.doctor)} enumera los tratamientos que ${w.patient} ya probó, con fechas y resultados o efectos secundarios, y explica por qué no se espera que los tratamientos que exige el plan funcionen para ${w.patient}, o por qué no serían seguros.`,
          `Le pido al plan que conceda una excepción a su requisito de terapia escalonada y cubra ${w.service} tal como se recetó.`,
        ],
        [
          `Carta ${de(w.doctor)} que apoya una excepción a la terapia escalonada`,
          'Expedientes de farmacia y médicos de los tratamientos ya probados, con fechas y resultados',
        ],
      ),
  },
  formulary: {
    medicalJudgment: true,
    en: (w) =>
      argument(
        [
          `The plan says ${w.service} is not on its drug list, or is over its limits. The enclosed statement from ${w.doctor} explains that the drugs on the list have not worked, are not expected to work, or would cause harm for ${w.patient}, and that this drug and dose are medically necessary.`,
          `I ask the plan to grant a formulary exception and cover the drug as prescribed.`,
        ],
        [
          `Statement from ${w.doctor} supporting a formulary exception`,
          'Records of drugs already tried, with dates and results',
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan dice que ${w.service} no está en su lista de medicamentos, o que supera sus límites. La declaración adjunta ${de(w.doctor)} explica que los medicamentos de la lista no han funcionado, no se espera que funcionen o le causarían daño a ${w.patient}, y que este medicamento y esta dosis son médicamente necesarios.`,
          'Le pido al plan que conceda una excepción al formulario y cubra el medicamento tal como se recetó.',
        ],
        [
          `Declaración ${de(w.doctor)} que apoya una excepción al formulario`,
          'Expedientes de los medicamentos ya probados, con fechas y resultados',
        ],
      ),
  },
  'timely-filing': {
    medicalJudgment: false,
    en: (w) =>
      argument(
        [
          `The plan says the claim for ${w.service}${w.onDateMid} was filed too late. The enclosed proof shows when ${w.provider} first sent it, within the plan’s time limit.`,
          `If the claim was late for reasons outside ${w.patient}’s control — for example, the plan had wrong coverage information or another plan was billed first — I ask the plan to accept it now. If ${w.provider} is in the plan’s network, please confirm in writing that ${w.patient} does not owe the amount denied for late filing.`,
        ],
        [
          'Proof of the date the claim was first sent (clearinghouse report, fax confirmation or an earlier plan letter)',
          `Letter from ${w.provider}’s billing office with the filing history`,
          'The other plan’s denial, if the claim went there first',
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan dice que el reclamo ${de(w.service)}${w.onDate} se presentó tarde. La prueba adjunta muestra cuándo lo envió ${w.provider} por primera vez, dentro del plazo del plan.`,
          `Si el reclamo llegó tarde por razones fuera del control de ${w.patient} —por ejemplo, el plan tenía información equivocada de la cobertura o primero se facturó a otro plan—, le pido al plan que lo acepte ahora. Si ${w.provider} está en la red del plan, le pido que confirme por escrito que ${w.patient} no debe la cantidad negada por presentación tardía.`,
        ],
        [
          'Prueba de la fecha en que se envió el reclamo por primera vez (informe de la cámara de compensación, confirmación de fax o una carta anterior del plan)',
          `Carta de la oficina de facturación ${de(w.provider)} con el historial de envíos`,
          'La negación del otro plan, si el reclamo se envió primero allí',
        ],
      ),
  },
  duplicate: {
    medicalJudgment: false,
    en: (w) =>
      argument(
        [
          `The plan says the claim for ${w.service}${w.onDateMid} duplicates one it already processed. It is a separate service: the enclosed itemized bill and records show this service${w.codes} and how it differs from the claim already processed (date, time, body site, quantity or code modifier).`,
          'Please compare the two claims and process this one. If the plan still finds a duplicate, please give me the number and date of the claim it matched.',
        ],
        [
          'Itemized bill for this claim',
          `Records from ${w.provider} showing each service given`,
          'The Explanation of Benefits for the other claim, if I have it',
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan dice que el reclamo ${de(w.service)}${w.onDate} duplica otro que ya procesó. Es un servicio distinto: la factura detallada y los expedientes adjuntos muestran este servicio${w.codes} y en qué se diferencia del reclamo ya procesado (fecha, hora, parte del cuerpo, cantidad o modificador del código).`,
          'Le pido que compare los dos reclamos y procese este. Si el plan todavía encuentra un duplicado, le pido que me dé el número y la fecha del reclamo con el que coincide.',
        ],
        [
          'Factura detallada de este reclamo',
          `Expedientes ${de(w.provider)} que muestran cada servicio prestado`,
          'La Explicación de Beneficios del otro reclamo, si la tengo',
        ],
      ),
  },
  'coordination-of-benefits': {
    medicalJudgment: false,
    en: (w) =>
      argument(
        [
          `The plan says another insurer should pay first for ${w.service}${w.onDate}. The enclosed information shows ${w.patient}’s other coverage on that date: either there was none, or the other plan has already paid or denied its part.`,
          'Please update the coordination-of-benefits record with this information and process the claim again. If the plan believes another plan pays first, please name it and the rule that makes it pay first.',
        ],
        [
          'Completed coordination-of-benefits form (other coverage information)',
          'The other plan’s Explanation of Benefits or denial, if any',
          'Proof that other coverage ended, if it did',
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan dice que otro seguro debe pagar primero ${w.service}${w.onDate}. La información adjunta muestra la otra cobertura de ${w.patient} en esa fecha: o no había ninguna, o el otro plan ya pagó o negó su parte.`,
          'Le pido que actualice el registro de coordinación de beneficios con esta información y vuelva a procesar el reclamo. Si el plan cree que otro plan paga primero, le pido que lo nombre e indique la regla que lo hace pagar primero.',
        ],
        [
          'Formulario de coordinación de beneficios completado (información de otra cobertura)',
          'La Explicación de Beneficios o la negación del otro plan, si la hay',
          'Prueba de que la otra cobertura terminó, si terminó',
        ],
      ),
  },
  eligibility: {
    medicalJudgment: false,
    en: (w) =>
      argument(
        [
          `The plan says ${w.patient} was not covered${w.onDate || ' on the date of service'}. ${w.patient} was enrolled and covered on that date, as the enclosed proof of enrollment and payment shows.`,
          'Please correct the enrollment record and process the claim again. If the plan believes coverage had ended, please tell me the date it ended, the reason, and the notice that was sent about it.',
        ],
        [
          'Insurance card and enrollment confirmation',
          'Proof of premium payments for the month of service, if premiums are due',
          'Letter from the employer, the Marketplace or the state agency confirming the coverage dates, if any',
        ],
      ),
    es: (w) =>
      argument(
        [
          `El plan dice que ${w.patient} no tenía cobertura${w.onDate || ' en la fecha del servicio'}. ${w.patient} tenía cobertura vigente en esa fecha, como muestran las pruebas adjuntas de inscripción y de pago.`,
          'Le pido que corrija el registro de inscripción y vuelva a procesar el reclamo. Si el plan cree que la cobertura había terminado, le pido que me indique la fecha en que terminó, la razón y el aviso que se envió sobre ello.',
        ],
        [
          'Tarjeta del seguro y confirmación de inscripción',
          'Prueba de pago de las primas del mes del servicio, si se pagan primas',
          'Carta del empleador, del Mercado de Seguros o de la agencia estatal que confirme las fechas de cobertura, si la hay',
        ],
      ),
  },
  other: {
    medicalJudgment: false,
    en: (w) => general(w, 'en', false),
    es: (w) => general(w, 'es', false),
  },
} satisfies Record<DenialCategory, CategoryRule>;

// For a reason that fits no category, and for a case whose category is not known yet: the care was
// appropriate and covered, and the plan must say which provision it relies on. The specific reason
// is an ERISA notice element, 29 CFR 2560.503-1(g)(1)(i) (appeal-rules.md §1a, high).
function general(w: FactWords, lang: LetterLang, reasonUnclear: boolean): CategoryArgument {
  const en = lang === 'en';
  const erisa = underErisaOrAca(w.program);
  const askReason: CitedText = reasonUnclear
    ? {
        text: en
          ? `The plan’s notice does not clearly state why the claim was denied. Please state the specific reason${erisa ? ', as the plan’s notice must (29 CFR 2560.503-1(g)(1)(i)),' : ''} and the plan provision, rule or guideline it relies on.`
          : `El aviso del plan no explica claramente por qué se negó el reclamo. Le pido que indique la razón específica${erisa ? ', como debe hacerlo el aviso del plan (29 CFR 2560.503-1(g)(1)(i)),' : ''} y la disposición, regla o guía del plan en que se basa.`,
        citations: erisa ? ['29 CFR 2560.503-1(g)(1)(i)'] : [],
      }
    : {
        text: en
          ? 'If the plan relies on a plan provision, rule or guideline, please identify it and explain how it applies to this claim.'
          : 'Si el plan se basa en una disposición, regla o guía del plan, le pido que la identifique y explique cómo se aplica a este reclamo.',
        citations: [],
      };
  return argument(
    [
      en
        ? `${capitalized(w.service)}${w.onDate}${w.codes} was appropriate care for ${w.patient} and is covered under the terms of ${w.planDocument}, as the enclosed records show.`
        : `${capitalized(w.service)}${w.onDate}${w.codes} fue atención adecuada para ${w.patient} y está cubierto según los términos ${de(w.planDocument)}, como muestran los expedientes adjuntos.`,
      askReason,
    ],
    en
      ? ['Medical records for this care', `Letter from ${w.doctor} supporting the claim`]
      : ['Expedientes médicos de esta atención', `Carta ${de(w.doctor)} que apoya el reclamo`],
  );
}

/** The argument for the case's denial category; a case not yet sorted gets the general one. */
export function categoryArgument(facts: LetterFacts, lang: LetterLang): CategoryArgument {
  const w = factWords(facts, lang);
  const category = facts.denial.category;
  return category === null ? general(w, lang, true) : categoryArguments[category][lang](w);
}

/** Whether a denial in this category rests on medical judgment (unknown: not assumed). */
export const restsOnMedicalJudgment = (category: DenialCategory | null) =>
  category !== null && categoryArguments[category].medicalJudgment;
