import type { DenialCategory, NoticeType, Program } from '../cases/case-terms.js';
import {
  categoryExplanations,
  externalReviewStep,
  unknownCategoryExplanation,
  type CategoryExplanation,
} from './category-explanations.js';
import {
  carcExplanation,
  rarcExplanation,
  type CodeExplanation,
  type WhoActs,
} from './code-explanations.js';
import type { DenialFields } from './extraction.js';
import { carcCodeSet, rarcCodeSet } from './x12-codes.js';

/**
 * A plain-language explanation of a denial and its codes: what it means, what the plan seems
 * to want, and how people usually answer it. General guidance that promises no outcome.
 */

export type DenialExplanationInput = Pick<
  DenialFields,
  'denialCategory' | 'carcCodes' | 'rarcCodes' | 'noticeType' | 'program'
>;

/** The letters before a CARC on a remittance or EOB ("CO-45"): who the plan says bears the amount. */
export type GroupCode = 'CO' | 'PR' | 'OA' | 'PI' | 'CR';

export interface ExplainedCode {
  /** The code as X12 lists it: no group letters, no leading zeros ("CO-050" → "50"). */
  readonly code: string;
  readonly kind: 'carc' | 'rarc';
  /** The group letters people typed or the notice printed with a CARC, if any. */
  readonly group: GroupCode | null;
  readonly groupMeaning: string | null;
  /** Whether X12 lists the code (current or retired). */
  readonly listed: boolean;
  /** Whether Overturn has its own plain explanation of the code. */
  readonly known: boolean;
  readonly meaning: string;
  readonly planWants: string | null;
  readonly howToAnswer: string | null;
  readonly whoActs: WhoActs | null;
  readonly category: DenialCategory | null;
}

export interface DenialExplanation {
  readonly summary: string;
  readonly planWants: string;
  readonly howToAnswer: readonly string[];
  readonly codes: readonly ExplainedCode[];
  readonly notLegalAdvice: string;
}

export const notLegalAdvice =
  'This is general information, not legal advice, and it cannot promise how the plan will decide.';

const groupMeanings = {
  CO: 'CO (contractual obligation): under its contract with the plan, the provider usually must absorb this amount, not you.',
  PR: 'PR (patient responsibility): the plan says you may owe this amount.',
  OA: 'OA (other adjustment): the plan made a change it does not count as your share or as part of the provider’s contract.',
  PI: 'PI (payer-initiated reduction): the plan lowered the payment and does not count it as your share.',
  CR: 'CR (correction or reversal): the plan changed a claim it processed before.',
} as const satisfies Record<GroupCode, string>;

const noticeLeads = {
  'claim-denial': 'The plan refused to pay for care you already got.',
  'prior-authorization-denial': 'The plan refused to approve care before you get it.',
  'final-internal-appeal-denial': 'The plan said no again after your appeal.',
  eob: 'Your explanation of benefits shows care the plan did not pay in full.',
} as const satisfies Record<NoticeType, string>;

// Urgent (expedited) appeals: 29 CFR 2560.503-1(i)(2)(i) (job-based plans); 45 CFR 147.136(b)(3)
// (individual market); 42 CFR 422.584 (Medicare Advantage); 42 CFR 438.410 (Medicaid managed care).
const expeditedStep =
  'If waiting the usual time could seriously harm your health, ask for a fast (expedited) appeal, and ask your doctor to say so in writing.';

/** The next level after the plan turns down the internal appeal, by program. */
function nextLevelStep(program: Program | null): string {
  switch (program) {
    case 'medicare-advantage':
      // 42 CFR 422.590(a)(2), 422.592: an upheld denial of medical care goes to the independent
      // review entity automatically (Part D drug appeals follow a different path).
      return 'For medical care, the plan must send the case to an independent reviewer on its own. Ask the plan to confirm it did, and watch for a letter from the reviewer.';
    case 'medicaid-managed-care':
      // 42 CFR 438.408(f): a state fair hearing after the plan's appeal decision.
      return 'Ask for a state fair hearing. Your plan or your state Medicaid office can tell you how; note the deadline on the notice.';
    case 'employer-group':
    case 'individual-market':
    case null:
      // 45 CFR 147.136(c)-(d); 29 CFR 2590.715-2719: external review (plans that are not grandfathered).
      return 'Ask for an outside (external) review by an independent reviewer. Most plans must offer one; the notice should say how and by when.';
  }
}

/** The category's steps, adjusted for where the person is on the appeal ladder. */
function steps(
  category: CategoryExplanation,
  noticeType: NoticeType | null,
  program: Program | null,
): string[] {
  switch (noticeType) {
    case 'prior-authorization-denial':
      return [expeditedStep, ...category.howToAnswer];
    case 'final-internal-appeal-denial':
      // The internal appeal is already lost: the program's next level replaces the generic step.
      return [
        ...category.howToAnswer.filter((step) => step !== externalReviewStep),
        nextLevelStep(program),
      ];
    case 'claim-denial':
    case 'eob':
    case null:
      return [...category.howToAnswer];
  }
}

function isGroupCode(text: string): text is GroupCode {
  return Object.hasOwn(groupMeanings, text);
}

const groupPrefix = /^(CO|PR|OA|PI|CR)[\s-]*(?=[A-Z]?\d)/;

/** "co-050" → { code: '50', group: 'CO' }; "n130" → { code: 'N130', group: null }. */
export function normalizeCode(raw: string): { code: string; group: GroupCode | null } {
  let text = raw
    .trim()
    .toUpperCase()
    .replace(/^(?:CARC|RARC)[\s:#-]*/, '');
  let group: GroupCode | null = null;
  const prefix = groupPrefix.exec(text);
  const letters = prefix?.[1];
  if (prefix && letters !== undefined && isGroupCode(letters)) {
    group = letters;
    text = text.slice(prefix[0].length);
  }
  const code = /^\d+$/.test(text) ? String(Number(text)) : text.replace(/\s+/g, '');
  return { code, group };
}

function explainCode(raw: string, listedAs: 'carc' | 'rarc'): ExplainedCode | null {
  const { code, group } = normalizeCode(raw);
  if (code === '') return null;
  // A code typed into the wrong list is still explained as what it is.
  const kind: 'carc' | 'rarc' = carcCodeSet.has(code)
    ? 'carc'
    : rarcCodeSet.has(code)
      ? 'rarc'
      : listedAs;
  const listed = kind === 'carc' ? carcCodeSet.has(code) : rarcCodeSet.has(code);
  const explanation: CodeExplanation | undefined =
    kind === 'carc' ? carcExplanation(code) : rarcExplanation(code);
  const groupFields = {
    group,
    groupMeaning: group === null ? null : groupMeanings[group],
  };
  if (explanation) {
    return {
      code,
      kind,
      ...groupFields,
      listed,
      known: true,
      meaning: explanation.meaning,
      planWants: explanation.planWants,
      howToAnswer: explanation.howToAnswer,
      whoActs: explanation.whoActs,
      category: explanation.category ?? null,
    };
  }
  const meaning = listed
    ? `We do not have a plain explanation for code ${code} yet. Ask the plan or the provider’s billing office what it means for this claim; the full list is at x12.org/codes.`
    : `${code} is not on X12’s published code lists. It may be the plan’s own internal code, or it may have been misread, so check it on the notice and ask the plan what it means.`;
  return {
    code,
    kind,
    ...groupFields,
    listed,
    known: false,
    meaning,
    planWants: null,
    howToAnswer: null,
    whoActs: null,
    category: null,
  };
}

function explainCodes(fields: DenialExplanationInput): ExplainedCode[] {
  const seen = new Set<string>();
  const codes: ExplainedCode[] = [];
  const listed = [
    ...fields.carcCodes.map((raw) => ({ raw, listedAs: 'carc' as const })),
    ...fields.rarcCodes.map((raw) => ({ raw, listedAs: 'rarc' as const })),
  ];
  for (const { raw, listedAs } of listed) {
    const explained = explainCode(raw, listedAs);
    if (!explained || seen.has(`${explained.kind}:${explained.code}`)) continue;
    seen.add(`${explained.kind}:${explained.code}`);
    codes.push(explained);
  }
  return codes;
}

/** The plain-language text for a denial category; `null` when the reason is not known. */
export function categoryExplanation(category: DenialCategory | null): CategoryExplanation {
  return category === null ? unknownCategoryExplanation : categoryExplanations[category];
}

export function explainDenial(fields: DenialExplanationInput): DenialExplanation {
  const category = categoryExplanation(fields.denialCategory);
  const lead = fields.noticeType === null ? null : noticeLeads[fields.noticeType];
  return {
    summary: lead === null ? category.meaning : `${lead} ${category.meaning}`,
    planWants: category.planWants,
    howToAnswer: steps(category, fields.noticeType, fields.program),
    codes: explainCodes(fields),
    notLegalAdvice,
  };
}
