import { describe, expect, it } from 'vitest';
import { buildLetterFacts } from '../../testing/letter-facts-factory.js';
import type { LetterDocument, LetterKind, LetterLang } from '../letter.js';
import { letterLangs } from '../letter.js';
import { missingFacts } from '../letter-facts.js';
import { regulatorFor } from './regulators.js';
import { supportLetterTemplates } from './support-letter-templates.js';

/** What each kind must show and say, per language. */
interface Expectation {
  /** Reference lines the kind cannot go without, beyond the patient's name. */
  readonly needsMemberAndClaim: boolean;
  /** The ask, at the start of the first paragraph. */
  readonly ask: Record<LetterLang, RegExp>;
  /** Whether the letter rests on cited rules (for the default facts: an insured employer plan). */
  readonly cites: boolean;
  /** Facts in `requires`. */
  readonly requires: readonly string[];
}

const expectations: Record<keyof typeof supportLetterTemplates, Expectation> = {
  'claim-file-request': {
    needsMemberAndClaim: true,
    ask: { en: /^Please send me, free of charge,/, es: /^Le pido que me envíe, sin costo,/ },
    cites: true,
    requires: ['patient.name', 'plan.insurer', 'plan.memberId', 'claim.claimNumber'],
  },
  'medical-necessity-request': {
    needsMemberAndClaim: true,
    ask: {
      en: /Would you please write a letter of medical necessity/,
      es: /¿Podría escribir una carta de necesidad médica/,
    },
    cites: false,
    requires: ['patient.name', 'plan.insurer'],
  },
  'medical-necessity-letter': {
    needsMemberAndClaim: true,
    ask: {
      en: /^I am writing to ask .* to (approve|pay for)/,
      es: /^Escribo para pedir a .* que (apruebe|pague)/,
    },
    cites: false,
    requires: ['patient.name', 'plan.insurer', 'plan.memberId', 'claim.claimNumber'],
  },
  'regulator-complaint': {
    needsMemberAndClaim: true,
    ask: { en: /^I ask your office to look into/, es: /^Le pido a su oficina que revise/ },
    cites: true,
    requires: ['patient.name', 'plan.insurer', 'plan.memberId'],
  },
  'records-request': {
    needsMemberAndClaim: false,
    ask: {
      en: /^Under my HIPAA right of access \(45 CFR 164\.524\), please send me copies/,
      es: /^Conforme a mi derecho de acceso bajo HIPAA \(45 CFR 164\.524\), le pido copias/,
    },
    cites: true,
    requires: ['patient.name', 'claim.provider'],
  },
};

const everyText = (document: LetterDocument) =>
  [
    document.title,
    ...document.from,
    document.date,
    ...document.to,
    document.subject,
    ...document.reference.flat(),
    document.salutation,
    ...document.body,
    document.closing,
    ...document.signature,
    ...document.enclosures,
  ].join('\n');

/** Words that would promise an outcome, in either language. */
const promise =
  /guarantee|garantiz|will (surely|certainly|definitely)|(will|shall) be (approved|overturned|reversed|paid)|you will win|ganará|será aprobad|sin duda/i;

/** A first paragraph is one or two sentences. */
const sentenceCount = (paragraph: string) =>
  paragraph.split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡])/u).filter(Boolean).length;

const cases = Object.entries(supportLetterTemplates).flatMap(([kind, template]) =>
  letterLangs.map((lang) => [kind as keyof typeof supportLetterTemplates, lang, template] as const),
);

describe.each(cases)('the %s letter in %s', (kind, lang, template) => {
  const expected = expectations[kind];
  const facts = buildLetterFacts();
  const { document, guidance } = template.write(facts, lang);
  const reference = new Map(document.reference);

  it('is of its kind and language, as is its guidance', () => {
    expect(document.kind).toBe(kind satisfies LetterKind);
    expect(document.lang).toBe(lang);
    expect(guidance.lang).toBe(lang);
    expect(guidance.steps.length).toBeGreaterThan(2);
  });

  it('names the patient, and the member ID and claim number where the kind needs them', () => {
    const values = [...reference.values()];
    expect(values).toContain('Ana Ruiz');
    if (expected.needsMemberAndClaim) {
      expect(values).toContain('XJH123456789');
      expect(values).toContain('C123');
    } else {
      expect(values).not.toContain('XJH123456789');
    }
  });

  it('opens with the ask, in one or two sentences', () => {
    const first = document.body[0] ?? '';
    expect(first).toMatch(expected.ask[lang]);
    expect(sentenceCount(first)).toBeLessThanOrEqual(2);
  });

  it('cites in the body every rule it relies on', () => {
    const body = document.body.join('\n');
    if (expected.cites) expect(document.citations.length).toBeGreaterThan(0);
    else expect(document.citations).toEqual([]);
    for (const citation of document.citations) expect(body).toContain(citation);
  });

  it('promises no outcome', () => {
    const text = [everyText(document), ...guidance.steps, guidance.notLegalAdvice].join('\n');
    expect(text).not.toMatch(promise);
    expect(guidance.notLegalAdvice).toMatch(
      lang === 'es' ? /no es asesoría legal/ : /not legal advice/,
    );
  });

  it('passes markup, right-to-left text and emoji through as plain strings', () => {
    const name = '<script>alert(1)</script> مريم 🌷';
    const hostile = buildLetterFacts({
      patient: { name },
      sender: { name, relationship: null },
      claim: { provider: 'Dr. <b>Ortiz</b> ‏مريم‏ 🩺' },
    });
    const written = template.write(hostile, lang).document;
    expect(new Map(written.reference).get(lang === 'es' ? 'Paciente' : 'Patient')).toBe(name);
    expect(everyText(written)).toContain(name);
    expect(everyText(written)).not.toMatch(/&lt;|&gt;|&amp;/);
  });

  it('lists what it cannot be written without', () => {
    expect(template.requires.map((fact) => fact.path)).toEqual(expected.requires);
    expect(missingFacts(template, facts)).toEqual([]);
    const bare = buildLetterFacts({
      patient: { name: '' },
      plan: { insurer: '', memberId: null },
      claim: { claimNumber: null, provider: null },
    });
    expect(missingFacts(template, bare).map((fact) => fact.path)).toEqual(expected.requires);
  });
});

describe('the claim-file request', () => {
  const write = (program: 'employer-group' | 'medicare-advantage' | 'medicaid-managed-care') =>
    supportLetterTemplates['claim-file-request'].write(
      buildLetterFacts({ plan: { program } }),
      'en',
    );

  it('cites the ERISA rule on relevant documents, and the ACA rule, for a job-based plan', () => {
    expect(write('employer-group').document.citations).toEqual([
      '29 CFR 2560.503-1(h)(2)(iii)',
      '29 CFR 2560.503-1(m)(8)',
      '45 CFR 147.136(b)',
    ]);
  });

  it('asks for the criteria, the reviewers and their credentials, and every relevant document', () => {
    const body = write('employer-group').document.body.join('\n');
    expect(body).toMatch(/guideline, protocol/);
    expect(body).toMatch(/names, titles and credentials/);
    expect(body).toMatch(/All other documents, records and information relevant/);
  });

  it.each(['medicare-advantage', 'medicaid-managed-care'] as const)(
    'states no unconfirmed right for %s, and tells the person to check with the plan',
    (program) => {
      const { document, guidance } = write(program);
      expect(document.body.join('\n')).not.toMatch(/2560\.503-1|147\.136/);
      expect(guidance.steps.join('\n')).toMatch(/not confirmed the exact rule/);
    },
  );
});

describe('the records request', () => {
  it('asks within HIPAA’s 30 days for a reasonable, cost-based fee, from the provider', () => {
    const { document } = supportLetterTemplates['records-request'].write(buildLetterFacts(), 'en');
    expect(document.to[0]).toBe('Dr. Lena Ortiz');
    expect(document.body.join('\n')).toMatch(/30 days/);
    expect(document.body.join('\n')).toMatch(/reasonable and cost-based/);
  });

  it('adds the proof of authority when someone writes for the patient', () => {
    const { document } = supportLetterTemplates['records-request'].write(
      buildLetterFacts({ sender: { name: 'Luis Ruiz', relationship: 'son' } }),
      'en',
    );
    expect(document.body[1]).toMatch(/as the son of Ana Ruiz/);
    expect(document.enclosures).toContain('Document that lets me act for the patient');
  });
});

describe('the letter of medical necessity', () => {
  it('is a form for the doctor: bracketed blanks, the doctor’s letterhead and signature', () => {
    const { document } = supportLetterTemplates['medical-necessity-letter'].write(
      buildLetterFacts(),
      'en',
    );
    const blanks = document.body.filter((paragraph) => paragraph.includes('[Describe'));
    expect(blanks.length).toBeGreaterThanOrEqual(6);
    expect(document.from.join('\n')).toMatch(/\[Doctor’s letterhead/);
    expect(document.signature).toContain('[Doctor’s name, credentials]');
    expect(document.signature.join('\n')).not.toMatch(/Ana Ruiz/);
    expect(document.body.join('\n')).toMatch(/ICD-10 codes: M54\.16/);
  });

  it('asks for an urgent decision, with its rule, when the care is urgent', () => {
    const { document } = supportLetterTemplates['medical-necessity-letter'].write(
      buildLetterFacts({ denial: { urgency: 'urgent' } }),
      'en',
    );
    expect(document.citations).toEqual(['29 CFR 2560.503-1(m)(1)']);
    expect(document.body[1]).toMatch(/urgent claim \(29 CFR 2560\.503-1\(m\)\(1\)\)/);
  });
});

describe('the regulator', () => {
  it.each([
    [
      { program: 'employer-group', funding: 'self-funded', state: 'TX' },
      'ebsa',
      /Employee Benefits Security Administration/,
    ],
    [
      { program: 'employer-group', funding: 'fully-insured', state: 'TX' },
      'state-insurance',
      /Texas Department of Insurance/,
    ],
    [
      { program: 'employer-group', funding: null, state: 'NY' },
      'state-insurance',
      /New York State Department of Financial Services/,
    ],
    [
      { program: 'individual-market', funding: null, state: 'CA' },
      'state-insurance',
      /Department of Managed Health Care/,
    ],
    [
      { program: 'individual-market', funding: null, state: 'WY' },
      'state-insurance',
      /^Wyoming Department of Insurance$/,
    ],
    [
      { program: 'individual-market', funding: null, state: 'PR' },
      'state-insurance',
      /^State Department of Insurance$/,
    ],
    [{ program: 'medicaid-managed-care', funding: null, state: 'OH' }, 'state-medicaid', /Ohio/],
    [{ program: 'medicare-advantage', funding: null, state: 'FL' }, 'medicare', /1-800-MEDICARE/],
    [
      { program: 'medicaid-managed-care', funding: null, state: 'CA' },
      'state-medicaid',
      /Medi-Cal/,
    ],
    [
      { program: 'medicaid-managed-care', funding: null, state: null },
      'state-medicaid',
      /^State Medicaid Agency$/,
    ],
  ] as const)('of %o is %s', (plan, kind, name) => {
    const regulator = regulatorFor(plan);
    expect(regulator.kind).toBe(kind);
    expect(regulator.name).toMatch(name);
  });

  it('heads the complaint, with California’s two regulators both named', () => {
    const { document } = supportLetterTemplates['regulator-complaint'].write(
      buildLetterFacts({ plan: { state: 'CA' } }),
      'en',
    );
    expect(document.to[0]).toBe(
      'California Department of Managed Health Care or California Department of Insurance',
    );
  });

  it('tells the person a complaint does not replace the appeal', () => {
    for (const lang of letterLangs) {
      const { guidance } = supportLetterTemplates['regulator-complaint'].write(
        buildLetterFacts({ plan: { program: 'medicaid-managed-care', state: 'TX' } }),
        lang,
      );
      expect(guidance.steps.join('\n')).toMatch(
        lang === 'es' ? /no reemplaza su apelación/ : /does not take the place of your appeal/,
      );
    }
  });
});
