import type { NoticeType, Program } from '../cases/case-terms.js';

/**
 * What kind of notice this is, and which body of law governs the plan. A program is named only
 * when the notice makes it clear (README: "a bare group number is not enough").
 */

export interface Classified<T> {
  readonly value: T;
  readonly evidence: string | null;
  readonly confidence: number;
}

const eobPattern =
  /explanation of benefits|\bEOB\b|claim statement|(?:medical |health )?benefits statement|this is not a bill[^.]{0,40}explains how we processed/i;
const appealDecisionPattern =
  /^[ \t]*(?:re:\s*)?(?:notice of )?(?:(?:final|internal|(?:first|second|third|1st|2nd|3rd)[- ]level) )?(?:appeal|grievance|reconsideration) (?:determination|decision|resolution)\b(?!\s+letter)|notice of (?:appeal|reconsideration|grievance) (?:decision|resolution|determination)|reconsideration decision|(?:decision|denial|determination) (?:is |was )?upheld|upheld (?:our|the) (?:original |initial )?(?:decision|denial|determination)|did not change our decision|denial stands|(?<![Ii1l]f )your appeal (?:was|is|has been) denied|completes the internal appeal|final (?:internal )?(?:adverse|appeal)|(?:service|request|claim|denial|decision)\b[^.]{0,40}\bremains (?:denied|in effect|unchanged)|(?:decision|denial) (?:is|was|has been) (?:affirmed|sustained|maintained)|(?:maintain|affirm)(?:ing|ed)? (?:our|the) (?:original |initial |prior )?(?:decision|denial)|(?<!\b(?:[Ii]f|[Ww]hen|[Uu]nless) we )uphold(?:ing)? (?:our|the) (?:original |initial |prior )?(?:decision|denial)/im;
const priorAuthPattern =
  /prior authori[sz]ation|pre-?authori[sz]ation|precertification|pre-?service|request(?:ed)? (?:for )?(?:coverage|approval)|coverage determination|service requested|requested (?:service|date of service)|before (?:you (?:get|receive)|it happens)|we cannot approve|request (?:was|has been|is) denied|denied (?:the|your|this) request|(?:reviewed|received|got) (?:the |a )?request from|notice of denial of medical coverage|requesting (?:physician|provider|practitioner)|(?:got|received) the request|(?:received|reviewed) (?:a |your |the )?request (?:for|to cover)(?! (?:payment|reimbursement))/i;

export function classifyNoticeType(text: string): Classified<NoticeType> {
  const head = text.slice(0, 2500);
  const appeal = appealDecisionPattern.exec(text.slice(0, 4000));
  if (appeal)
    return { value: 'final-internal-appeal-denial', evidence: appeal[0], confidence: 0.8 };
  const eob = eobPattern.exec(text.slice(0, 800));
  if (eob) return { value: 'eob', evidence: eob[0], confidence: 0.85 };
  const prior = priorAuthPattern.exec(head);
  if (prior && !isClaimDeniedForMissingAuthorization(head))
    return { value: 'prior-authorization-denial', evidence: prior[0], confidence: 0.7 };
  return { value: 'claim-denial', evidence: null, confidence: 0.5 };
}

/** Words of a claim: care already given and billed. */
const claimPattern =
  /\byour claim\b|\bclaim (?:number|no\.?|#|id)\b|\b(?:amount|total) (?:billed|charged)\b|\bbilled (?:amount|charges)\b|\btotal charges\b/i;
/** Approval named as what was missing: the reason a claim was refused, not a request decided. */
const authorizationMissingPattern =
  /(?:\bno|without|not (?:obtain|get|request|receiv)\w*|missing|lack of|absence of|no record of)\s+(?:a |an |the |required |valid )*(?:prior |pre-?)?authori[sz]ation|(?:prior |pre-?)authori[sz]ation (?:was |is |had )?(?:not|never) (?:been )?(?:obtained|on file|requested|received|approved)/i;

/**
 * A claim refused because approval was not obtained (CARC 197, 15) talks about prior authorization
 * too, yet it is a claim denial: the care was given and billed. Only when the notice speaks of a
 * claim and names the approval as missing, and does not say it decided a request.
 */
function isClaimDeniedForMissingAuthorization(head: string): boolean {
  return (
    claimPattern.test(head) &&
    authorizationMissingPattern.test(head) &&
    !/\b(?:your|the|this) request\b|requested (?:service|date)|service requested/i.test(head)
  );
}

const programRules: readonly { readonly program: Program; readonly pattern: RegExp }[] = [
  {
    program: 'medicare-advantage',
    pattern:
      /medicare advantage|medicare health plan|independent review entity|1-800-MEDICARE|\bMedicare\b[^.]{0,80}\b(?:plan|HMO|PPO)\b/i,
  },
  {
    program: 'medicaid-managed-care',
    // States name their Medicaid programs: these are the names printed on such notices.
    pattern:
      /medicaid|medical assistance|state fair hearing|\bCHIP\b|Medi-Cal|MassHealth|TennCare|SoonerCare|BadgerCare|\bAHCCCS\b|KanCare|NJ FamilyCare|HUSKY Health|Healthy Louisiana|Apple Health/i,
  },
  {
    program: 'employer-group',
    pattern:
      /\bERISA\b|employee retirement income security act|your employer|employer[- ]sponsored|\bemployer(?:['’]s)? (?:group |health |benefit )?plan\b|group health plan|section 502\(a\)|employee health plan|self-(?:funded|insured) (?:group |employer )?(?:health )?plan|plan sponsor/i,
  },
  {
    program: 'individual-market',
    pattern:
      /health insurance\W{1,3}marketplac|healthcare\.gov|(?:bought|purchased|enrolled)\b[^.]{0,40}\bthrough (?:the )?marketplace|individual (?:and family )?(?:health )?(?:plan|policy|market)|covered california|state[- ]based (?:exchange|marketplace)|NY State of Health|Connect for Health Colorado|Washington Healthplanfinder|MNsure|Access Health CT|Maryland Health Connection|Get Covered New Jersey|Pennie\b|Health Connector/i,
  },
];

export function classifyProgram(text: string): Classified<Program | null> {
  for (const rule of programRules) {
    const m = rule.pattern.exec(text);
    if (m) return { value: rule.program, evidence: m[0], confidence: 0.8 };
  }
  return { value: null, evidence: null, confidence: 0.5 };
}
