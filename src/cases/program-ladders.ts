import type { Ladder, LadderLevel } from './appeal-ladder.js';
import type { Program } from './case-terms.js';

/**
 * Each program's appeal ladder, as data. Citations are to the rules in
 * shared/reference/appeal-rules.md (§1–§4).
 */

const internalAppeal: LadderLevel = {
  id: 'internal-appeal',
  name: 'Internal appeal',
  startedBy: 'patient',
  optional: false,
  decidedBy: 'the health plan, with a reviewer who did not make the first decision',
  citation: '29 CFR 2560.503-1(h); 45 CFR 147.136(b)',
};

const externalReview: LadderLevel = {
  id: 'external-review',
  name: 'External review',
  startedBy: 'patient',
  optional: false,
  decidedBy: 'an independent review organization; its decision binds the plan',
  citation: '45 CFR 147.136(c)–(d); 42 U.S.C. 300gg-19(b)',
};

const ladders: Record<Program, Ladder> = {
  'employer-group': {
    program: 'employer-group',
    levels: [
      internalAppeal,
      {
        id: 'second-internal-appeal',
        name: 'Second internal appeal',
        startedBy: 'patient',
        optional: true,
        decidedBy: 'the health plan (only where the plan has two levels)',
        // A group health plan may have at most two internal levels.
        citation: '29 CFR 2560.503-1(c)(2), (i)(2)',
      },
      externalReview,
    ],
  },
  'individual-market': {
    program: 'individual-market',
    // Individual-market issuers may have only one internal level.
    levels: [{ ...internalAppeal, citation: '45 CFR 147.136(b)(3)' }, externalReview],
  },
  'medicare-advantage': {
    program: 'medicare-advantage',
    levels: [
      {
        id: 'reconsideration',
        name: 'Reconsideration (plan appeal)',
        startedBy: 'patient',
        optional: false,
        decidedBy: 'the Medicare Advantage plan',
        citation: '42 CFR 422.578–422.590',
      },
      {
        id: 'independent-review',
        name: 'Independent Review Entity',
        // The plan must forward a denial it upholds, in whole or part, without a request.
        startedBy: 'automatic',
        optional: false,
        decidedBy: 'the Independent Review Entity that contracts with Medicare',
        citation: '42 CFR 422.590(a)(2), (b)(2); 422.592',
      },
      {
        id: 'alj-hearing',
        name: 'Hearing before an Administrative Law Judge',
        startedBy: 'patient',
        optional: false,
        decidedBy: 'an Administrative Law Judge (OMHA); a minimum amount in dispute applies',
        citation: '42 CFR 422.600–422.602',
      },
      {
        id: 'appeals-council',
        name: 'Medicare Appeals Council review',
        startedBy: 'patient',
        optional: false,
        decidedBy: 'the Medicare Appeals Council',
        citation: '42 CFR 422.608',
      },
      {
        id: 'federal-court',
        name: 'Federal district court',
        startedBy: 'patient',
        optional: false,
        decidedBy: 'a federal judge; a minimum amount in dispute applies',
        citation: '42 CFR 422.612',
      },
    ],
  },
  'medicaid-managed-care': {
    program: 'medicaid-managed-care',
    levels: [
      {
        id: 'plan-appeal',
        name: 'Plan appeal',
        startedBy: 'patient',
        optional: false,
        decidedBy: 'the Medicaid managed-care plan (one level only)',
        citation: '42 CFR 438.402(b)–(c)',
      },
      {
        id: 'state-fair-hearing',
        name: 'State fair hearing',
        startedBy: 'patient',
        optional: false,
        decidedBy: 'a state hearing officer',
        citation: '42 CFR 438.408(f)',
      },
    ],
  },
};

export function ladderFor(program: Program): Ladder {
  return ladders[program];
}
