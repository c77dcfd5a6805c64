import type { Program } from '../cases/case-terms.js';
import type { DeadlineRule, Limit, RuleScope } from './deadline-rule.js';

/**
 * The federal rules: the floor every plan must meet. Each row is read from
 * shared/reference/appeal-rules.md (the section is in `source`); a state may give more time,
 * never less.
 */

const acaPrograms: readonly Program[] = ['employer-group', 'individual-market'];

/** The same row for job-based and individual plans, which share the ERISA/ACA claims rules. */
function forAcaPlans(
  scope: Omit<RuleScope, 'program'>,
  rule: Omit<DeadlineRule, 'scope'>,
): DeadlineRule[] {
  return acaPrograms.map((program) => ({ ...rule, scope: { ...scope, program } }));
}

export const deemedExhausted =
  'If the plan misses this date, your appeal may count as "deemed exhausted": you can go straight to external review (45 CFR 147.136(b)(2)(ii)(F)).';

/** The plan's time to decide an internal appeal, by urgency (29 CFR 2560.503-1(i)(2)). */
const acaDecides = (
  urgency: RuleScope['urgency'],
  rule: Pick<DeadlineRule, 'limit' | 'citation' | 'note'> &
    Partial<Pick<DeadlineRule, 'action' | 'source'>>,
) =>
  forAcaPlans(
    { notice: 'initial-denial', urgency },
    {
      id: 'plan-decides-internal-appeal',
      who: 'plan',
      action: 'The plan must decide your appeal',
      countsFrom: 'appeal-filed',
      confidence: 'high',
      source: 'appeal-rules.md §1 (CCIIO deck slide 12)',
      ...rule,
    },
  );

/**
 * Federal external review: 4 calendar months; with no matching day, the 1st of the next month; a
 * last day on a weekend or federal holiday moves to the next business day (45 CFR 147.136(d)(2)(i)).
 */
export const federalReviewWindow: Limit = {
  unit: 'months',
  count: 4,
  whenNoSuchDay: 'first-of-next-month',
  rollToBusinessDay: true,
};

const erisaAca: DeadlineRule[] = [
  ...forAcaPlans(
    { notice: 'initial-denial' },
    {
      id: 'file-internal-appeal',
      who: 'patient',
      action: 'Send your appeal to the plan',
      limit: { unit: 'days', count: 180 },
      countsFrom: 'notice-received',
      citation: '29 CFR 2560.503-1(h)(3)(i); 45 CFR 147.136(b)(2)(i), (b)(3)(i)',
      confidence: 'high',
      source: 'appeal-rules.md §1 (CCIIO deck slide 11; regulation text)',
      note: 'This date is not moved off a weekend or holiday, so send it early. Your plan may give you more time: check your notice. If the care is urgent, you can ask by phone for a fast (expedited) appeal and ask for an expedited external review at the same time (45 CFR 147.136(d)(3)).',
    },
  ),
  ...acaDecides(['pre-service'], {
    limit: { unit: 'days', count: 30 },
    citation: '29 CFR 2560.503-1(i)(2)(ii)',
    note: `If your plan has two appeal levels, it has 15 days for each. ${deemedExhausted}`,
  }),
  ...acaDecides(['post-service'], {
    limit: { unit: 'days', count: 60 },
    citation: '29 CFR 2560.503-1(i)(2)(iii)',
    note: `If your plan has two appeal levels, it has 30 days for each. ${deemedExhausted}`,
  }),
  ...acaDecides(['concurrent'], {
    action: 'The plan must decide your appeal before it cuts your ongoing care',
    limit: { unit: 'days', count: 30 },
    citation: '29 CFR 2560.503-1(f)(2)(ii)(A), (i)(2)(ii); 42 U.S.C. 300gg-19(a)(1)(C)',
    source: 'appeal-rules.md §1 (concurrent care rows)',
    note: `The plan must keep covering the care while the appeal is pending. If the care is urgent, the plan has 72 hours. ${deemedExhausted}`,
  }),
  ...acaDecides(['urgent'], {
    action: 'The plan must decide your urgent appeal',
    limit: { unit: 'hours', count: 72 },
    citation: '29 CFR 2560.503-1(i)(2)(i)',
    note: deemedExhausted,
  }),
  ...forAcaPlans(
    { notice: 'final-internal-denial' },
    {
      id: 'file-external-review',
      who: 'patient',
      action: 'Ask for an independent external review',
      limit: federalReviewWindow,
      countsFrom: 'notice-received',
      citation: '45 CFR 147.136(c)(2), (d)(2)(i); 29 CFR 2590.715-2719(d)(2)(i)',
      confidence: 'medium',
      source:
        'appeal-rules.md §2a–2b (4 months: high; counting a month with no matching day and rolling past weekends and holidays: medium)',
      note: 'Every state process must also allow at least 4 months. The review is free in the federal process, and its decision binds the plan.',
    },
  ),
  {
    id: 'file-external-review',
    scope: { program: 'employer-group', notice: 'final-internal-denial', funding: 'self-funded' },
    who: 'patient',
    action: 'Ask for an independent external review (federal process)',
    limit: federalReviewWindow,
    countsFrom: 'notice-received',
    citation: '45 CFR 147.136(d)(2)(i); 29 CFR 2590.715-2719(d)(2)(i)',
    confidence: 'medium',
    source: 'appeal-rules.md §2a, §2c (self-funded plans use the federal process)',
    note: 'Your employer pays the claims itself (self-funded), so the federal process applies whatever your state. Ask the plan for the request form; the review is free.',
  },
  ...forAcaPlans(
    { notice: 'final-internal-denial', reviewProcess: 'federal' },
    {
      id: 'send-information-to-reviewer',
      who: 'patient',
      action: 'Send any added information to the reviewer',
      limit: { unit: 'business-days', count: 10 },
      countsFrom: 'reviewer-notice',
      citation: '45 CFR 147.136(d)(2)(iii)(B)(2)',
      confidence: 'medium',
      source: 'appeal-rules.md §2a (a plan document describing the federal process)',
      note: 'The reviewer may accept information sent later, but do not count on it.',
    },
  ),
  ...forAcaPlans(
    { notice: 'final-internal-denial', reviewProcess: 'state' },
    {
      id: 'send-information-to-reviewer',
      who: 'patient',
      action: 'Send any added information to the reviewer',
      limit: { unit: 'business-days', count: 5 },
      countsFrom: 'reviewer-notice',
      citation: '45 CFR 147.136(c); NAIC Uniform Health Carrier External Review Model Act §8',
      confidence: 'high',
      source: 'appeal-rules.md §2b (CCIIO deck slide 35); a state may allow more',
    },
  ),
  ...forAcaPlans(
    { notice: 'final-internal-denial', urgency: ['pre-service', 'post-service', 'concurrent'] },
    {
      id: 'reviewer-decides-external-review',
      who: 'reviewer',
      action: 'The reviewer must decide your external review',
      limit: { unit: 'days', count: 45 },
      countsFrom: 'review-filed',
      citation: '45 CFR 147.136(c)(2), (d)(2)(iii)(B)(6)',
      confidence: 'high',
      source: 'appeal-rules.md §2a–2b (CCIIO deck slide 35)',
      note: 'If the reviewer reverses the denial, the plan must cover or pay at once (45 CFR 147.136(d)(2)(iv)).',
    },
  ),
  ...forAcaPlans(
    { notice: 'final-internal-denial', urgency: ['urgent'] },
    {
      id: 'reviewer-decides-external-review',
      who: 'reviewer',
      action: 'The reviewer must decide your expedited external review',
      limit: { unit: 'hours', count: 72 },
      countsFrom: 'review-filed',
      citation: '45 CFR 147.136(c)(2), (d)(3)',
      confidence: 'high',
      source: 'appeal-rules.md §2a–2b (CCIIO deck slide 36)',
      note: 'If the decision is given by phone, written confirmation must follow within 48 hours.',
    },
  ),
];

const fileAlj = (amount: string): Omit<DeadlineRule, 'scope'> => ({
  id: 'file-alj-hearing',
  who: 'patient',
  action: 'Ask for a hearing before an Administrative Law Judge',
  limit: { unit: 'days', count: 60 },
  countsFrom: 'notice-date',
  citation: '42 CFR 422.600, 422.602',
  confidence: 'high',
  source: 'appeal-rules.md §3 (cms.gov ALJ page; 90 FR 55869)',
  note: `Only if the amount still in dispute is at least ${amount} (the amount changes each January).`,
});

const fileCourt = (amount: string): Omit<DeadlineRule, 'scope'> => ({
  id: 'file-federal-court',
  who: 'patient',
  action: 'File a case in federal district court',
  limit: { unit: 'days', count: 60 },
  countsFrom: 'notice-date',
  citation: '42 CFR 422.612',
  confidence: 'high',
  source: 'appeal-rules.md §3 (hhs.gov; 90 FR 55869)',
  note: `Only if the amount still in dispute is at least ${amount} (the amount changes each January). A lawyer can help.`,
});

const maDecides = (
  urgency: RuleScope['urgency'],
  rule: Pick<DeadlineRule, 'limit' | 'citation' | 'action'>,
): DeadlineRule => ({
  ...rule,
  id: 'plan-decides-internal-appeal',
  scope: { program: 'medicare-advantage', notice: 'initial-denial', urgency },
  who: 'plan',
  countsFrom: 'appeal-filed',
  confidence: 'high',
  source: 'appeal-rules.md §3 (cms.gov Part C reconsideration; 42 CFR 422.590)',
  note: 'If the plan keeps its denial, it must send your case to the Independent Review Entity by this date itself: you do not need to ask (42 CFR 422.590(a)(2), (b)(2); 422.592).',
});

const medicareAdvantage: DeadlineRule[] = [
  {
    id: 'file-internal-appeal',
    scope: {
      program: 'medicare-advantage',
      notice: 'initial-denial',
      noticeDatedFrom: '2025-01-01',
    },
    who: 'patient',
    action: 'Ask the plan for a reconsideration (your first appeal)',
    limit: { unit: 'days', count: 65 },
    countsFrom: 'notice-date',
    citation: '42 CFR 422.582(b)',
    confidence: 'high',
    source: 'appeal-rules.md §3 (hhs.gov MMCAG guidance: 60 → 65 days for notices from 2025-01-01)',
    note: 'Medicare counts from the date on the notice; the 65 days include 5 days for mail. If waiting could seriously harm your health, ask for a fast (expedited) reconsideration (42 CFR 422.584).',
  },
  {
    id: 'file-internal-appeal',
    scope: {
      program: 'medicare-advantage',
      notice: 'initial-denial',
      noticeDatedBefore: '2025-01-01',
    },
    who: 'patient',
    action: 'Ask the plan for a reconsideration (your first appeal)',
    limit: { unit: 'days', count: 60 },
    countsFrom: 'notice-date',
    citation: '42 CFR 422.582(b) (as in force before 2025-01-01)',
    confidence: 'high',
    source: 'appeal-rules.md §3, §9.1 (60 days for notices dated before 2025)',
    note: 'Notices dated before 2025 gave 60 days. If you missed it, you may ask for more time for a good reason (42 CFR 422.582(c)).',
  },
  maDecides(['pre-service', 'concurrent'], {
    action: 'The plan must decide your reconsideration',
    limit: { unit: 'days', count: 30 },
    citation: '42 CFR 422.590(a)',
  }),
  maDecides(['post-service'], {
    action: 'The plan must decide your reconsideration about payment',
    limit: { unit: 'days', count: 60 },
    citation: '42 CFR 422.590(b)',
  }),
  maDecides(['urgent'], {
    action: 'The plan must decide your fast (expedited) reconsideration',
    limit: { unit: 'hours', count: 72 },
    citation: '42 CFR 422.590(e)',
  }),
  {
    id: 'send-information-to-reviewer',
    scope: { program: 'medicare-advantage', notice: 'initial-denial' },
    who: 'patient',
    action: 'Send any added information to the Independent Review Entity',
    limit: { unit: 'days', count: 10 },
    countsFrom: 'reviewer-notice',
    citation: '42 CFR 422.592',
    confidence: 'high',
    source: 'appeal-rules.md §3 (medicare.gov level 2 page)',
  },
  {
    ...fileAlj('$190 in 2025'),
    scope: {
      program: 'medicare-advantage',
      notice: 'ire-decision',
      noticeDatedBefore: '2026-01-01',
    },
  },
  {
    ...fileAlj('$200 in 2026'),
    scope: { program: 'medicare-advantage', notice: 'ire-decision', noticeDatedFrom: '2026-01-01' },
  },
  {
    id: 'file-appeals-council-review',
    scope: { program: 'medicare-advantage', notice: 'alj-decision' },
    who: 'patient',
    action: 'Ask the Medicare Appeals Council to review the decision',
    limit: { unit: 'days', count: 60 },
    countsFrom: 'notice-received',
    citation: '42 CFR 422.608; 42 CFR 405.1102',
    confidence: 'medium',
    source: 'appeal-rules.md §3 (Part D text, 42 CFR 423.2102)',
    note: 'Medicare presumes you got the decision 5 days after its date. Until you say when it arrived, Overturn counts from the date on it, the earlier and safe choice.',
  },
  {
    ...fileCourt('$1,900 in 2025'),
    scope: {
      program: 'medicare-advantage',
      notice: 'council-decision',
      noticeDatedBefore: '2026-01-01',
    },
  },
  {
    ...fileCourt('$1,960 in 2026'),
    scope: {
      program: 'medicare-advantage',
      notice: 'council-decision',
      noticeDatedFrom: '2026-01-01',
    },
  },
];

// 42 CFR 438.408(c): up to 14 more days with notice; a missed date counts as exhaustion.
const medicaidPlanDecidesNote =
  'The plan may take up to 14 more days if it tells you why. If it misses the date, you may go straight to a state fair hearing (42 CFR 438.408(c)(3)).';

const medicaid: DeadlineRule[] = [
  {
    id: 'file-internal-appeal',
    scope: { program: 'medicaid-managed-care', notice: 'initial-denial' },
    who: 'patient',
    action: 'Ask the plan for an appeal',
    limit: { unit: 'days', count: 60 },
    countsFrom: 'notice-date',
    citation: '42 CFR 438.402(c)(2)(ii)',
    confidence: 'medium',
    source: 'appeal-rules.md §4 (state law implementing 42 CFR 438)',
    note: 'Medicaid counts from the date on the notice. You may appeal by phone or in writing. You must finish this appeal before you can ask for a state fair hearing.',
  },
  {
    id: 'continue-benefits',
    scope: { program: 'medicaid-managed-care', notice: 'initial-denial' },
    who: 'patient',
    action: 'Appeal and ask to keep your benefits during the appeal',
    limit: { unit: 'days', count: 10 },
    countsFrom: 'notice-date',
    citation: '42 CFR 438.420(a)–(b)',
    confidence: 'high',
    source: 'appeal-rules.md §4 (42 CFR 438.420 text)',
    note: 'Only when the plan is stopping or cutting care you were already approved for. If the change takes effect later than this date, you have until then. If you lose in the end, you may have to pay for the care you got during the appeal (42 CFR 438.420(d)).',
  },
  {
    id: 'plan-decides-internal-appeal',
    scope: {
      program: 'medicaid-managed-care',
      notice: 'initial-denial',
      urgency: ['pre-service', 'post-service', 'concurrent'],
    },
    who: 'plan',
    action: 'The plan must decide your appeal',
    limit: { unit: 'days', count: 30 },
    countsFrom: 'appeal-filed',
    citation: '42 CFR 438.408(b)(2)',
    confidence: 'medium',
    source: 'appeal-rules.md §4',
    note: medicaidPlanDecidesNote,
  },
  {
    id: 'plan-decides-internal-appeal',
    scope: { program: 'medicaid-managed-care', notice: 'initial-denial', urgency: ['urgent'] },
    who: 'plan',
    action: 'The plan must decide your fast (expedited) appeal',
    limit: { unit: 'hours', count: 72 },
    countsFrom: 'appeal-filed',
    citation: '42 CFR 438.408(b)(3); 438.410',
    confidence: 'medium',
    source: 'appeal-rules.md §4',
    note: medicaidPlanDecidesNote,
  },
  {
    id: 'file-state-fair-hearing',
    scope: { program: 'medicaid-managed-care', notice: 'final-internal-denial' },
    who: 'patient',
    action: 'Ask your state for a fair hearing',
    limit: { unit: 'days', count: 120 },
    countsFrom: 'notice-date',
    citation: '42 CFR 438.408(f)(2)',
    confidence: 'medium',
    source: 'appeal-rules.md §4 (Cal. W&I Code §10951(b); a state contract)',
    note: 'Counted from the date on the plan’s letter deciding your appeal. Your state Medicaid agency runs the hearing.',
  },
  {
    id: 'continue-benefits',
    scope: { program: 'medicaid-managed-care', notice: 'final-internal-denial' },
    who: 'patient',
    action: 'Ask for a fair hearing and to keep your benefits until it is decided',
    limit: { unit: 'days', count: 10 },
    countsFrom: 'notice-date',
    citation: '42 CFR 438.420(c)',
    confidence: 'high',
    source: 'appeal-rules.md §4 (42 CFR 438.420 text)',
    note: 'Only when the plan is stopping or cutting care you were already approved for. If you lose the hearing, you may have to pay for the care you got meanwhile.',
  },
];

export const federalDeadlineRules: readonly DeadlineRule[] = [
  ...erisaAca,
  ...medicareAdvantage,
  ...medicaid,
];
