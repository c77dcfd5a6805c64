import type { DenialFields, DenialSignal, DocumentText } from './extraction.js';

export type { DenialSignal };

/**
 * Whether a document is a denial at all, before anyone builds a case on it: a grocery receipt, a
 * recipe, a welcome letter or an EOB that paid everything is not. A denial says no in words
 * ("denied", "not medically necessary", "adverse benefit determination", "we cannot approve")
 * or in codes (a claim adjustment reason other than the ones every paid line carries), and it
 * is about a member's coverage (member ID, claim or authorization number, insurer).
 * Appeal rights alone decide nothing: every EOB prints them, paid or not.
 */

/** Statements that the plan said no. Each is counted once, however often it is printed. */
const denialStatements: readonly (readonly [string, RegExp])[] = [
  ['"denied"', /\b(?:denied|denies|deny|denying|denial)\b/i],
  // Said of the service ("is not covered", "not a covered benefit"), not an EOB's "Not covered"
  // column, which every paid claim prints.
  [
    '"not covered"',
    /\b(?:is|are|was|were|be|been) not (?:a )?covered\b|\b(?:isn|aren|wasn|weren)['’]t (?:a )?covered\b|\bnot a covered (?:benefit|service)|\b(?:is|are) excluded\b/i,
  ],
  ['"not medically necessary"', /not medically necessary|medical necessity criteria/i],
  ['"adverse determination"', /adverse (?:benefit )?determination|adverse decision/i],
  [
    '"cannot approve"',
    /\b(?:unable|not able) to (?:approve|cover|pay)|\b(?:cannot|can['’]t|will not|won['’]t|did not|could not|does not|doesn['’]t) (?:approve|cover|pay)\b/i,
  ],
  [
    '"upheld"',
    /\bupheld\b|\buphold(?:ing)? (?:our|the|its)\b|did not change (?:our|the) decision/i,
  ],
  ['"experimental"', /experimental|investigational/i],
  [
    '"not on the formulary"',
    /non-?formulary|not (?:on|included on|in) (?:the|our|your) (?:plan['’]s )?(?:formulary|drug list|list of covered drugs)|step therapy/i,
  ],
  [
    '"criteria not met"',
    /(?:does|did) not meet (?:the )?(?:[a-z]+ )?criteria|criteria (?:was|were) not met/i,
  ],
  ['"rejected"', /\b(?:rejected|not payable|no payment (?:is|was|will be) made)\b/i],
];

/** What would happen, not what did: "If your claim is denied, you may appeal." */
const hypothetical = /\b(?:if|when|whenever|whether|unless|in case|in the event)\b/i;

/** Adjustment reasons every paid line carries: deductible, coinsurance, copay, contract discount. */
const paidLineCarcs = new Set(['1', '2', '3', '45', '23', '59', '94', '253']);

/** Words of health coverage: a denial is about a plan, a member, a claim or a request. */
const coverageWords =
  /\b(?:health plan|insurance|insurer|member|subscriber|enrollee|claim|prior authori[sz]ation|coverage|benefits?|medicare|medicaid|copay|deductible|provider|formulary|prescription|physician|diagnosis)\b/gi;

function sentencesOf(text: string): string[] {
  return text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/);
}

/** A statement counts when some sentence makes it outside an "if …" clause. */
function statesIt(sentence: string, pattern: RegExp): boolean {
  const m = pattern.exec(sentence);
  return m !== null && !hypothetical.test(sentence.slice(0, m.index));
}

function statementsIn(text: string): string[] {
  const sentences = sentencesOf(text);
  return denialStatements
    .filter(([, pattern]) => sentences.some((s) => statesIt(s, pattern)))
    .map(([name]) => name);
}

/** Member ID, decision number, insurer, codes: what makes a page about someone's coverage. */
function keyFieldsOf(fields: DenialFields): string[] {
  const present: string[] = [];
  if (fields.memberId !== null) present.push('member ID');
  if (fields.claimNumber !== null) present.push('claim or reference number');
  if (fields.insurerName !== null) present.push('insurer');
  if (fields.procedureCodes.length > 0 || fields.diagnosisCodes.length > 0) present.push('codes');
  return present;
}

function isStatement(text: string, fields: DenialFields): boolean {
  return fields.noticeType === 'eob' || /explanation of benefits|benefits statement/i.test(text);
}

export function denialSignal(document: DocumentText, fields: DenialFields): DenialSignal {
  const statements = statementsIn(document.text);
  const denialCarcs = fields.carcCodes.filter((code) => !paidLineCarcs.has(code));
  const keys = keyFieldsOf(fields);
  const coverage = new Set(
    [...document.text.matchAll(coverageWords)].map((m) => m[0].toLowerCase()),
  ).size;
  const about = keys.length > 0 ? `; ${keys.join(', ')} present` : '';

  if (denialCarcs.length > 0) {
    return {
      likely: true,
      confidence: Math.min(0.95, 0.75 + 0.05 * (statements.length + keys.length)),
      reason: `denial reason code${denialCarcs.length > 1 ? 's' : ''} ${denialCarcs.join(', ')}${about}`,
    };
  }
  const context = keys.length + Math.min(coverage, 4) / 2;
  const owes = fields.patientResponsibility ?? 0;
  if (statements.length === 0 && owes > 0 && isStatement(document.text, fields)) {
    // Nothing is marked denied, but the patient is left to pay: what is worth contesting
    // (preventive care billed to the deductible, a surprise bill) is there.
    return {
      likely: true,
      confidence: 0.55,
      reason: `a benefits statement that leaves $${owes.toFixed(2)} for the patient to pay; no line is marked denied${about}`,
    };
  }
  if (statements.length > 0 && (context >= 1.5 || statements.length >= 2)) {
    return {
      likely: true,
      confidence: Math.min(0.95, 0.5 + 0.1 * statements.length + 0.05 * context),
      reason: `says ${statements.join(', ')}${about}`,
    };
  }
  const weak = statements.length > 0 ? ` (only ${statements.join(', ')})` : '';
  return {
    likely: false,
    confidence: Math.min(0.95, 0.6 + 0.1 * Math.max(0, 3 - context) + (weak === '' ? 0.1 : 0)),
    reason:
      context >= 1.5
        ? `about coverage, but states no denial and no denial reason code${weak}`
        : `no words of denial, no denial reason code, and little about health coverage${weak}`,
  };
}
