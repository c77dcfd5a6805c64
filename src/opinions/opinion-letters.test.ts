import { describe, expect, it } from 'vitest';
import type { LetterDocument, LetterGuidance, LetterLang } from '../letters/letter.js';
import { letterLangs } from '../letters/letter.js';
import { fernandezHuertaEase, fleschKincaidGrade } from '../letters/readability.js';
import type { Opinion } from './opinion.js';
import type { OpinionLetterFacts } from './opinion-letter-facts.js';
import {
  missingOpinionFacts,
  opinionLetterFactsOf,
  opinionLetterKinds,
  writeOpinionLetter,
} from './opinion-letter-facts.js';
import type { Coverage, SecondOpinionCase } from './second-opinion.js';

/** A second-opinion case: Ana asks whether she needs knee surgery; a Texas employer PPO pays. */
function buildSecondOpinion(
  overrides: Partial<Omit<SecondOpinionCase, 'coverage'>> & { coverage?: Partial<Coverage> } = {},
): SecondOpinionCase {
  return {
    id: 'so-1',
    ownerId: 'owner-1',
    status: 'open',
    patient: { name: 'Ana Ruiz', dateOfBirth: '1980-04-12' },
    question: 'Do I need a knee replacement?',
    questionKind: 'surgery',
    condition: 'osteoarthritis of the right knee',
    conditionKind: 'chronic',
    goals: ['avoid-surgery'],
    goalsNote: null,
    check: null,
    referral: { status: 'to-ask', appealCaseId: null },
    questions: [],
    version: 1,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
    coverage: {
      insurer: 'Acme Health',
      program: 'employer-group',
      networkType: 'ppo',
      state: 'TX',
      memberId: 'XJH123456789',
      primaryDoctor: 'Dr. Mia Chen',
      ...overrides.coverage,
    },
  };
}

function buildFirstOpinion(overrides: Partial<Opinion> = {}): Opinion {
  return {
    id: 'op-1',
    caseId: 'so-1',
    position: 1,
    doctor: 'Dr. Sam Lee',
    specialty: 'Orthopedic surgery',
    focus: null,
    institution: 'Mercy Bone Clinic',
    sameGroupAsFirst: false,
    referredByFirst: false,
    date: '2026-10-15',
    diagnosis: 'Severe osteoarthritis',
    diagnosisCode: 'M17.11',
    treatment: 'Total knee replacement',
    alternatives: null,
    risksAndBenefits: null,
    urgency: 'soon',
    reasoning: null,
    testsOrdered: null,
    ratings: { listened: null, explained: null, consideredValues: null, confidence: null },
    diagnosisMatchesFirst: null,
    treatmentMatchesFirst: null,
    notes: null,
    createdAt: '2026-10-15T10:00:00.000Z',
    updatedAt: '2026-10-15T10:00:00.000Z',
    ...overrides,
  };
}

const factsFor = (
  coverage: Partial<Coverage> = {},
  options: Partial<Parameters<typeof opinionLetterFactsOf>[2]> = {},
  first: Opinion | null = buildFirstOpinion(),
) =>
  opinionLetterFactsOf(buildSecondOpinion({ coverage }), first, {
    today: '2026-11-27',
    sender: { addressLines: ['12 Elm Street', 'Austin, TX 78701'], email: 'ana@example.com' },
    ...options,
  });

const programs: readonly [string, Partial<Coverage>][] = [
  ['a California HMO', { program: 'employer-group', networkType: 'hmo', state: 'CA' }],
  ['a Missouri HMO', { program: 'individual-market', networkType: 'hmo', state: 'MO' }],
  ['Medicare Advantage', { program: 'medicare-advantage', networkType: 'hmo', state: 'FL' }],
  ['an employer PPO', { program: 'employer-group', networkType: 'ppo', state: 'TX' }],
  [
    'Original Medicare',
    { program: 'original-medicare', networkType: null, insurer: null, state: 'AZ' },
  ],
];

/** Every string of the letter, whatever part it sits in. */
const everyText = (document: LetterDocument) => Object.values(document).flat(2).join('\n');

/** Every rule cited in a text: CFR sections with their paragraphs, and state code sections. */
const citedIn = (text: string) =>
  [
    ...text.matchAll(
      /\d+ CFR [\d.-]*\d(?:\([a-z0-9]+\))*|(?:Health and Safety|Insurance) Code §[\d.]*\d/g,
    ),
  ].map((match) => match[0]);

/** Words that would promise an outcome, in either language (as the appeal letters' test). */
const promise =
  /guarantee|garantiz|will (surely|certainly|definitely)|(will|shall) be (approved|overturned|reversed|paid|covered)|you will win|ganará|será aprobad|será cubiert|sin duda/i;

const guidanceText = (guidance: LetterGuidance) =>
  [...guidance.steps, guidance.notLegalAdvice].join('\n');

const grid = opinionLetterKinds.flatMap((kind) =>
  letterLangs.flatMap((lang) =>
    programs.map(([name, coverage]) => [kind, lang, name, coverage] as const),
  ),
);

describe.each(grid)('the %s letter in %s for %s', (kind, lang, _name, coverage) => {
  const facts = factsFor(coverage);
  const { document, guidance } = writeOpinionLetter(kind, facts, lang);
  const body = document.body.join('\n');

  it('is of its kind and language, as is its guidance', () => {
    expect(document.kind).toBe(kind);
    expect(document.lang).toBe(lang);
    expect(guidance.lang).toBe(lang);
    expect(guidance.steps.length).toBeGreaterThan(3);
  });

  it('cites in the body every rule it lists, and lists every rule the body cites', () => {
    for (const citation of document.citations) expect(body).toContain(citation);
    for (const cited of citedIn(body)) expect(document.citations).toContain(cited);
  });

  it('promises no outcome, and says it is not legal advice', () => {
    expect([everyText(document), guidanceText(guidance)].join('\n')).not.toMatch(promise);
    expect(guidance.notLegalAdvice).toMatch(
      lang === 'es' ? /no es asesoría legal/ : /not legal advice/,
    );
  });

  it('names the patient, the question and the first doctor', () => {
    expect(new Map(document.reference).get(lang === 'es' ? 'Paciente' : 'Patient')).toBe(
      'Ana Ruiz',
    );
    expect(body).toContain('Do I need a knee replacement?');
    expect(everyText(document)).toContain('Dr. Sam Lee');
  });

  it('gives guidance at about an 8th-grade level', () => {
    const text = guidanceText(guidance);
    if (lang === 'en') expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(9);
    else expect(fernandezHuertaEase(text)).toBeGreaterThanOrEqual(60);
  });

  it('needs nothing more when the case is complete', () => {
    // Original Medicare has no insurer or plan member ID for a referral: no referral is needed.
    const expected =
      kind === 'second-opinion-referral-request' && coverage.program === 'original-medicare'
        ? ['coverage.insurer']
        : [];
    expect(missingOpinionFacts(kind, facts).map((fact) => fact.path)).toEqual(expected);
  });
});

describe('the referral request', () => {
  const write = (
    coverage: Partial<Coverage>,
    lang: LetterLang = 'en',
    options: Partial<Parameters<typeof opinionLetterFactsOf>[2]> = {},
  ) => writeOpinionLetter('second-opinion-referral-request', factsFor(coverage, options), lang);

  it('asks the plan to approve a second opinion with a qualified specialist, in network or at in-network cost', () => {
    const { document } = write({});
    expect(document.to).toEqual([
      'Acme Health',
      'Member Services / Utilization Management',
      'Address: ______________________________',
    ]);
    expect(document.body[0]).toMatch(/^Please approve a second opinion for me on this question/);
    expect(document.body[0]).toMatch(/a qualified specialist in your network/);
    expect(document.body[0]).toMatch(/out of network at in-network cost sharing/);
  });

  it('names the first doctor, their institution and what they found', () => {
    const { document } = write({});
    expect(document.body[1]).toBe(
      'My first doctor, Dr. Sam Lee at Mercy Bone Clinic, found “Severe osteoarthritis” and advised “Total knee replacement”. The condition is “osteoarthritis of the right knee”. Before deciding, I want the view of another qualified doctor.',
    );
  });

  it('asks for a written answer and says a refusal will be appealed', () => {
    const last = write({}).document.body.at(-1) ?? '';
    expect(last).toMatch(/Please answer in writing/);
    expect(last).toMatch(/If you say no, .* I will then appeal that decision/);
    expect(write({}, 'es').document.body.at(-1)).toMatch(/apelaré esa decisión/);
  });

  it('asks for the specialist the person names', () => {
    const { document } = write({}, 'en', { specialist: '  Dr. Kim Rao ' });
    expect(document.body[0]).toMatch(/I ask to see Dr\. Kim Rao, in your network,/);
    expect(document.body[0]).not.toMatch(/a qualified specialist/);
  });

  it('asks the primary doctor to refer, when written to them', () => {
    const { document, guidance } = write({ networkType: 'hmo' }, 'en', { to: 'primary-doctor' });
    expect(document.to[0]).toBe('Dr. Mia Chen');
    expect(document.salutation).toBe('Dear Dr. Mia Chen:');
    expect(document.body[0]).toMatch(/^Please refer me to a qualified specialist/);
    expect(guidance.steps.join('\n')).toMatch(/primary doctor’s office/);
  });

  it('goes to the lines the person gives, and asks the primary doctor when they name them', () => {
    const lines = ['Dr. Mia Chen', 'Oak Family Practice', '9 Oak Ave, Austin, TX'];
    const { document } = write({}, 'en', { recipient: [...lines, '  '] });
    expect(document.to).toEqual(lines);
    expect(document.body[0]).toMatch(/^Please refer me/);
    const toPlan = write({}, 'en', { recipient: ['Acme Health', 'PO Box 9'] }).document;
    expect(toPlan.to).toEqual(['Acme Health', 'PO Box 9']);
    expect(toPlan.body[0]).toMatch(/^Please approve/);
  });

  it('states California’s second-opinion law for a California plan, in both languages', () => {
    for (const lang of letterLangs) {
      const { document } = write({ state: 'CA', networkType: 'hmo' }, lang);
      expect(document.citations).toEqual([
        'Health and Safety Code §1383.15',
        'Insurance Code §10123.68',
        '45 CFR 147.138(a)',
      ]);
    }
  });

  it('states Missouri’s law without its unconfirmed section number, and says to check the plan’s policy', () => {
    const { document, guidance } = write({ state: 'MO', networkType: 'hmo' });
    expect(document.body.join('\n')).toMatch(/Missouri law requires HMOs/);
    expect(everyText(document)).not.toMatch(/354\.612|RSMo/);
    expect(guidance.steps.join('\n')).toMatch(/could not confirm its section number/);
    expect(guidance.steps.join('\n')).toMatch(/second-opinion policy/);
  });

  it('leaves Missouri’s HMO law out of a PPO’s letter', () => {
    expect(write({ state: 'MO', networkType: 'ppo' }).document.body.join('\n')).not.toMatch(
      /Missouri/,
    );
  });

  it('states the Medicare Advantage rules on specialty care and out-of-network care', () => {
    expect(write({ program: 'medicare-advantage', networkType: 'ppo' }).document.citations).toEqual(
      ['42 CFR 422.112(a)(3)', '42 CFR 422.112(a)(1)(iii)'],
    );
  });

  it('claims no federal second-opinion right for a job-based plan: it asks on medical need and the plan’s policy', () => {
    const { document, guidance } = write({ networkType: 'ppo', state: 'TX' });
    expect(document.citations).toEqual([]);
    expect(document.body.join('\n')).toMatch(/medically needed: surgery is a major step/);
    expect(document.body.join('\n')).toMatch(/second-opinion policy and send me a copy/);
    expect(guidance.steps.join('\n')).toMatch(/No federal law makes your plan pay/);
  });

  it('cites the choice of primary care provider only for a plan that uses one', () => {
    expect(write({ networkType: 'hmo' }).document.citations).toEqual(['45 CFR 147.138(a)']);
    expect(write({ networkType: 'epo' }).document.citations).toEqual([]);
  });

  it('tells an Original Medicare patient that no referral is needed and Part B covers it', () => {
    const { document, guidance } = write({ program: 'original-medicare', networkType: null });
    expect(document.kind).toBe('second-opinion-referral-request');
    expect(guidance.steps[0]).toMatch(/does not need a referral/);
    expect(guidance.steps[0]).toMatch(/Part B helps pay/);
    expect(guidance.steps[0]).toMatch(/third opinion/);
    expect(write({ program: 'original-medicare' }, 'es').guidance.steps[0]).toMatch(
      /no pide remisión/,
    );
  });

  it('writes for the patient when someone else signs', () => {
    const { document } = write({}, 'en', { sender: { name: 'Luis Ruiz', relationship: 'son' } });
    expect(document.body[0]).toMatch(/a second opinion for Ana Ruiz/);
    expect(document.body[1]).toMatch(/as the son of Ana Ruiz/);
    expect(document.body[2]).toMatch(/^Ana Ruiz’s first doctor/);
    expect(document.signature).toEqual(['Luis Ruiz', 'son of Ana Ruiz']);
  });

  it('asks without naming a first doctor when there is none yet', () => {
    const facts = factsFor({}, {}, null);
    const { document } = writeOpinionLetter('second-opinion-referral-request', facts, 'en');
    expect(document.body[1]).toBe(
      'Before deciding, I want the view of another qualified doctor. The condition is “osteoarthritis of the right knee”.',
    );
  });
});

describe('the records request for a second opinion', () => {
  const write = (
    lang: LetterLang = 'en',
    options: Partial<Parameters<typeof opinionLetterFactsOf>[2]> = {},
  ) => writeOpinionLetter('records-request', factsFor({}, options), lang);

  it('goes to the first doctor’s office under the HIPAA right of access, within 30 days', () => {
    const { document } = write();
    expect(document.to[0]).toBe('Mercy Bone Clinic');
    expect(document.body[0]).toMatch(/^Under my HIPAA right of access \(45 CFR 164\.524\)/);
    expect(document.body.join('\n')).toMatch(/30 days from receiving this request/);
    expect(document.citations).toEqual([
      '45 CFR 164.524',
      '45 CFR 164.524(b)(2)',
      '45 CFR 164.524(c)(2)',
      '45 CFR 164.524(c)(4)',
      '45 CFR 164.524(c)(3)(ii)',
    ]);
  });

  it('asks for what a second doctor needs: the images themselves, pathology, treatment and medicines', () => {
    const body = write().document.body.join('\n');
    expect(body).toMatch(/the condition “osteoarthritis of the right knee”/);
    expect(body).toMatch(/images themselves on a disc/);
    expect(body).toMatch(/pathology reports/);
    expect(body).toMatch(/treatment history/);
    expect(body).toMatch(/medication list/);
    expect(body).toMatch(/for a second opinion on this question: “Do I need a knee replacement\?”/);
  });

  it('may send a copy straight to the second doctor, named in the signed request', () => {
    const body = write('en', { specialist: 'Dr. Kim Rao' }).document.body.join('\n');
    expect(body).toMatch(
      /send a copy directly to the doctor who will give the second opinion: Dr\. Kim Rao/,
    );
    expect(write('es').document.body.join('\n')).toMatch(/directamente al médico que dará/);
  });

  it('goes to the lines the person gives instead of the first doctor’s office', () => {
    expect(write('en', { recipient: ['Records, Mercy Hospital'] }).document.to).toEqual([
      'Records, Mercy Hospital',
    ]);
  });
});

describe('what a second-opinion letter needs', () => {
  const bareCase = buildSecondOpinion({
    patient: { name: '', dateOfBirth: null },
    coverage: { insurer: null, memberId: null, primaryDoctor: null },
  });
  const bare = (options: Partial<Parameters<typeof opinionLetterFactsOf>[2]> = {}) =>
    opinionLetterFactsOf(bareCase, null, { today: '2026-11-27', ...options });

  it('names the patient, the insurer and the member ID for the referral request', () => {
    expect(missingOpinionFacts('second-opinion-referral-request', bare())).toEqual([
      { path: 'patient.name', label: 'patient’s name' },
      { path: 'coverage.insurer', label: 'insurer' },
      { path: 'coverage.memberId', label: 'member ID' },
    ]);
  });

  it('names the primary doctor when the request goes to them and no address is given', () => {
    const paths = (facts: OpinionLetterFacts) =>
      missingOpinionFacts('second-opinion-referral-request', facts).map((fact) => fact.path);
    expect(paths(bare({ to: 'primary-doctor' }))).toContain('coverage.primaryDoctor');
    expect(paths(bare({ to: 'primary-doctor', recipient: ['Dr. Chen'] }))).not.toContain(
      'coverage.primaryDoctor',
    );
  });

  it('names the first doctor’s office for the records request, unless the person gives an address', () => {
    expect(missingOpinionFacts('records-request', bare()).map((fact) => fact.path)).toEqual([
      'patient.name',
      'firstOpinion.institution',
    ]);
    expect(
      missingOpinionFacts('records-request', bare({ recipient: ['Mercy Clinic'] })).map(
        (fact) => fact.path,
      ),
    ).toEqual(['patient.name']);
  });
});

describe('the facts of a second-opinion letter', () => {
  it('has the patient sign unless someone else does, with blanks dropped', () => {
    const facts = opinionLetterFactsOf(buildSecondOpinion(), null, {
      today: '2026-11-27',
      sender: { name: ' ', addressLines: [' 12 Elm Street ', ''], phone: '' },
      specialist: '  ',
    });
    expect(facts.sender).toEqual({
      name: 'Ana Ruiz',
      relationship: null,
      addressLines: ['12 Elm Street'],
      phone: null,
      email: null,
    });
    expect(facts.specialist).toBeNull();
    expect(facts.addressee).toBe('plan');
    expect(facts.firstOpinion).toEqual({
      doctor: null,
      institution: null,
      diagnosis: null,
      treatment: null,
    });
  });
});

describe.each(opinionLetterKinds)('the %s letter with hostile names', (kind) => {
  it.each(letterLangs)('prints them as typed (%s)', (lang) => {
    const name = '<script>alert(1)</script> مريم 🌷';
    const facts = opinionLetterFactsOf(
      buildSecondOpinion({
        patient: { name, dateOfBirth: null },
        question: '¿<b>Surgery</b> & “more”?',
      }),
      buildFirstOpinion({ doctor: 'Dr. <i>Ortiz</i> ‏مريم‏', institution: 'A&B <Clinic>' }),
      { today: '2026-11-27', specialist: 'Dr. "Rao" & co' },
    );
    const { document } = writeOpinionLetter(kind, facts, lang);
    const text = everyText(document);
    expect(new Map(document.reference).get(lang === 'es' ? 'Paciente' : 'Patient')).toBe(name);
    expect(text).toContain(name);
    expect(text).toContain('Dr. <i>Ortiz</i> ‏مريم‏');
    expect(text).toContain('<b>Surgery</b> & “more”');
    expect(text).toContain('Dr. "Rao" & co');
    expect(text).not.toMatch(/&lt;|&gt;|&amp;/);
  });
});

describe('the referral request to the primary doctor, in Spanish', () => {
  it('asks the doctor to refer the patient, in the usted form', () => {
    const facts = factsFor({ networkType: 'hmo' }, { to: 'primary-doctor' });
    const { document } = writeOpinionLetter('second-opinion-referral-request', facts, 'es');
    expect(document.body[0]).toMatch(
      /^Le pido que me remita a un especialista calificado para una segunda opinión/,
    );
    expect(document.body[0]).toMatch(/Por favor pida a Acme Health que la cubra/);
  });
});
